/// A word of a sentence as the card rules read it: its text as written and
/// where it stands. Hyphenated compounds (`next-token`), numbers with their
/// separators and signs (`20,000`, `3.5%`, `$42.50`) and acronyms (`LLMs`)
/// are one word each.
struct Word: Hashable, Sendable {
    let text: String
    /// Character offsets in the sentence.
    let range: Range<Int>

    var lower: String { text.lowercased() }

    /// The word without a possessive `'s` and without its case: the form
    /// the lexicon and the note's counts know it by.
    var key: String {
        var key = lower
        for suffix in ["'s", "’s"] where key.hasSuffix(suffix) { key.removeLast(2) }
        return key
    }

    /// `doesn't`, `they're`, `we'll`: a verb or pronoun run together with another.
    var isContraction: Bool {
        let lower = self.lower
        return ["n't", "n’t", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'m", "’m"].contains { lower.hasSuffix($0) }
    }

    var hasDigit: Bool { text.contains { $0.isASCIIDigit } }
    var hasLetter: Bool { text.contains(where: \.isLetter) }
    var isNumber: Bool { hasDigit && text.first.map { $0.isASCIIDigit || "$€£".contains($0) } == true }
    var isCapitalized: Bool { text.first?.isUppercase == true }

    /// `LLM`, `LLMs`, `RAG`: two capitals or more, perhaps a plural `s`.
    var isAcronym: Bool {
        let letters = text.filter(\.isLetter)
        let core = letters.hasSuffix("s") ? letters.dropLast() : Substring(letters)
        return core.count >= 2 && core.allSatisfy(\.isUppercase)
    }

    /// `DeepMind`, `AlphaGo`, `iPhone`, `GPT-4`, `o1`: a capital after the
    /// first letter, or letters and digits together.
    var isOddlyCased: Bool {
        (text.dropFirst().contains(where: \.isUppercase) && text.contains(where: \.isLowercase))
            || (hasDigit && hasLetter && !isNumber)
    }

    /// The parts of a hyphenated compound (`bi-linear` → `bi`, `linear`); the word itself otherwise.
    var parts: [String] {
        key.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
    }

    /// The words of `text`, in order.
    static func words(of text: String) -> [Word] {
        let characters = Array(text)
        var words: [Word] = []
        var index = 0
        while index < characters.count {
            guard startsWord(characters, at: index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count, continuesWord(characters, at: end) { end += 1 }
            while end > index + 1, "-'’.,".contains(characters[end - 1]) { end -= 1 }
            words.append(Word(text: String(characters[index..<end]), range: index..<end))
            index = end
        }
        return words
    }

    private static func startsWord(_ text: [Character], at index: Int) -> Bool {
        let character = text[index]
        if character.isLetter || character.isNumber { return true }
        return "$€£".contains(character) && text[safe: index + 1]?.isASCIIDigit == true
    }

    /// Letters and digits, and the joiners that stand between them:
    /// `'` in `don't`, `-` in `next-token`, `.` and `,` in `20,000.5`, `%` after a digit.
    private static func continuesWord(_ text: [Character], at index: Int) -> Bool {
        let character = text[index]
        if character.isLetter || character.isNumber || character.unicodeScalars.first?.properties.isDiacritic == true {
            return true
        }
        let before = text[index - 1], after = text[safe: index + 1]
        switch character {
        case "'", "’", "-": return before.isWordCharacter && after?.isWordCharacter == true
        case ".", ",": return before.isASCIIDigit && after?.isASCIIDigit == true
        case "%": return before.isASCIIDigit
        default: return false
        }
    }
}
