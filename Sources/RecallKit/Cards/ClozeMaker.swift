/// Makes the cloze candidates of a claim: every span the finders offer
/// that passes the sentence and blank rules, scored by `Score`.
enum ClozeMaker {
    @Sendable static func candidates(_ input: FormInput) -> [CardCandidate] {
        guard let reading = input.cloze, reading.sentenceRule == nil else { return [] }
        let claim = input.claim
        var lead = ""
        if let leadIn = input.leadIn { lead += leadIn + ": " }
        if let label = reading.label { lead += label + " — " }
        let showsPrevious = (reading.pointsBack || input.showsPrevious) && claim.context.previous != nil
        if showsPrevious, let previous = claim.context.previous { lead += previous.text + " " }
        let leadWords = Word.words(of: lead)
        return reading.blanks.compactMap { blank in
            guard blank.rejectedBy == nil else { return nil }
            // The body's words: the lead's and the sentence's, the blank's left out.
            let words = reading.sentence.words
            let shown = leadWords + words[..<blank.span.words.lowerBound] + words[blank.span.words.upperBound...]
            return CardCandidate(form: .cloze, body: lead + reading.sentence.cloze(blank.span.words), answer: blank.answer,
                                 score: blank.score, showsPrevious: showsPrevious, span: blank.span, bodyWords: shown)
        }
    }

    /// What a claim's sentence offers a cloze, whatever stands before it on
    /// the front: read once per claim.
    struct Reading: Sendable {
        let sentence: SentenceWords
        /// The sentence rule that keeps it from being a cloze, if any.
        let sentenceRule: String?
        /// It leans on the sentence before it, which the front must show.
        let pointsBack: Bool
        /// The item's label, shown before the sentence.
        let label: String?
        let blanks: [Weighed]
    }

    /// A span of the claim's sentence with what became of it: its score, or
    /// the rule that rejected it.
    struct Weighed: Sendable {
        let span: Span
        let answer: String
        let rejectedBy: String?
        let score: Double
    }

    /// The reading of a claim's cloze sentence: its words, the sentence
    /// rule that stops it, and every span weighed by the blank rules; nil for
    /// claims that are no sentence (lists, table cells).
    static func read(_ claim: Claim, vocabulary: NoteVocabulary, topic: Set<String>) -> Reading? {
        guard let (text, code, label) = sentence(of: claim) else { return nil }
        let lexicon = vocabulary.lexicon
        let sentence = vocabulary.sentences[text] ?? SentenceWords(text, code: code, lexicon: lexicon)
        let sentenceCase = SentenceCase(words: sentence.words, text: text, code: code,
                                        hasAntecedent: claim.context.previous != nil)
        let pointsBack = FunctionWords.refersBack(FunctionWords.opening(sentence.words, of: text))
        let rule = Rule.firstRejecting(SentenceRules.all, sentenceCase)?.name
        let spans = rule == nil ? SpanFinder(sentence: sentence, lexicon: lexicon).all : []
        let blanks = spans.map { span -> Weighed in
            let blank = BlankCase(sentence: sentence, span: span, topic: topic, vocabulary: vocabulary)
            let rejectedBy = Rule.firstRejecting(BlankRules.all, blank)?.name
            let score = rejectedBy == nil ? self.score(blank) + (pointsBack ? Score.withAntecedent : 0) : 0
            return Weighed(span: span, answer: sentence.text(span.words), rejectedBy: rejectedBy, score: score)
        }
        return Reading(sentence: sentence, sentenceRule: rule, pointsBack: pointsBack, label: label, blanks: blanks)
    }

    /// The sentence a claim's cloze is made of, and the label shown before it.
    private static func sentence(of claim: Claim) -> (String, [Range<Int>], String?)? {
        switch claim.shape {
        case .sentence: return (claim.text, claim.code, claim.context.label)
        case .labelledItem(let label, let description): return (description, [], label)
        case .list, .tableCell: return nil
        }
    }

    /// What a blank is worth (`Score`).
    static func score(_ blank: BlankCase) -> Double {
        let words = Array(blank.answer)
        var score: Double
        switch blank.span.kind {
        case .quoted: score = QuotedPhrase.isCoined(blank) ? Score.quoted + (words.count >= 4 ? Score.longQuote : 0)
            : Score.noun
        case .definedTerm: score = Score.definedTerm
        case .name: score = Score.name
        case .number: score = numberScore(words)
        case .term: score = termScore(words, blank: blank)
        }
        score += Score.perExtraWord * Double(max(0, words.count - 2))
        return score
    }

    /// A word of the field the lexicon does not know (`tokenization`,
    /// `macroclimate`), not a name and not a compound of everyday words (`widely-held`).
    private static func isJargon(_ word: Word, lexicon: Lexicon) -> Bool {
        guard !word.isCapitalized, word.hasLetter, word.facts.classes.isEmpty else { return false }
        return word.parts.contains { lexicon.classes(of: $0).isEmpty }
    }

    private static func numberScore(_ words: [Word]) -> Double {
        guard let number = words.first else { return 0 }
        if words.count >= 2 || number.text.contains(where: { "%$€£".contains($0) }) { return Score.numberWithUnit }
        if let year = Int(number.text), (1000...2099).contains(year) { return Score.numberWithUnit }
        return number.text.filter(\.isASCIIDigit).count >= 2 ? Score.bareNumber : Score.noun
    }

    private static func termScore(_ words: [Word], blank: BlankCase) -> Double {
        let lexicon = blank.lexicon
        // `long run`, `total number`, `complex problem`: a judging adjective
        // before the noun makes an everyday phrase, however often it is said.
        let judged = words.count >= 2 && blank.reader.readsAsAdjective(words[0]) && !blank.reader.isClassifier(blank.span.words.lowerBound)
        if words.count >= 2, !judged, lexicon.isCollocation(words.map(\.key)) { return Score.collocation }
        if words.count >= 2, !judged, blank.vocabulary.count(ofPhrase: words[...]) >= 2 { return Score.recurringPhrase }
        if words.contains(where: { isJargon($0, lexicon: lexicon) }) { return Score.jargon }
        let reader = blank.reader
        if words.count >= 2, blank.span.words.dropLast().allSatisfy(reader.isClassifier) { return Score.compound }
        guard words.count == 1 else { return Score.noun }
        let word = words[0]
        return word.facts.familiarity == 0 && blank.vocabulary.count(of: word) >= 2 ? Score.rareNoun : Score.noun
    }
}
