/// A sentence of a block's text, with the anchors that stand in it or right
/// after it.
public struct Sentence: Hashable, Sendable {
    public var text: String
    public var anchors: [Anchor]
    /// Character ranges of `text` that were code or math.
    public var code: [Range<Int>]

    /// The sentences of `inline`. A sentence ends at `.`, `!`, `?` or `…`
    /// (closing quotes and brackets after them included) before a space and
    /// a capital, digit, quote or bracket, except after an abbreviation or
    /// an initial; an anchor belongs to the sentence it stands in or ends.
    public static func split(_ inline: Inline) -> [Sentence] {
        let characters = Array(inline.text)
        var ranges: [Range<Int>] = []
        var start = 0
        for end in boundaries(characters) {
            ranges.append(start..<end)
            start = end
            while start < characters.count, characters[start] == " " { start += 1 }
        }
        if start < characters.count || ranges.isEmpty { ranges.append(start..<characters.count) }
        return ranges.map { range in
            let anchors = inline.anchors.filter { placed in
                let owner = ranges.firstIndex { $0.upperBound >= placed.offset } ?? ranges.count - 1
                return ranges[owner] == range
            }
            let code = inline.code.compactMap { code -> Range<Int>? in
                let clamped = code.clamped(to: range)
                return clamped.isEmpty ? nil : (clamped.lowerBound - range.lowerBound)..<(clamped.upperBound - range.lowerBound)
            }
            return Sentence(text: String(characters[range]).trimmed.description, anchors: anchors.map(\.anchor), code: code)
        }
    }

    /// The offsets just past each sentence's last character, but the last sentence's.
    private static func boundaries(_ text: [Character]) -> [Int] {
        var found: [Int] = []
        var index = 0
        while index < text.count {
            defer { index += 1 }
            guard ".!?…".contains(text[index]) else { continue }
            var end = index + 1
            while let next = text[safe: end], "\"'”’)]".contains(next) { end += 1 }
            guard text[safe: end] == " ", let opening = text[safe: end + 1],
                  opening.isUppercase || opening.isNumber || "\"“'‘([*".contains(opening),
                  !(text[index] == "." && isAbbreviation(text, before: index)) else { continue }
            found.append(end)
            index = end
        }
        return found
    }

    /// Whether the word before the `.` at `dot` is an abbreviation or an initial.
    private static func isAbbreviation(_ text: [Character], before dot: Int) -> Bool {
        var start = dot
        while start > 0, text[start - 1].isLetter || text[start - 1] == "." { start -= 1 }
        let word = String(text[start..<dot]).lowercased()
        if word.count == 1 { return text[start].isUppercase } // an initial: `J. K. Rowling`
        return abbreviations.contains(word) || word.contains(where: { $0 == "." }) // `e.g`, `U.S`
    }

    private static let abbreviations: Set<String> = [
        "e.g", "i.e", "vs", "dr", "mr", "mrs", "ms", "st", "fig", "approx", "cf", "al", "jr", "sr", "inc", "ltd",
        "prof", "mt", "eq", "vol", "ch", "sec",
    ]
}
