/// Question/answer and list cards: from labelled list items, short labelled
/// lists, and table cells.
struct QuestionCards {
    let context: CardContext

    /// "… (3 items). Which one is this: “Building an organization …”?" → the label.
    func labelled(label: String, description: String, intro: String?, siblings: Int) -> CardCandidate? {
        let labelWords = Tokens(label)
        guard Self.isGoodAnswer(labelWords), siblings >= 2 else { return nil }
        let described = Self.trimmedEnd(description)
        let body: UTF8Text = if let intro {
            "\(sentenceCase: intro) (\(siblings) items). Which one is this: “\(described)”?"
        } else {
            "One of \(siblings) items. Which one is this: “\(described)”?"
        }
        return context.candidate(.qa, body: Tokens(bytes: body.bytes), answer: labelWords, score: 8.5)
    }

    /// "Solving … involves: name all three." → "A; B; C".
    func list(intro: String?, labels: [String]) -> CardCandidate? {
        let labelWords = labels.map(Tokens.init)
        guard labelWords.allSatisfy(Self.isGoodAnswer) else { return nil }
        let count = labels.count == 2 ? "both" : "all \(Self.numberWord(labels.count))"
        let body: UTF8Text = if let intro {
            "\(sentenceCase: intro): name \(count)."
        } else {
            "Name \(count) items of this part."
        }
        let candidate = context.candidate(.list, body: Tokens(bytes: body.bytes),
                                          answer: Tokens(labels.joined(separator: "; ")), score: 7)
        guard !labelWords.contains(where: { AnswerCheck.givesAway($0, in: candidate.frontWords) }) else { return nil }
        return candidate
    }

    /// "… comparing A and B: Confidence Intervals for B?" → "Much narrower".
    func tableCell(value: String, row: String, column: String, columns: [String]) -> CardCandidate? {
        let text = TextBytes(Array(value.utf8))
        guard !value.isEmpty, text.wordCount(in: 0..<text.count, upTo: 13) <= 12, !row.isEmpty, !column.isEmpty else { return nil }
        let body: UTF8Text = if columns.count >= 2 {
            "Comparing \(joined: columns): what is the “\(row)” of \(column)?"
        } else {
            "\(column): what is the “\(row)” of \(column)?"
        }
        return context.candidate(.qa, body: Tokens(bytes: body.bytes), answer: Tokens(value), score: 7.5)
    }

    // MARK: - Wording

    static func isGoodAnswer(_ label: Tokens) -> Bool {
        let words = label.words
        guard !words.isEmpty, words.count <= 8 else { return false }
        return !(words.count == 1 && generic.contains(words[0])) && words.contains { !$0.isStopWord }
    }

    /// Labels that name no item.
    private static let generic: WordSet = ["note", "example", "tip", "warning", "important", "summary", "other", "misc"]

    static func sentenceCase(_ text: String) -> String {
        let head = text.utf8.prefix(2)
        if let byte = head.first, byte < 0x80, head.count < 2 || head.last! < 0x80 {
            // The first Character is one ASCII byte.
            guard byte &- 0x61 < 26 else { return text }
            return String(UnicodeScalar(byte - 0x20)) + text.dropFirst()
        }
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// The text without the full stops, colons and spaces that end it: on
    /// bytes while the byte before is ASCII (a Character of its own), on
    /// Characters otherwise.
    static func trimmedEnd(_ text: String) -> Substring {
        let utf8 = text.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let last = utf8.index(before: end)
            let byte = utf8[last]
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == 0x20 else { break }
            if last > utf8.startIndex, utf8[utf8.index(before: last)] >= 0x80 {
                var result = text[..<end]
                while let last = result.last, last == "." || last == ":" || last == " " { result = result.dropLast() }
                return result
            }
            end = last
        }
        return text[..<end]
    }

    static func numberWord(_ count: Int) -> String {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return count < words.count ? words[count] : String(count)
    }
}
