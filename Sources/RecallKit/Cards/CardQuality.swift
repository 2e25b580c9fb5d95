/// The mechanical checks every card passes before it is kept
/// (CARD-QUALITY.md: clean, not given away, one short fact).
enum CardQuality {
    /// Markup that must never reach a card.
    static let residue = ["[[", "]]", "**", "__", "<a", "</", "data-t", "yt-timestamp", "`", "<br", "{{", "[!", "&amp;", "&quot;"]
    /// Characters that betray mojibake or broken decoding.
    static let mojibake = ["â€", "Ã", "Â", "\u{FFFD}"]

    private static let patterns: [[UInt8]] = (residue + mojibake).map { Array($0.utf8) }
    /// First bytes of the patterns: most text bytes are not among them.
    private static let firstBytes: Set<UInt8> = Set(patterns.map { $0[0] })

    static func isClean(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            for index in bytes.indices where firstBytes.contains(bytes[index]) {
                for pattern in patterns where pattern[0] == bytes[index] && index + pattern.count <= bytes.count {
                    if (1..<pattern.count).allSatisfy({ bytes[index + $0] == pattern[$0] }) { return false }
                }
            }
            return true
        } && !containsBracketedStamp(text)
    }

    /// `[00:01:02]` or `[12:34]` left in the text.
    static func containsBracketedStamp(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "["),
               let close = bytes[(index + 1)..<min(bytes.count, index + 14)].firstIndex(of: UInt8(ascii: "]")),
               Timestamp(String(decoding: bytes[(index + 1)..<close], as: UTF8.self)) != nil {
                return true
            }
            index += 1
        }
        return false
    }

    /// Whether a finished card may be kept.
    static func accepts(front: String, frontWords: [Word]? = nil, back: String, kind: CardKind) -> Bool {
        guard isClean(front), isClean(back), !back.isEmpty, front.utf8.count <= 900 else { return false }
        let backWords = Words.tokenize(back)
        if kind != .list {
            guard back.utf8.count <= 120, backWords.count <= 12 else { return false }
        }
        return !AnswerCheck.givesAway(back, answerWords: backWords, in: front, words: frontWords ?? Words.tokenize(front))
    }
}
