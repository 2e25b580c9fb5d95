/// Question/answer and list cards: from labelled list items, short labelled
/// lists, and table cells.
struct QuestionCards {
    let context: CardContext

    /// "… (3 items). Which one is this: “Building an organization …”?" → the label.
    func labelled(label: String, description: String, intro: String?, siblings: Int) -> CardCandidate? {
        guard Self.isGoodAnswer(label), siblings >= 2 else { return nil }
        let question = "Which one is this: “\(Self.trimmedEnd(description))”?"
        let body = intro.map { "\(Self.sentenceCase($0)) (\(siblings) items). \(question)" }
            ?? "One of \(siblings) items. \(question)"
        return CardCandidate(kind: .qa, front: context.front(body, avoiding: label), back: label, score: 8.5)
    }

    /// "Solving … involves: name all three." → "A; B; C".
    func list(intro: String?, labels: [String]) -> CardCandidate? {
        guard labels.allSatisfy(Self.isGoodAnswer) else { return nil }
        let count = labels.count == 2 ? "both" : "all \(Self.numberWord(labels.count))"
        let body = intro.map { "\(Self.sentenceCase($0)): name \(count)." } ?? "Name \(count) items of this part."
        let answer = labels.joined(separator: "; ")
        let front = context.front(body, avoiding: answer)
        guard !labels.contains(where: { AnswerCheck.givesAway($0, in: front) }) else { return nil }
        return CardCandidate(kind: .list, front: front, back: answer, score: 7)
    }

    /// "… comparing A and B: Confidence Intervals for B?" → "Much narrower".
    func tableCell(value: String, row: String, column: String, columns: [String]) -> CardCandidate? {
        guard !value.isEmpty, value.split(separator: " ").count <= 12, !row.isEmpty, !column.isEmpty else { return nil }
        let compared = columns.count >= 2 ? "Comparing \(Self.joined(columns))" : column
        let body = "\(compared): what is the “\(row)” of \(column)?"
        return CardCandidate(kind: .qa, front: context.front(body, avoiding: value), back: value, score: 7.5)
    }

    // MARK: - Wording

    static func isGoodAnswer(_ label: String) -> Bool {
        let words = Words.tokenize(label)
        guard !words.isEmpty, words.count <= 8 else { return false }
        let generic: Set<String> = ["note", "example", "tip", "warning", "important", "summary", "other", "misc"]
        return !(words.count == 1 && generic.contains(words[0].lower)) && words.contains { !$0.isStopWord }
    }

    static func sentenceCase(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }

    static func trimmedEnd(_ text: String) -> String {
        var result = Substring(text)
        while let last = result.last, last == "." || last == ":" || last == " " { result = result.dropLast() }
        return String(result)
    }

    static func joined(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items.last!
    }

    static func numberWord(_ count: Int) -> String {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return count < words.count ? words[count] : String(count)
    }
}
