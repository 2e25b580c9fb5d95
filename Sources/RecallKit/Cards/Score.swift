/// Every score of the card policy, in one table. A candidate card is worth
/// what its kind of blank or question is worth, adjusted by the rows below;
/// the best candidate of a claim that reaches `minimum` becomes its card.
enum Score {
    /// Below this a candidate makes no card: coverage is never bought with a bad card.
    static let minimum = 6.0

    // What a blank is worth, by kind.
    static let quoted = 9.0
    static let definedTerm = 9.0
    static let name = 8.5
    static let numberWithUnit = 8.0
    /// A bare number: a year, or several digits.
    static let bareNumber = 6.5
    /// A term the lexicon knows as a collocation (`return on investment`).
    static let collocation = 7.5
    /// A noun phrase of two words or more said again elsewhere in the note.
    static let recurringPhrase = 7.5
    /// A word the lexicon does not know (jargon: `tokenization`, `embeddings`).
    static let jargon = 7.0
    /// A noun phrase of two words or more, said once: a judge reads most as
    /// filler (`final stages`, `broader applications`), so alone it makes no card.
    static let compound = 5.5
    /// A single noun the lexicon's tagged corpus never saw, said again
    /// elsewhere in the note (`moats`, `spreadsheet`).
    static let rareNoun = 6.0
    /// At most this many sightings in the tagged corpus make a word rare.
    static let rareWord = 2
    /// Any other single noun: everyday words fit any answer.
    static let noun = 4.0
    /// Above this many sightings in the lexicon's tagged corpus a word is
    /// everyday English, no term.
    static let familiarWord = 30
    /// A lone capitalised word seen this often in the lexicon's tagged
    /// corpus is an everyday word written with a capital, no name.
    static let familiarName = 5

    // What a question is worth, by form.
    static let labelQuestion = 8.5
    static let listRecall = 7.5
    static let tableValue = 7.5
    static let nextStep = 7.0

    // Adjustments.
    /// Each hidden word past the second.
    static let perExtraWord = -0.4
    /// A blank in a sentence that needs the sentence before it on the front.
    static let withAntecedent = -0.5
    /// A quoted phrase of four words or more is a phrase to parrot, not a term.
    static let longQuote = -1.0
}
