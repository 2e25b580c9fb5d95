import Foundation

/// Finds the notes named on the command line: files as given, folders
/// searched (recursively, in name order) for `.md` files. A folder whose
/// name looks like a note's (`x.md/`) is searched, not read.
public enum NoteFiles {
    public static func collect(_ paths: [String]) -> (files: [String], problems: [Diagnostic]) {
        let (notes, problems) = locate(paths)
        return (notes.map(\.path), problems)
    }

    /// As `collect`, with each note's folder (the folder given, absolute; for
    /// a file given directly, its own folder) and its path relative to it.
    public static func locate(_ paths: [String]) -> (files: [NoteFile], problems: [Diagnostic]) {
        var files: [NoteFile] = []
        var problems: [Diagnostic] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append(Diagnostic(file: path, line: 0, message: "no such file or directory", severity: .error))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(NoteFile(path: path))
                continue
            }
            let base = path.hasSuffix("/") ? path : path + "/"
            let found = markdownFiles(in: path).map {
                NoteFile(path: $0, folder: NoteFile.absolute(path), relativePath: String($0.dropFirst(base.count)))
            }
            if found.isEmpty {
                problems.append(Diagnostic(file: path, line: 0,
                    message: "no notes here (no .md files in this folder or below)", severity: .error))
            }
            files += found
        }
        var seen: Set<String> = []
        return (files.filter { seen.insert($0.path).inserted }, problems)
    }

    private static func markdownFiles(in directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var found: [String] = []
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        while let relative = enumerator.nextObject() as? String {
            if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            guard relative.lowercased().hasSuffix(".md") || relative.lowercased().hasSuffix(".markdown") else { continue }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + relative, isDirectory: &isFolder), isFolder.boolValue { continue }
            found.append(base + relative)
        }
        return found.sorted()
    }

    /// The bytes of a note, or a diagnostic saying why it cannot be read.
    public static func read(_ path: String) -> Result<[UInt8], NoteError> {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            return .failure(.unreadable(file: path, reason: "it is a folder, not a note"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(.unreadable(file: path, reason: "permission denied or not a regular file"))
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return .success([UInt8](data))
        } catch {
            return .failure(.unreadable(file: path, reason: AtomicFile.reason(error)))
        }
    }
}

/// A note file found on the command line: where it is, and where it is from.
public struct NoteFile: Sendable, Hashable {
    public var path: String
    /// The folder given to `generate` (absolute, standardized).
    public var folder: String
    /// `path` relative to `folder`.
    public var relativePath: String

    public init(path: String, folder: String, relativePath: String) {
        self.path = path
        self.folder = folder
        self.relativePath = relativePath
    }

    /// A file given directly: its folder and its name.
    public init(path: String) {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        self.init(path: path, folder: url.deletingLastPathComponent().path.trimmingTrailingSlash,
                  relativePath: url.lastPathComponent)
    }

    /// `path` made absolute and standardized, without a trailing slash.
    public static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path.trimmingTrailingSlash
    }
}

extension String {
    fileprivate var trimmingTrailingSlash: String {
        count > 1 && hasSuffix("/") ? String(dropLast()) : self
    }
}
