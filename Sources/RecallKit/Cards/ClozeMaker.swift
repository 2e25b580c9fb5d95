/// Makes the cloze candidates of a claim: every span the finders offer
/// that passes the sentence and blank rules, scored by `Score`.
enum ClozeMaker {
    @Sendable static func candidates(_ input: FormInput) -> [CardCandidate] {
        weigh(input).compactMap { $0.candidate }
    }

    /// A span of the claim's sentence with what became of it: its card, or
    /// the rule that rejected it.
    struct Weighed {
        let span: Span
        let answer: String
        let rejectedBy: String?
        let candidate: CardCandidate?
    }

    /// Every span of the claim weighed, or nothing when a sentence rule
    /// keeps the sentence from being a cloze (`rejectedBy` says which).
    static func weigh(_ input: FormInput) -> [Weighed] {
        guard let (text, code, label) = sentence(of: input.claim), sentenceRule(input) == nil else { return [] }
        let claim = input.claim
        let sentenceCase = SentenceCase(text, code: code, hasAntecedent: claim.context.previous != nil)
        let pointsBack = FunctionWords.refersBack(sentenceCase.words.map(\.text))
        var lead = ""
        if let leadIn = input.leadIn { lead += leadIn + ": " }
        if let label { lead += label + " — " }
        let showsPrevious = (pointsBack || input.showsPrevious) && claim.context.previous != nil
        if showsPrevious, let previous = claim.context.previous { lead += previous.text + " " }
        let sentence = SentenceWords(text, code: code, lexicon: input.lexicon)
        return SpanFinder(sentence: sentence, lexicon: input.lexicon).all.map { span in
            let blank = BlankCase(sentence: sentence, span: span, topic: input.topic, vocabulary: input.vocabulary)
            let answer = sentence.text(span.words)
            if let rule = Rule.firstRejecting(BlankRules.all, blank) {
                return Weighed(span: span, answer: answer, rejectedBy: rule.name, candidate: nil)
            }
            let score = self.score(blank) + (pointsBack ? Score.withAntecedent : 0)
            let candidate = CardCandidate(form: .cloze, body: lead + sentence.cloze(span.words), answer: answer,
                                          score: score, showsPrevious: showsPrevious, span: span)
            return Weighed(span: span, answer: answer, rejectedBy: nil, candidate: candidate)
        }
    }

    /// The name of the sentence rule that keeps the claim from being a cloze, if any.
    static func sentenceRule(_ input: FormInput) -> String? {
        guard let (text, code, _) = sentence(of: input.claim) else { return nil }
        let sentence = SentenceCase(text, code: code, hasAntecedent: input.claim.context.previous != nil)
        return Rule.firstRejecting(SentenceRules.all, sentence)?.name
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
        if ExampleList.isSingleExample(blank) { score += Score.singleExample }
        return score
    }

    /// A word of the field the lexicon does not know (`tokenization`,
    /// `macroclimate`), not a name and not a compound of everyday words (`widely-held`).
    private static func isJargon(_ word: Word, lexicon: Lexicon) -> Bool {
        guard !word.isCapitalized, word.hasLetter, lexicon.classes(of: word.key).isEmpty else { return false }
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
        if words.count >= 2, lexicon.isCollocation(words.map(\.key)) { return Score.collocation }
        if words.count >= 2, blank.vocabulary.count(ofPhrase: words[...]) >= 2 { return Score.recurringPhrase }
        if words.contains(where: { isJargon($0, lexicon: lexicon) }) { return Score.jargon }
        let reader = blank.reader
        if words.count >= 2, blank.span.words.dropLast().allSatisfy(reader.isClassifier) { return Score.compound }
        guard words.count == 1 else { return Score.noun }
        let word = words[0]
        return lexicon.familiarity(of: word.key) == 0 && blank.vocabulary.count(of: word) >= 2 ? Score.rareNoun : Score.noun
    }
}
