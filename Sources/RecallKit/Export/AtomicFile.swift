import Foundation

/// Writes a file under a temporary name beside it, then renames it into
/// place: readers never see half a file, and a failure leaves none.
///
/// Only a regular file is ever written: through a symbolic link, the file it
/// leads to is replaced (the link stays a link); a folder, device, fifo or
/// socket is refused untouched. A file replaced keeps its mode and owner.
public enum AtomicFile {
    /// Writes `data` to `path`.
    public static func write(_ data: Data, to path: String) throws {
        try write(to: path) { temporary in try data.write(to: temporary) }
    }

    /// Lets `produce` write the whole file at a temporary URL beside the file
    /// `path` names, then renames it over that file. If `produce` throws, or
    /// the rename fails, the temporary file is removed and nothing is left.
    public static func write(to path: String, _ produce: (URL) throws -> Void) throws {
        let target = try Destination(path)
        let url = URL(fileURLWithPath: target.path)
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
            if let existing = target.existing { try keepModeAndOwner(existing, on: temporary.path, writing: path) }
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

    /// The regular file a write to a path replaces or makes: the path
    /// itself, or where its symbolic links lead.
    struct Destination {
        let path: String
        /// The file there now, if any.
        let existing: stat?

        init(_ path: String) throws {
            var info = stat()
            if stat(path, &info) == 0, let kind = Self.kind(info.st_mode), kind != "a regular file" {
                throw ExportError.notARegularFile(path: path, kind: kind)
            }
            var current = path
            for _ in 0..<40 {
                guard lstat(current, &info) == 0 else {
                    // Nothing there yet (or a parent that is no folder, which the caller names).
                    guard errno == ENOENT || errno == ENOTDIR else { throw ExportError.cannotWrite(path: path, reason: String(cString: strerror(errno))) }
                    self.path = current
                    existing = nil
                    return
                }
                guard info.st_mode & S_IFMT == S_IFLNK else {
                    self.path = current
                    existing = info
                    return
                }
                let link = try FileManager.default.destinationOfSymbolicLink(atPath: current)
                current = link.hasPrefix("/") ? link : ((current as NSString).deletingLastPathComponent as NSString).appendingPathComponent(link)
            }
            throw ExportError.cannotWrite(path: path, reason: String(cString: strerror(ELOOP)))
        }

        /// What a file of this mode is, for a message.
        static func kind(_ mode: mode_t) -> String? {
            switch mode & S_IFMT {
            case S_IFREG: return "a regular file"
            case S_IFDIR: return "a folder"
            case S_IFCHR, S_IFBLK: return "a device"
            case S_IFIFO: return "a named pipe (fifo)"
            case S_IFSOCK: return "a socket"
            default: return nil
            }
        }
    }

    /// Gives the new file the mode and owner of the one it replaces, or
    /// throws (nothing is replaced) when the owner cannot be kept.
    private static func keepModeAndOwner(_ existing: stat, on temporary: String, writing path: String) throws {
        var made = stat()
        guard stat(temporary, &made) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        if made.st_uid != existing.st_uid || made.st_gid != existing.st_gid,
           chown(temporary, existing.st_uid, existing.st_gid) != 0 {
            throw ExportError.cannotWrite(path: path, reason: "cannot keep the owner of the file it replaces "
                + "(user \(existing.st_uid), group \(existing.st_gid)): \(String(cString: strerror(errno)))")
        }
        guard chmod(temporary, existing.st_mode & 0o7777) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
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
    /// The path is a folder, device, fifo or socket: only regular files are written.
    case notARegularFile(path: String, kind: String)
    case noCards(deck: String?)
    case optionNotSupported(String)

    public var description: String {
        switch self {
        case .missingFolder(let path, let folder):
            return "cannot write \(path): the folder \(folder) does not exist (nothing was written)"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason) (nothing was written)"
        case .notARegularFile(let path, let kind):
            return "cannot write \(path): it is \(kind), not a regular file (nothing was written; - writes to standard output)"
        case .noCards(let deck):
            return deck.map { "no cards in deck \"\($0)\" (nothing was written)" } ?? "the collection has no cards to export (nothing was written)"
        case .optionNotSupported(let message):
            return message
        }
    }
}
