import Foundation

/// Writes a file under a temporary name beside it, then renames it into
/// place: readers never see half a file, and a failure leaves none.
public enum AtomicFile {
    /// Writes `data` to `path`.
    public static func write(_ data: Data, to path: String) throws {
        try write(to: path) { temporary in try data.write(to: temporary) }
    }

    /// Lets `produce` write the whole file at a temporary URL beside `path`,
    /// then renames it to `path`. If `produce` throws, or the rename fails,
    /// the temporary file is removed and nothing is left at `path`.
    public static func write(to path: String, _ produce: (URL) throws -> Void) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) else {
            throw ExportError.missingFolder(path: path, folder: directory.path)
        }
        guard isDirectory.boolValue else {
            throw ExportError.cannotWrite(path: path, reason: "\(directory.path) is a file, not a folder")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        try? FileManager.default.removeItem(at: temporary)
        do {
            try produce(temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if error is ExportError || error is StoreError { throw error }
            throw ExportError.cannotWrite(path: path, reason: Self.reason(error))
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw ExportError.cannotWrite(path: path, reason: reason)
        }
    }

    /// The system's words for a file error, without Foundation's framing.
    static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}

/// Why an export could not be written, for the user.
public enum ExportError: Error, Equatable, CustomStringConvertible {
    case missingFolder(path: String, folder: String)
    case cannotWrite(path: String, reason: String)
    case noCards(deck: String?)
    case optionNotSupported(String)

    public var description: String {
        switch self {
        case .missingFolder(let path, let folder):
            return "cannot write \(path): the folder \(folder) does not exist (nothing was written)"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason) (nothing was written)"
        case .noCards(let deck):
            return deck.map { "no cards in deck \"\($0)\" (nothing was written)" } ?? "the collection has no cards to export (nothing was written)"
        case .optionNotSupported(let message):
            return message
        }
    }
}
