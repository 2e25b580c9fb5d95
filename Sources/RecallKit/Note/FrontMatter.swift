/// The YAML front matter of a note, read leniently: only flat `key: value`
/// pairs matter (`title`, `videoId`), and a malformed line is skipped rather
/// than failing the note.
public struct FrontMatter: Sendable, Equatable {
    public var fields: [String: String] = [:]
    /// Lines the front matter takes, so the body starts after them.
    public var lineCount = 0

    public var title: String? { value(for: ["title"]) }

    /// The YouTube id from `videoId` (or `video_id`, `youtube_id`), or from a
    /// `url`/`source` that links to a video.
    public var videoId: String? {
        if let id = value(for: ["videoid", "video_id", "video-id", "youtube_id", "youtubeid"]) {
            return VideoLink.id(fromIdOrURL: id)
        }
        return value(for: ["url", "source", "video", "link"]).flatMap(VideoLink.id(fromIdOrURL:))
    }

    private func value(for keys: [String]) -> String? {
        keys.lazy.compactMap { self.fields[$0] }.first { !$0.isEmpty }
    }

    /// Reads front matter at the top of `lines` (`---` … `---` or `...`).
    /// Nil when the note has none; `unclosed` when it opens and never closes.
    static func read(_ lines: [Substring]) -> (matter: FrontMatter?, unclosed: Bool) {
        guard lines.first?.trimmed == "---" else { return (nil, false) }
        var matter = FrontMatter()
        for (offset, line) in lines.enumerated().dropFirst().prefix(500) {
            let trimmed = line.trimmed
            if trimmed == "---" || trimmed == "..." {
                matter.lineCount = offset + 1
                return (matter, false)
            }
            guard let colon = trimmed.firstIndex(of: ":") else { continue }
            let key = trimmed[..<colon].trimmed.lowercased()
            let value = unquote(trimmed[trimmed.index(after: colon)...].trimmed)
            if !key.isEmpty, matter.fields[key] == nil { matter.fields[key] = value }
        }
        return (nil, true)
    }

    private static func unquote(_ value: Substring) -> String {
        var text = value
        if let first = text.first, first == "\"" || first == "'", text.count >= 2, text.last == first {
            text = text.dropFirst().dropLast()
        }
        return text.replacingOccurrences(of: "\\\"", with: "\"")
    }
}

extension StringProtocol {
    /// The text without the spaces and tabs around it.
    var trimmed: SubSequence {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isBlank($0) }), let end = lastIndex(where: { !isBlank($0) }) else {
            return self[endIndex...]
        }
        return self[start...end]
    }
}
