import Foundation

/// What a folder holds: each entry's type, bytes (a regular file's; others
/// as empty) and time of last change. Two equal states mean nothing was made, removed or written
/// there in between.
struct FolderState: Equatable, CustomStringConvertible {
    struct Entry: Equatable {
        let bytes: Data
        let modified: timespec
        let type: mode_t

        static func == (a: Entry, b: Entry) -> Bool {
            a.bytes == b.bytes && a.type == b.type
                && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
        }
    }

    let entries: [String: Entry]

    init(_ folder: URL) throws {
        var entries: [String: Entry] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            let path = folder.appendingPathComponent(name).path
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            let type = info.st_mode & S_IFMT
            let bytes = type == S_IFREG ? try Data(contentsOf: URL(fileURLWithPath: path)) : Data()
            entries[name] = Entry(bytes: bytes, modified: info.st_mtim, type: type)
        }
        self.entries = entries
    }

    var names: [String] { entries.keys.sorted() }

    var description: String { names.joined(separator: ", ") }
}

/// Makes files and folders read-only for everyone, root included where the
/// file system allows it: mode 0444 / 0555, and as root the immutable
/// attribute (`chattr +i`), which root's writes obey too.
struct ReadOnlyFiles {
    let paths: [String]
    /// Whether even root cannot write them (immutable attribute set, or not running as root).
    private(set) var enforced = false

    init(_ paths: [String]) throws {
        self.paths = paths
        for path in paths {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            try FileManager.default.setAttributes([.posixPermissions: isFolder.boolValue ? 0o555 : 0o444], ofItemAtPath: path)
        }
        enforced = geteuid() != 0 || Self.chattr("+i", paths)
    }

    /// Gives the files back their modes and removes the attribute.
    func restore() {
        if geteuid() == 0 { _ = Self.chattr("-i", paths) }
        for path in paths {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            try? FileManager.default.setAttributes([.posixPermissions: isFolder.boolValue ? 0o755 : 0o644], ofItemAtPath: path)
        }
    }

    private static func chattr(_ flag: String, _ paths: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["chattr", flag] + paths
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
