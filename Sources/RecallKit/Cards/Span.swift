/// A run of a sentence's words a cloze could hide, and why it might be
/// worth hiding.
struct Span: Hashable, Sendable {
    enum Kind: String, Sendable, CaseIterable {
        /// A short phrase in quotes: `"humongous teacher models"`.
        case quoted
        /// The term a sentence defines: `called X`, `known as X`, `X (XYZ)`.
        case definedTerm
        /// A name: `Yann LeCun`, `Deep Seek R1`, `NVIDIA`, `GPT-4`.
        case name
        /// A number with its unit or magnitude: `20 cents`, `$4.3 billion`, `1998`.
        case number
        /// A noun phrase that is a term of the field: `return on investment`,
        /// `confidence intervals`, `tokenization`.
        case term
    }

    /// Indices of the words hidden.
    let words: Range<Int>
    let kind: Kind
}

/// A sentence read for its blanks: its text, words and noun phrases.
struct SentenceWords: Sendable {
    let text: String
    /// The text's characters, read once: every rule looks at the gaps between words.
    let characters: [Character]
    let words: [Word]
    /// Character ranges of code or math.
    let code: [Range<Int>]
    /// Word ranges of its noun phrases, as `NounPhrases` chunks them.
    let phrases: [Range<Int>]
    /// Word ranges of each acronym with its expansion (`SpanFinder.acronymPairs`).
    private(set) var acronymPairs: [Range<Int>] = []
    /// Word ranges of its quoted phrases.
    private(set) var quotedPhrases: [Range<Int>] = []

    init(_ text: String, code: [Range<Int>] = [], lexicon: Lexicon) {
        self.text = text
        characters = Array(text)
        words = Word.words(of: characters)
        self.code = code
        phrases = NounPhrases.chunks(words, text: characters, lexicon: lexicon)
        if words.contains(where: \.isAcronym) { acronymPairs = SpanFinder(sentence: self, lexicon: lexicon).acronymPairs() }
        if characters.contains(where: { SpanFinder.closing.keys.contains($0) }) {
            quotedPhrases = SpanFinder(sentence: self, lexicon: lexicon).quoted().map(\.words)
        }
    }

    /// Reads the sentence's word classes.
    func reader(_ lexicon: Lexicon) -> NounPhrases.Reader {
        NounPhrases.Reader(words: words, text: characters, lexicon: lexicon)
    }

    /// The Character range the words `range` cover, with the `)` that
    /// closes a bracket they open (`Return on Investment (ROI)`).
    func characters(_ range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty, range.upperBound <= words.count else { return 0..<0 }
        let start = words[range.lowerBound].range.lowerBound
        var end = words[range.upperBound - 1].range.upperBound
        let last = words[range.upperBound - 1].text
        if last.count > 2, last.hasSuffix("'s") || last.hasSuffix("’s") { end -= 2 } // `Hilbert Hotel['s]`: the possessive stays
        let inside = characters[start..<end]
        if inside.filter({ $0 == "(" }).count > inside.filter({ $0 == ")" }).count, characters[safe: end] == ")" {
            end += 1
        }
        return start..<end
    }

    /// The text between word `index` and the word before it.
    func gap(before index: Int) -> ArraySlice<Character> {
        guard index > 0, index < words.count else { return [] }
        return characters[words[index - 1].range.upperBound..<words[index].range.lowerBound]
    }

    /// A sum worked on the page: a digit or `)`, an operator, then a digit, a
    /// letter or `(` (`186+1`, `3 × 4 = 12`, `1 - ln(2)`, `(1/2)^100`).
    var hasArithmetic: Bool {
        let operators: Set<Character> = ["+", "-", "−", "×", "*", "/", "=", "^"]
        for index in characters.indices where operators.contains(characters[index]) {
            let before = characters[..<index].last { $0 != " " }, after = characters[(index + 1)...].first { $0 != " " }
            guard let before, let after, before.isNumber || before == ")" else { continue }
            // `5-30 minutes`, `2-3 days`: a range, not a sum.
            if characters[index] == "-", after.isNumber, characters[index - 1] != " " { continue }
            if after.isNumber || after == "(" || (after.isLetter && characters[index] != "/") { return true }
        }
        return false
    }

    /// Whether the words `range` start or end inside a token: a letter or
    /// digit joined to them by `.`, `/`, `@` or `_` (`ollama.[com]`, `[Bolt].DIY`),
    /// or a bracket opening right after them (`[ln](2)`).
    func cutsAToken(_ range: Range<Int>) -> Bool {
        let span = characters(range)
        let joiners: Set<Character> = [".", "/", "@", "_", ":"]
        let before = span.lowerBound >= 2 && joiners.contains(characters[span.lowerBound - 1])
            && (characters[span.lowerBound - 2].isLetter || characters[span.lowerBound - 2].isNumber)
        let after = span.upperBound + 1 < characters.count && joiners.contains(characters[span.upperBound])
            && (characters[span.upperBound + 1].isLetter || characters[span.upperBound + 1].isNumber)
        // `ln(2)`, `f(x)`: a name called in a formula.
        let called = span.upperBound < characters.count && characters[span.upperBound] == "("
        return before || after || called
    }

    /// The text of the words `range`, as written between them.
    func text(_ range: Range<Int>) -> String {
        String(characters[self.characters(range)])
    }

    /// The sentence with the words `range` replaced by `[…]`.
    func cloze(_ range: Range<Int>) -> String {
        var cloze = characters
        cloze.replaceSubrange(self.characters(range), with: Array("[…]"))
        return String(cloze)
    }
}
