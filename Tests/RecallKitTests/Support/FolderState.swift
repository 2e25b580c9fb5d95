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
