/// The YAML front matter of a note, read leniently: only flat `key: value`
/// pairs matter (`title`, `videoId`), and a malformed line is skipped rather
/// than failing the note.
public struct FrontMatter: Sendable, Equatable {
    public var fields: [String: String] = [:]
    /// Lines the front matter used, so body parsing starts after them.
    public var lineCount = 0

    public var title: String? { value(for: ["title"]) }

    /// The YouTube id from `videoId` (or `video_id`, `youtube_id`), or from a
    /// `url`/`source` that links to a video.
    public var videoId: String? {
        if let id = value(for: ["videoid", "video_id", "video-id", "youtube_id", "youtubeid"]) {
            return VideoLink.id(fromIdOrURL: id)
        }
        if let url = value(for: ["url", "source", "video", "link"]) { return VideoLink.id(fromIdOrURL: url) }
        return nil
    }

    private func value(for keys: [String]) -> String? {
        for key in keys {
            if let value = fields[key], !value.isEmpty { return value }
        }
        return nil
    }

    /// Reads front matter at the top of `lines` (`---` … `---` or `...`).
    /// Returns `nil` when the note has none; `unclosed` when it opens and never closes.
    static func read(_ lines: [TextLine], in text: TextBytes) -> (FrontMatter?, unclosed: Bool) {
        guard let first = lines.first, text.bytes[text.trimmed(first.range)].elementsEqual(dashes) else {
            return (nil, false)
        }
        var matter = FrontMatter()
        for (offset, line) in lines.enumerated().dropFirst().prefix(500) {
            let trimmed = text.trimmed(line.range)
            if text.bytes[trimmed].elementsEqual(dashes) || text.bytes[trimmed].elementsEqual(dots) {
                matter.lineCount = offset + 1
                return (matter, false)
            }
            guard let colon = text.firstIndex(of: UInt8(ascii: ":"), in: trimmed) else { continue }
            let key = text.string(text.trimmed(trimmed.lowerBound..<colon)).lowercased()
            let value = unquote(Substring(text.string(text.trimmed((colon + 1)..<trimmed.upperBound))))
            if !key.isEmpty, matter.fields[key] == nil { matter.fields[key] = value }
        }
        return (nil, true)
    }

    private static let dashes = Array("---".utf8)
    private static let dots = Array("...".utf8)

    private static func unquote(_ value: Substring) -> String {
        var text = value
        // `count >= 2` asked without counting every Character.
        if let first = text.first, first == "\"" || first == "'", text.index(after: text.startIndex) != text.endIndex,
           text.last == first {
            text = text.dropFirst().dropLast()
        }
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return String(text) }
        return String(text).replacingOccurrences(of: "\\\"", with: "\"")
    }
}

/// YouTube ids and the links that open a video at a second.
public enum VideoLink {
    /// `https://www.youtube.com/watch?v=ID&t=164s`
    public static func url(videoId: String, seconds: Int) -> String {
        let seconds = String(seconds) // a small string: no allocation
        let count = watchPrefix.count + videoId.utf8.count + timePrefix.count + seconds.utf8.count + 1
        return String(unsafeUninitializedCapacity: count) { url in
            var writer = BufferWriter(url)
            writer.append(watchPrefix)
            writer.append(videoId)
            writer.append(timePrefix)
            writer.append(seconds)
            writer.append(UInt8(ascii: "s"))
            return writer.count
        }
    }

    private static let watchPrefix = Array("https://www.youtube.com/watch?v=".utf8)
    private static let timePrefix = Array("&t=".utf8)

    /// An id as written, or the `v=` / `youtu.be/` part of a link; `nil` when
    /// the text holds no plausible id.
    static func id(fromIdOrURL text: String) -> String? {
        // The searches below only find what the bytes spell, so they run only then.
        var candidate = Substring(text)
        if text.containsBytes("v="), let range = text.range(of: "v=") {
            candidate = text[range.upperBound...]
        } else if text.containsBytes("youtu.be/"), let range = text.range(of: "youtu.be/") {
            candidate = text[range.upperBound...]
        } else if text.containsBytes("/"), text.contains("/") {
            return nil
        }
        let id: Substring
        if candidate.utf8.allSatisfy({ $0 < 0x80 }) { // Characters are bytes (a CR LF stops either way)
            let utf8 = candidate.utf8
            id = candidate[..<(utf8.firstIndex { !Self.isIdByte($0) } ?? utf8.endIndex)]
        } else {
            id = candidate.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        }
        return id.isEmpty ? nil : String(id)
    }

    /// An ASCII letter or digit, `-` or `_`.
    private static func isIdByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs.
    var trimmingSpaces: SubSequence {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isBlank($0) }) else { return self[endIndex...] }
        let end = lastIndex(where: { !isBlank($0) })!
        return self[start...end]
    }
}
