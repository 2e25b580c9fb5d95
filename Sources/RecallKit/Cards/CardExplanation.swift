/// Why each claim of a note became the card it did, or none: the claim, the
/// blanks its sentence offered with their scores or the rule that rejected
/// each, and the card kept. For people tuning the rules and learners who
/// wonder where a card went.
public enum CardExplanation {
    public static func text(of note: Note, source: String, lexicon: Lexicon = .english) -> String {
        let (claims, sentences) = ClaimExtractor.read(note)
        let generator = CardGenerator(note: note, source: source, sentences: sentences, lexicon: lexicon)
        let cards = generator.cards(for: claims)
        var lines = ["=== \(note.file) [\(note.reading.mode.rawValue)]"]
        for claim in claims {
            lines.append("")
            lines.append("#\(claim.ordinal) line \(claim.line) \(claim.shape.name) \(claim.moments.map(\.timestamp)): \(claim.text)")
            if let previous = claim.context.previous { lines.append("   before: \(previous.text)") }
            if let leadIn = claim.context.leadIn { lines.append("   lead-in: \(leadIn)") }
            let input = generator.input(for: claim)
            if let rule = input.cloze?.sentenceRule { lines.append("   no cloze: \(rule)") }
            for weighed in input.cloze?.blanks ?? [] {
                let verdict = weighed.rejectedBy.map { "rejected: \($0)" } ?? "score \(weighed.score.formatted1)"
                lines.append("   [\(weighed.span.kind.rawValue)] \(weighed.answer) — \(verdict)")
            }
            for candidate in generator.candidates(for: input) where candidate.form.name == CardForm.cloze.name && candidate.score >= Score.minimum {
                if case .failure(let rejection) = generator.check(candidate, claim: claim) {
                    lines.append("   [cloze card] \(candidate.answer) — rejected: \(rejection.rule)")
                }
            }
            for candidate in generator.candidates(for: input) where candidate.form.name != CardForm.cloze.name {
                let verdict: String
                switch generator.check(candidate, claim: claim) {
                case .success: verdict = "score \(candidate.score.formatted1)"
                case .failure(let rejection): verdict = "rejected: \(rejection.rule)"
                }
                lines.append("   [\(candidate.form.name)] \(candidate.answer) — \(verdict)")
            }
            for card in cards where card.ordinal == claim.ordinal {
                let front = card.front.replacingOccurrences(of: "\n", with: " ¶ ")
                lines.append("   ⇒ \(card.kind.rawValue): \(front) → \(card.back)")
            }
        }
        return lines.joined(separator: "\n")
    }
}

extension Claim.Shape {
    var name: String {
        switch self {
        case .sentence: return "sentence"
        case .labelledItem: return "labelled item"
        case .list: return "list"
        case .tableCell: return "table cell"
        }
    }
}

extension Double {
    var formatted1: String { String((self * 10).rounded() / 10) }
}
