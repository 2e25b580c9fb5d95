import Foundation

/// The `json` format: a `Backup` as JSON with sorted keys and no export
/// time, so the same collection always gives the same bytes.
public enum JSONBackup {
    /// The backup as pretty-printed JSON ending in a newline.
    public static func encode(_ backup: Backup) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(backup)
        data.append(0x0A)
        return data
    }

    /// Reads a backup, checking first that it is one and that this recall
    /// knows its version. `file` names it in errors.
    public static func decode(_ data: Data, file: String) throws(ImportError) -> Backup {
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty {
                throw .notJSON(file: file, reason: Self.syntaxError(in: data) ?? Self.reason(context))
            }
            throw .notABackup(file: file, reason: Self.describe(error))
        } catch {
            throw .notJSON(file: file, reason: String(describing: error))
        }
        guard header.format == Backup.formatName else {
            throw .notABackup(file: file, reason: "it has no \"format\": \"\(Backup.formatName)\" field")
        }
        guard let version = header.version, version >= 1 else {
            throw .notABackup(file: file, reason: "\"version\" is missing or not a positive whole number")
        }
        guard version <= Backup.currentVersion else { throw .newerVersion(file: file, version: version) }
        do {
            return try JSONDecoder().decode(Backup.self, from: data)
        } catch let error as DecodingError {
            throw .invalid(file: file, problems: [Self.describe(error)])
        } catch {
            throw .invalid(file: file, problems: [String(describing: error)])
        }
    }

    private struct Header: Decodable {
        var format: String?
        var version: Int?
    }

    /// A decoding error as `where: what`, e.g. `cards[3].front: missing`.
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): null where \(expected(type)) is needed"
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(expected(type))"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(reason(context))"
        @unknown default:
            return String(describing: error)
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
        }
        return out.isEmpty ? "the top level" : out
    }

    private static func expected(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Int64.Type: return "a whole number"
        case is Bool.Type: return "true or false"
        default: return String(describing: type).hasPrefix("Array") ? "a list" : "an object"
        }
    }

    /// What the JSON parser says is wrong and where ("Invalid value around
    /// character 1"), when it says more than the decoder.
    private static func syntaxError(in data: Data) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            return nil
        } catch {
            let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            return text.map { $0.hasSuffix(".") ? String($0.dropLast()) : $0 }
        }
    }

    private static func reason(_ context: DecodingError.Context) -> String {
        if let underlying = context.underlyingError {
            return (underlying as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? context.debugDescription
        }
        return context.debugDescription
    }
}

/// Why a backup could not be imported, naming the file; nothing was changed.
public enum ImportError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case notJSON(file: String, reason: String)
    case notABackup(file: String, reason: String)
    case newerVersion(file: String, version: Int)
    case invalid(file: String, problems: [String])

    public var description: String {
        let unchanged = "nothing was changed"
        switch self {
        case .unreadable(let file, let reason):
            return "cannot read \(file): \(reason); \(unchanged)"
        case .notJSON(let file, let reason):
            return "\(file) is not valid JSON (\(reason)); \(unchanged)"
        case .notABackup(let file, let reason):
            return "\(file) is not a recall backup: \(reason) (recall import reads files written by `recall export --format json`); \(unchanged)"
        case .newerVersion(let file, let version):
            return "\(file) was written by a newer recall (backup format version \(version); this recall reads up to \(Backup.currentVersion)); upgrade recall to import it; \(unchanged)"
        case .invalid(let file, let problems):
            let shown = problems.prefix(10).joined(separator: "; ")
            return "\(file) is not a sound recall backup: \(shown); \(unchanged)"
        }
    }
}
