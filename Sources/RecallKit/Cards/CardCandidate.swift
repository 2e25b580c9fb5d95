/// One card a form offers for a claim, before the context line is put on
/// its front and the card rules weigh it.
struct CardCandidate: Sendable {
    let form: CardForm
    /// The front without its context line.
    let body: String
    let answer: String
    let score: Double
    /// What the card's list is about (list and one-of-N questions).
    var leadIn: String?
    /// The front shows the sentence before the claim: its moments join the card's.
    var showsPrevious = false
    /// The blank of a cloze, to explain the choice.
    var span: Span?
    /// The words of the body, for the rules (read from the body unless the maker knows them).
    var bodyWords: [Word]

    init(form: CardForm, body: String, answer: String, score: Double, leadIn: String? = nil, showsPrevious: Bool = false,
         span: Span? = nil, bodyWords: [Word]? = nil) {
        self.form = form
        self.body = body
        self.answer = answer
        self.score = score
        self.leadIn = leadIn
        self.showsPrevious = showsPrevious
        self.span = span
        self.bodyWords = bodyWords ?? Word.words(of: body)
    }
}

/// What a form reads to make its candidates: the claim, and what the note
/// is about.
struct FormInput: Sendable {
    let claim: Claim
    let vocabulary: NoteVocabulary
    /// Base forms of the words of the note's title and the claim's headings.
    let topic: Set<String>
    /// The claim's sentence read for a cloze, once.
    let cloze: ClozeMaker.Reading?
    /// Show the sentence before the claim on the front even when the claim
    /// does not point back to it (that sentence made no card of its own).
    var showsPrevious = false

    /// The lead-in of the claim's list, unless it points back itself
    /// (`This was crucial for several reasons:`), which no front can answer.
    let leadIn: String?

    var lexicon: Lexicon { vocabulary.lexicon }

    init(claim: Claim, vocabulary: NoteVocabulary, topic: Set<String>) {
        self.claim = claim
        self.vocabulary = vocabulary
        self.topic = topic
        cloze = ClozeMaker.read(claim, vocabulary: vocabulary, topic: topic)
        leadIn = claim.context.leadIn.flatMap { FunctionWords.refersBack(Word.words(of: $0).map(\.text)) ? nil : $0 }
    }
}
