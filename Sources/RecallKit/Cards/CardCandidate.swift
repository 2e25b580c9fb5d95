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
}

/// What a form reads to make its candidates: the claim, and what the note
/// is about.
struct FormInput: Sendable {
    let claim: Claim
    let vocabulary: NoteVocabulary
    /// Base forms of the words of the note's title and the claim's headings.
    let topic: Set<String>
    /// Show the sentence before the claim on the front even when the claim
    /// does not point back to it (that sentence made no card of its own).
    var showsPrevious = false

    var lexicon: Lexicon { vocabulary.lexicon }

    /// The lead-in of the claim's list, unless it points back itself
    /// (`This was crucial for several reasons:`), which no front can answer.
    var leadIn: String? {
        claim.context.leadIn.flatMap { FunctionWords.refersBack(Word.words(of: $0).map(\.text)) ? nil : $0 }
    }
}
