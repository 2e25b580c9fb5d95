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
    static func read(_ lines: [Substring]) -> (FrontMatter?, unclosed: Bool) {
        guard let first = lines.first, first.trimmingSpaces == "---" else { return (nil, false) }
        var matter = FrontMatter()
        for (offset, line) in lines.enumerated().dropFirst().prefix(500) {
            let trimmed = line.trimmingSpaces
            if trimmed == "---" || trimmed == "..." {
                matter.lineCount = offset + 1
                return (matter, false)
            }
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            let key = trimmed[..<colon].trimmingSpaces.lowercased()
            let value = unquote(trimmed[trimmed.index(after: colon)...].trimmingSpaces)
            if !key.isEmpty, matter.fields[key] == nil { matter.fields[key] = value }
        }
        return (nil, true)
    }

    private static func unquote(_ value: Substring) -> String {
        var text = value
        if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
            text = text.dropFirst().dropLast()
        }
        return String(text).replacingOccurrences(of: "\\\"", with: "\"")
    }
}

/// YouTube ids and the links that open a video at a second.
public enum VideoLink {
    /// `https://www.youtube.com/watch?v=ID&t=164s`
    public static func url(videoId: String, seconds: Int) -> String {
        "https://www.youtube.com/watch?v=\(videoId)&t=\(seconds)s"
    }

    /// An id as written, or the `v=` / `youtu.be/` part of a link; `nil` when
    /// the text holds no plausible id.
    static func id(fromIdOrURL text: String) -> String? {
        var candidate = Substring(text)
        if let range = text.range(of: "v=") {
            candidate = text[range.upperBound...]
        } else if let range = text.range(of: "youtu.be/") {
            candidate = text[range.upperBound...]
        } else if text.contains("/") {
            return nil
        }
        let id = candidate.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        return id.isEmpty ? nil : String(id)
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
