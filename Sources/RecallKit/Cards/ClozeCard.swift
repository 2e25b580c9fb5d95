/// Cloze cards: the claim's sentence with its most informative span hidden.
struct ClozeCard {
    static let gap = "[…]"

    let context: CardContext
    let vocabulary: NoteVocabulary

    /// One sentence made ready for clozes: its spans, best first, and what
    /// must be shown before it.
    struct Plan {
        let sentence: Tokens
        /// What is shown before the sentence, with its words.
        let opening: Tokens?
        let spans: [ClozeSpan]
        let question: CardCandidate?
    }

    /// The spans of a sentence claim (or of `text`, a part of the claim).
    /// `words`, when given, are the words of that text, already read;
    /// `previous`, those of the sentence before, used when the opening repeats it.
    func plan(for claim: Claim, text: String? = nil, lead: String? = nil, words: Tokens? = nil,
              previous: Tokens? = nil) -> Plan? {
        let sentence = text ?? claim.text
        let code = text == nil ? claim.codeRanges : []
        guard code.reduce(0, { $0 + $1.count }) * 10 < sentence.utf8.count * 3 else { return nil }
        let known = words.flatMap { $0.spells(sentence) ? $0 : nil }
        let finder = ClozeSpans(tokens: known ?? Tokens(sentence), code: code, vocabulary: vocabulary)
        var spans = finder.all
        spans.sort { ($0.score, -$0.range.lowerBound) > ($1.score, -$1.range.lowerBound) }
        let opening = lead ?? self.lead(for: claim, first: finder.words.first)
        let openingWords = opening.map { opening in previous.flatMap { $0.spells(opening) ? $0 : nil } ?? Tokens(opening) }
        return Plan(sentence: finder.tokens, opening: openingWords, spans: spans,
                    question: subjectQuestion(finder.tokens, opening: opening))
    }

    /// The card hiding `span`: its front is put together from words already
    /// read (the context, the opening, the sentence around the gap).
    /// Its texts are built in `pool`'s spare buffers.
    func candidate(_ span: ClozeSpan, in plan: Plan, penalty: Double = 0, pool: inout TokensPool) -> CardCandidate {
        let sentence = plan.sentence, range = span.range
        // The answer's words, when it is cut cleanly; the words before and after it are the rest.
        let cut = sentence.wordsOfCut(range), cuts = cut != nil
        let answerWords = cut.map { pool.part(of: sentence, range, words: $0) } ?? Tokens(bytes: Array(sentence.bytes[range]))
        let context = context.prefixWords(avoiding: answerWords), opening = plan.opening
        var front = pool.builder(
            bytes: (context?.bytes.count ?? 0) + (opening?.bytes.count ?? 0) + sentence.bytes.count + 2 + Self.gapBytes.count,
            words: (context?.words.count ?? 0) + (opening?.words.count ?? 0) + sentence.words.count)
        if let context {
            front.append(context)
            front.append(separator: TokensBuilder.lineBreak)
        }
        if let opening {
            front.append(opening)
            front.append(separator: TokensBuilder.space)
        }
        if let cut {
            front.append(sentence, range: 0..<range.lowerBound, words: 0..<cut.lowerBound)
            front.append(separator: Self.gapBytes)
            front.append(sentence, range: range.upperBound..<sentence.bytes.count,
                         words: cut.upperBound..<sentence.words.count)
        } else {
            front.append(Tokens(bytes: Array(sentence.bytes[..<range.lowerBound]) + Self.gapBytes
                                + Array(sentence.bytes[range.upperBound...])))
        }
        return CardCandidate(kind: .cloze, frontWords: front.tokens, backWords: answerWords, score: span.score - penalty,
                             isWholeText: cuts, isPooled: true)
    }

    private static let gapBytes = Array(gap.utf8)

    /// `RL is used to force …` → "What is used to force …?" → RL: a named
    /// subject may not be hidden as a cloze (it opens the sentence), but it
    /// can be asked for.
    private func subjectQuestion(_ tokens: Tokens, opening: String?) -> CardCandidate? {
        let words = tokens.words, bytes = tokens.bytes
        guard words.count >= 6, let first = words.first, vocabulary.isName(first) else { return nil }
        var end = 0
        while end + 1 < min(words.count, 4), words[end + 1].isNameLike || words[end + 1].isCapitalized { end += 1 }
        let verb = words[end + 1]
        guard !verb.isCapitalized, Self.auxiliaries.contains(verb) || tokens.word(verb, endsWith: Self.s)
                || tokens.word(verb, endsWith: Self.ed) else { return nil }
        let answer = String(decoding: bytes[first.range.lowerBound..<words[end].range.upperBound], as: UTF8.self)
        var rest = String(decoding: bytes[verb.range.lowerBound...], as: UTF8.self)
        while let last = rest.last, last == "." || last == "!" || last == " " { rest.removeLast() }
        let isPerson = end >= 1 && (0...end).allSatisfy { words[$0].isCapitalized && !words[$0].isAcronym }
        let body = "\(isPerson ? "Who" : "What") \(rest)?"
        let subjectOfNote = end == 0 && vocabulary.isSubject(first.key)
        return context.candidate(.qa, body: opening.map { "\($0) \(body)" } ?? body, answer: answer,
                                 score: subjectOfNote ? 4.5 : (end > 0 ? 7 : 6.5))
    }

    static let auxiliaries: WordSet = ["is", "are", "was", "were", "has", "have", "had", "can", "could",
                                               "will", "would", "should", "may", "might", "must", "does", "did"]
    private static let s = WordEnding("s")
    private static let ed = WordEnding("ed")

    /// What must come before the sentence for it to make sense: the list's
    /// introduction, or the previous sentence when this one leans on it.
    private func lead(for claim: Claim, first: Word?) -> String? {
        if let intro = claim.intro { return intro + ":" }
        guard let previous = claim.previousSentence, previous.utf8.count <= 320,
              let first, Words.anaphoric.contains(first)
        else { return nil }
        return previous
    }
}
