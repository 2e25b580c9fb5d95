import Foundation

/// Makes files and folders read-only for everyone, root included where the
/// file system allows it: mode 0444 / 0555, and as root the immutable
/// attribute (`chattr +i`), which root's writes obey too. (Where root cannot
/// set it, a test still checks that nothing was written.)
struct ReadOnlyFiles {
    let paths: [String]

    init(_ paths: [String]) throws {
        self.paths = paths
        for path in paths {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            try FileManager.default.setAttributes([.posixPermissions: isFolder.boolValue ? 0o555 : 0o444], ofItemAtPath: path)
        }
        if geteuid() == 0 { _ = Self.chattr("+i", paths) }
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
