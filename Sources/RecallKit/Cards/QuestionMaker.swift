/// Makes the question candidates of labelled items, lists, table cells and
/// the steps of a procedure.
enum QuestionMaker {
    /// "Solving … involves three things. Which one is “Building an
    /// organization …”?" → the label.
    @Sendable static func labelQuestion(_ input: FormInput) -> [CardCandidate] {
        guard case .labelledItem(let label, let description) = input.claim.shape,
              let count = input.claim.context.place?.items.count, count >= 2 else { return [] }
        // Only a lead-in sentence says what the items are; a heading does not.
        // A description that opens pointing back (`These help the LLM …`) leans on its label.
        guard let leadIn = input.leadIn,
              !FunctionWords.pointsBack(Array(Word.words(of: description).prefix(2).map(\.text))) else { return [] }
        let body = "\(sentenceCase(leadIn)): which of the \(numberWord(count)) is “\(trimmedEnd(description))”?"
        return [CardCandidate(form: .labelQuestion, body: body, answer: label, score: Score.labelQuestion, leadIn: leadIn)]
    }

    /// "Data remains crucial, serving two main purposes. Name both." → "A; B".
    @Sendable static func listRecall(_ input: FormInput) -> [CardCandidate] {
        guard case .list(let labels) = input.claim.shape, let leadIn = input.leadIn else { return [] }
        let count = labels.count == 2 ? "both" : "all \(numberWord(labels.count))"
        return [CardCandidate(form: .listRecall, body: "\(sentenceCase(leadIn)): name \(count).",
                              answer: labels.joined(separator: "; "), score: Score.listRecall, leadIn: leadIn)]
    }

    /// "Comparing A and B, what is the Patient Role of B?" → the cell.
    @Sendable static func tableValue(_ input: FormInput) -> [CardCandidate] {
        guard case .tableCell(let row, let column, let columns) = input.claim.shape,
              !row.isEmpty, !column.isEmpty, !input.claim.text.isEmpty else { return [] }
        let body = columns.count >= 2
            ? "Comparing \(joined(columns)), what is the \(row) of \(column)?"
            : "What is the \(row) of \(column)?"
        return [CardCandidate(form: .tableValue, body: body, answer: trimmedEnd(input.claim.text),
                              score: Score.tableValue)]
    }

    /// "To run a Java program: after “Write the source file”, what is the
    /// next step?" → this step, for the first claim of each step after the first.
    @Sendable static func nextStep(_ input: FormInput) -> [CardCandidate] {
        let claim = input.claim
        guard let place = claim.context.place, place.number != nil, place.items.count >= 3, place.position >= 1
        else { return [] }
        let opensItem: Bool
        switch claim.shape {
        case .labelledItem: opensItem = true
        case .sentence: opensItem = claim.context.label == nil && claim.context.previous == nil
        case .list, .tableCell: opensItem = false
        }
        // Steps say what to do: every item opens with a verb (`Detach the disk`);
        // a numbered list of kinds (`Entropy in physics`) has no order to learn.
        guard place.items.allSatisfy(opensWithAVerb) else { return [] }
        let step = trimmedEnd(place.items[place.position]), before = trimmedEnd(place.items[place.position - 1])
        guard opensItem, Word.words(of: step).count <= 8, Word.words(of: before).count <= 14,
              let leadIn = input.leadIn ?? headingLeadIn(claim) else { return [] }
        return [CardCandidate(form: .nextStep,
                              body: "\(sentenceCase(leadIn)): after “\(before)”, what is the next step?",
                              answer: step, score: Score.nextStep, leadIn: leadIn)]
    }

    private static func opensWithAVerb(_ item: String) -> Bool {
        guard let first = Word.words(of: item).first else { return false }
        // `Reattach`: a word the lexicon does not know may be a verb.
        let classes = first.facts.classes
        return (classes.isEmpty || classes.contains(.verb)) && !first.key.hasSuffix("ing") && !first.isAcronym
    }

    // MARK: - Wording

    /// The deepest heading above the claim, as what its list is about.
    private static func headingLeadIn(_ claim: Claim) -> String? {
        claim.section.last
    }

    static func sentenceCase(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// The text without the full stops, colons and spaces that end it.
    static func trimmedEnd(_ text: String) -> String {
        var result = Substring(text)
        while let last = result.last, last == "." || last == ":" || last == " " { result = result.dropLast() }
        return String(result)
    }

    static func numberWord(_ count: Int) -> String {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return count < words.count ? words[count] : String(count)
    }

    private static func joined(_ items: [String]) -> String {
        items.count <= 2 ? items.joined(separator: " and ")
            : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
