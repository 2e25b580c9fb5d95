/// Card text for targets that render HTML (Anki fields, text imports with
/// `#html:true`): escaped so it shows exactly as written. Works on UTF-8
/// bytes: an export of 100,000 cards escapes millions of characters.
enum HTMLText {
    /// `&`, `<`, `>` and `"` as entities; each line break (`\n`, `\r\n`,
    /// `\r`) as `<br>`.
    static func escape(_ text: String) -> String {
        let bytes = text.utf8
        guard bytes.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
        else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 32)
        var previous: UInt8 = 0
        for byte in bytes {
            switch byte {
            case 0x26: out.append(contentsOf: "&amp;".utf8)
            case 0x3C: out.append(contentsOf: "&lt;".utf8)
            case 0x3E: out.append(contentsOf: "&gt;".utf8)
            case 0x22: out.append(contentsOf: "&quot;".utf8)
            case 0x0D: out.append(contentsOf: "<br>".utf8)
            case 0x0A where previous != 0x0D: out.append(contentsOf: "<br>".utf8)
            case 0x0A: break
            default: out.append(byte)
            }
            previous = byte
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Text for an attribute value in double quotes (a link's `href`).
    static func escapeAttribute(_ text: String) -> String {
        let escaped = escape(text)
        return text.utf8.contains { $0 == 0x0A || $0 == 0x0D } ? escaped.replacingOccurrences(of: "<br>", with: "&#10;") : escaped
    }

    /// The inverse of `escape`: `<br>` back to a line break, entities decoded.
    static func unescape(_ html: String) -> String {
        decodeEntities(html.replacingOccurrences(of: "<br>", with: "\n"))
    }

    /// What Anki sorts and checksums a field by: tags removed, entities
    /// decoded (rslib's `strip_html_preserving_media_filenames`).
    static func stripped(_ html: String) -> String {
        let bytes = html.utf8
        guard bytes.contains(0x3C) else { return decodeEntities(html) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var inTag = false
        for byte in bytes {
            if inTag {
                if byte == 0x3E { inTag = false }
            } else if byte == 0x3C {
                inTag = true
            } else {
                out.append(byte)
            }
        }
        return decodeEntities(String(decoding: out, as: UTF8.self))
    }

    private static let entities: [(name: [UInt8], value: [UInt8])] = [
        ("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""),
        ("&#39;", "'"), ("&apos;", "'"), ("&#10;", "\n"), ("&nbsp;", " "),
    ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

    /// Decodes the entities `escape` writes, plus `&#39;`, `&#10;`, `&apos;`
    /// and `&nbsp;`; any other `&` stays as it is.
    static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(0x26) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x26, let entity = entities.first(where: { bytes[index...].starts(with: $0.name) }) {
                out += entity.value
                index += entity.name.count
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
