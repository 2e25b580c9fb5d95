/// The mechanical checks every card passes before it is kept
/// (CARD-QUALITY.md: clean, not given away, one short fact).
enum CardQuality {
    /// Markup that must never reach a card.
    static let residue = ["[[", "]]", "**", "__", "<a", "</", "data-t", "yt-timestamp", "`", "<br", "{{", "[!", "&amp;", "&quot;"]
    /// Characters that betray mojibake or broken decoding.
    static let mojibake = ["â€", "Ã", "Â", "\u{FFFD}"]

    /// The patterns by their first byte: most text bytes open none.
    private static let patternsByFirstByte: [[[UInt8]]] = {
        let patterns = (residue + mojibake).map { Array($0.utf8) }
        return (0..<256).map { byte in patterns.filter { Int($0[0]) == byte } }
    }()

    static func isClean(_ text: String) -> Bool {
        isClean(Array(text.utf8))
    }

    /// Whether a byte opens some pattern: one flat table, read for every byte.
    private static let opensPattern: [Bool] = patternsByFirstByte.map { !$0.isEmpty }

    static func isClean(_ bytes: [UInt8]) -> Bool {
        let clean = patternsByFirstByte.withUnsafeBufferPointer { byFirst in
            opensPattern.withUnsafeBufferPointer { opens in
                bytes.withUnsafeBufferPointer { text in
                    for index in text.indices where opens[Int(text[index])] {
                        for pattern in byFirst[Int(text[index])] where index + pattern.count <= text.count {
                            if (1..<pattern.count).allSatisfy({ text[index + $0] == pattern[$0] }) { return false }
                        }
                    }
                    return true
                }
            }
        }
        return clean && !containsBracketedStamp(bytes)
    }

    /// `[00:01:02]` or `[12:34]` left in the text.
    static func containsBracketedStamp(_ text: String) -> Bool {
        containsBracketedStamp(Array(text.utf8))
    }

    static func containsBracketedStamp(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while let open = ByteScan.firstIndex(of: UInt8(ascii: "["), in: bytes, from: index) {
            if let close = bytes[(open + 1)..<min(bytes.count, open + 14)].firstIndex(of: UInt8(ascii: "]")),
               Timestamp(utf8: bytes[(open + 1)..<close]) != nil {
                return true
            }
            index = open + 1
        }
        return false
    }

    /// Whether a finished card may be kept.
    static func accepts(front: Tokens, back: Tokens, kind: CardKind) -> Bool {
        guard isClean(front.bytes), isClean(back.bytes), !back.bytes.isEmpty, front.bytes.count <= 900 else { return false }
        if kind != .list {
            guard back.bytes.count <= 120, back.words.count <= 12 else { return false }
        }
        return !AnswerCheck.givesAway(back, in: front)
    }
}
