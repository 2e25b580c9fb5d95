/// The mechanical checks every card passes before it is kept
/// (CARD-QUALITY.md: clean, not given away, one short fact).
enum CardQuality {
    /// Markup that must never reach a card.
    static let residue = ["[[", "]]", "**", "__", "<a", "</", "data-t", "yt-timestamp", "`", "<br", "{{", "[!", "&amp;", "&quot;"]
    /// Characters that betray mojibake or broken decoding.
    static let mojibake = ["â€", "Ã©", "Ã¨", "Ã¢", "Ã¶", "Ã¼", "Ã", "Â", "\u{FFFD}"]

    static func isClean(_ text: String) -> Bool {
        for marker in residue where text.contains(marker) { return false }
        for marker in mojibake where text.contains(marker) { return false }
        return !containsBracketedStamp(text)
    }

    /// `[00:01:02]` or `[12:34]` left in the text.
    static func containsBracketedStamp(_ text: String) -> Bool {
        var search = text[...]
        while let open = search.firstIndex(of: "[") {
            let rest = search[search.index(after: open)...]
            if let close = rest.firstIndex(of: "]"), Timestamp(rest[..<close]) != nil { return true }
            search = rest
        }
        return false
    }

    /// Whether a finished card may be kept.
    static func accepts(front: String, back: String, kind: CardKind) -> Bool {
        guard isClean(front), isClean(back), !back.isEmpty, front.count <= 700 else { return false }
        if kind != .list {
            guard back.count <= 100, back.split(separator: " ").count <= 12 else { return false }
        }
        let shown = front.replacingOccurrences(of: ClozeCard.gap, with: " ")
        return !AnswerCheck.givesAway(back, in: shown)
    }
}
