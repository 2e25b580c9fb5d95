import Foundation

/// Where an export goes: a regular file, written whole under a temporary
/// name and renamed (`AtomicFile`), or standard output (`-`), written once
/// the export is complete, so a failure writes nothing there either.
public enum ExportTarget: Equatable, Sendable, CustomStringConvertible {
    case file(String)
    case standardOutput

    /// `-` means standard output; anything else is a file's path.
    public init(argument: String) {
        self = argument == "-" ? .standardOutput : .file(argument)
    }

    public var description: String {
        switch self {
        case .file(let path): return path
        case .standardOutput: return "standard output"
        }
    }

    /// The format the file's extension names (`deck.apkg`); nil for
    /// standard output or an extension that names none.
    public var impliedFormat: ExportFormat? {
        guard case .file(let path) = self else { return nil }
        return ExportFormat(rawValue: (path as NSString).pathExtension.lowercased())
    }

    /// Writes `data` there.
    public func write(_ data: Data) throws {
        try write { url in try data.write(to: url) }
    }

    /// Lets `produce` write the whole export at a temporary URL, then puts it in place.
    public func write(_ produce: (URL) throws -> Void) throws {
        switch self {
        case .file(let path):
            try AtomicFile.write(to: path, produce)
        case .standardOutput:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-\(getpid())-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let file = folder.appendingPathComponent("export")
            try produce(file)
            do {
                let handle = try FileHandle(forReadingFrom: file)
                defer { try? handle.close() }
                while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                    try FileHandle.standardOutput.write(contentsOf: chunk)
                }
            } catch {
                throw ExportError.cannotWrite(path: description, reason: AtomicFile.reason(error))
            }
        }
    }
}
