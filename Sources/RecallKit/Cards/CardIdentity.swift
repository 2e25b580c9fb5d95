import Crypto

/// Content-derived card ids (PRODUCT.md §2): the same source, section, anchor,
/// kind and answer always give the same id, so regenerating changes nothing.
public enum CardIdentity {
    /// 16 hex digits of SHA-256 over the parts, separated by U+001F; the
    /// answer compared without case.
    public static func id(source: String, section: [String], seconds: Int, kind: CardKind, answer: String,
                          occurrence: Int = 0) -> String {
        var parts = [source, section.joined(separator: " › "), String(seconds), kind.rawValue, answer.lowercased()]
        if occurrence > 0 { parts.append(String(occurrence)) }
        return hex(parts.joined(separator: "\u{1F}"), digits: 16)
    }

    /// The first `digits` hex digits of the SHA-256 of `text`.
    public static func hex(_ text: String, digits: Int) -> String {
        hex(Array(text.utf8), digits: digits)
    }

    /// The first `digits` hex digits of the SHA-256 of `bytes`.
    public static func hex(_ bytes: [UInt8], digits: Int) -> String {
        let hex = SHA256.hash(data: bytes).map { byte in
            String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
        }.joined()
        return String(hex.prefix(digits))
    }

    /// The key of a note (PRODUCT.md §2): its video when it has one, so
    /// renaming or moving the file keeps its cards; else `file`, its path
    /// relative to the folder given to `generate` (for a file given directly,
    /// its name), so two `index.md` in different folders are two notes.
    public static func sourceKey(videoId: String?, file: String) -> String {
        if let videoId, !videoId.isEmpty { return videoId }
        return file
    }
}
