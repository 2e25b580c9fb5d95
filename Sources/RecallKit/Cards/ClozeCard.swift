/// Cloze cards: the claim's sentence with its most informative span hidden.
struct ClozeCard {
    static let gap = "[…]"

    let context: CardContext
    let vocabulary: NoteVocabulary

    /// One sentence made ready for clozes: its spans, best first, and what
    /// must be shown before it.
    struct Plan {
        let sentence: String
        let bytes: [UInt8]
        let opening: String?
        let spans: [ClozeSpan]
        let question: CardCandidate?
    }

    /// The spans of a sentence claim (or of `text`, a part of the claim).
    func plan(for claim: Claim, text: String? = nil, lead: String? = nil) -> Plan? {
        let sentence = text ?? claim.text
        let code = text == nil ? claim.codeRanges : []
        guard code.reduce(0, { $0 + $1.count }) * 10 < sentence.utf8.count * 3 else { return nil }
        let finder = ClozeSpans(text: sentence, code: code, vocabulary: vocabulary)
        let spans = finder.all.sorted { ($0.score, -$0.range.lowerBound) > ($1.score, -$1.range.lowerBound) }
        let opening = lead ?? self.lead(for: claim, first: finder.words.first)
        return Plan(sentence: sentence, bytes: finder.bytes, opening: opening, spans: spans,
                    question: subjectQuestion(finder.words, bytes: finder.bytes, opening: opening))
    }

    /// The card hiding `span`.
    func candidate(_ span: ClozeSpan, in plan: Plan, penalty: Double = 0) -> CardCandidate {
        let bytes = plan.bytes
        let answer = String(decoding: bytes[span.range], as: UTF8.self)
        let body = String(decoding: bytes[..<span.range.lowerBound], as: UTF8.self) + Self.gap
            + String(decoding: bytes[span.range.upperBound...], as: UTF8.self)
        let front = context.front(plan.opening.map { "\($0) \(body)" } ?? body, avoiding: answer)
        return CardCandidate(kind: .cloze, front: front, back: answer, score: span.score - penalty)
    }

    /// `RL is used to force …` → "What is used to force …?" → RL: a named
    /// subject may not be hidden as a cloze (it opens the sentence), but it
    /// can be asked for.
    private func subjectQuestion(_ words: [Word], bytes: [UInt8], opening: String?) -> CardCandidate? {
        guard words.count >= 6, let first = words.first, vocabulary.isName(first) else { return nil }
        var end = 0
        while end + 1 < min(words.count, 4), words[end + 1].isNameLike || words[end + 1].isCapitalized { end += 1 }
        let verb = words[end + 1]
        let auxiliaries: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "can", "could", "will",
                                        "would", "should", "may", "might", "must", "does", "did"]
        guard !verb.isCapitalized, auxiliaries.contains(verb.lower) || verb.lower.hasSuffix("s")
                || verb.lower.hasSuffix("ed") else { return nil }
        let answer = String(decoding: bytes[first.range.lowerBound..<words[end].range.upperBound], as: UTF8.self)
        var rest = String(decoding: bytes[verb.range.lowerBound...], as: UTF8.self)
        while let last = rest.last, last == "." || last == "!" || last == " " { rest.removeLast() }
        let isPerson = end >= 1 && (0...end).allSatisfy { words[$0].isCapitalized && !vocabulary.isAcronym(words[$0]) }
        let body = "\(isPerson ? "Who" : "What") \(rest)?"
        let front = context.front(opening.map { "\($0) \(body)" } ?? body, avoiding: answer)
        let subjectOfNote = end == 0 && vocabulary.isSubject(first.lower)
        return CardCandidate(kind: .qa, front: front, back: answer, score: subjectOfNote ? 4.5 : (end > 0 ? 7 : 6.5))
    }

    /// What must come before the sentence for it to make sense: the list's
    /// introduction, or the previous sentence when this one leans on it.
    private func lead(for claim: Claim, first: Word?) -> String? {
        if let intro = claim.intro { return intro + ":" }
        guard let previous = claim.previousSentence, previous.utf8.count <= 320,
              let first, Words.anaphoric.contains(first.lower)
        else { return nil }
        return previous
    }
}
