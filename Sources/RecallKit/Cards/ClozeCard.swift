/// Cloze cards: the claim's sentence with its most informative span hidden.
struct ClozeCard {
    static let gap = "[…]"

    let context: CardContext
    let vocabulary: NoteVocabulary

    /// Candidates for a sentence claim, best first.
    func candidates(for claim: Claim, text: String? = nil, lead: String? = nil) -> [CardCandidate] {
        let sentence = text ?? claim.text
        guard claim.codeRanges.reduce(0, { $0 + $1.count }) * 2 < sentence.utf8.count else { return [] }
        let spans = ClozeSpans(text: sentence, code: text == nil ? claim.codeRanges : [], vocabulary: vocabulary).all
        let bytes = Array(sentence.utf8)
        let opening = lead ?? self.lead(for: claim, sentence: sentence)
        let question = subjectQuestion(sentence, opening: opening)
        return (question.map { [$0] } ?? []) + spans.sorted { ($0.score, -$0.range.lowerBound) > ($1.score, -$1.range.lowerBound) }
            .prefix(8)
            .map { span in
                let answer = String(decoding: bytes[span.range], as: UTF8.self)
                let body = String(decoding: bytes[..<span.range.lowerBound], as: UTF8.self) + Self.gap
                    + String(decoding: bytes[span.range.upperBound...], as: UTF8.self)
                let front = context.front(opening.map { "\($0) \(body)" } ?? body, avoiding: answer)
                return CardCandidate(kind: .cloze, front: front, back: answer, score: span.score)
            }
    }

    /// `RL is used to force …` → "What is used to force …?" → RL: a named
    /// subject may not be hidden as a cloze (it opens the sentence), but it
    /// can be asked for.
    private func subjectQuestion(_ sentence: String, opening: String?) -> CardCandidate? {
        let words = Words.tokenize(sentence)
        guard words.count >= 6, let first = words.first, vocabulary.isName(first) else { return nil }
        var end = 0
        while end + 1 < min(words.count, 4), words[end + 1].isNameLike || words[end + 1].isCapitalized { end += 1 }
        let verb = words[end + 1]
        let auxiliaries: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "can", "could", "will",
                                        "would", "should", "may", "might", "must", "does", "did"]
        guard !verb.isCapitalized, auxiliaries.contains(verb.lower) || verb.lower.hasSuffix("s")
                || verb.lower.hasSuffix("ed") else { return nil }
        let bytes = Array(sentence.utf8)
        let answer = String(decoding: bytes[first.range.lowerBound..<words[end].range.upperBound], as: UTF8.self)
        var rest = String(decoding: bytes[verb.range.lowerBound...], as: UTF8.self)
        while let last = rest.last, last == "." || last == "!" || last == " " { rest.removeLast() }
        let isPerson = end >= 1 && (0...end).allSatisfy { words[$0].isCapitalized && !words[$0].text.dropFirst().allSatisfy(\.isUppercase) }
        let body = "\(isPerson ? "Who" : "What") \(rest)?"
        let front = context.front(opening.map { "\($0) \(body)" } ?? body, avoiding: answer)
        let subjectOfNote = end == 0 && vocabulary.isSubject(first.lower)
        return CardCandidate(kind: .qa, front: front, back: answer, score: subjectOfNote ? 4.5 : (end > 0 ? 7 : 6.5))
    }

    /// What must come before the sentence for it to make sense: the list's
    /// introduction, or the previous sentence when this one leans on it.
    private func lead(for claim: Claim, sentence: String) -> String? {
        if let intro = claim.intro { return intro + ":" }
        guard let previous = claim.previousSentence, previous.count <= 320,
              let first = Words.tokenize(sentence).first, Words.anaphoric.contains(first.lower)
        else { return nil }
        return previous
    }
}
