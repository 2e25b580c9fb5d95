/// A word of a sentence as the card rules read it: its text as written and
/// where it stands. Hyphenated compounds (`next-token`), numbers with their
/// separators and signs (`20,000`, `3.5%`, `$42.50`) and acronyms (`LLMs`)
/// are one word each.
struct Word: Hashable, Sendable {
    let text: String
    /// Character offsets in the sentence.
    let range: Range<Int>
    /// The text in lowercase.
    let lower: String
    /// The word without a possessive `'s` and without its case: the form
    /// the lexicon and the note's counts know it by.
    let key: String
    let hasDigit: Bool
    let hasLetter: Bool
    /// `20,000`, `$42.50`, `3.5%`.
    let isNumber: Bool
    let isCapitalized: Bool
    /// `LLM`, `LLMs`, `RAG`: two capitals or more, perhaps a plural `s`.
    let isAcronym: Bool
    /// `DeepMind`, `AlphaGo`, `iPhone`, `GPT-4`, `o1`: a capital after the
    /// first letter, or letters and digits together.
    let isOddlyCased: Bool
    /// `doesn't`, `they're`, `we'll`: a verb or pronoun run together with another.
    let isContraction: Bool
    /// What the lexicon says of the word's key.
    let facts: WordFacts

    /// A word of `characters` at `range`, whose kinds `kinds` holds.
    init(_ characters: ArraySlice<Character>, kinds: ArraySlice<CharacterKind>, range: Range<Int>) {
        text = String(characters)
        self.range = range
        lower = text.lowercased()
        var key = lower
        for suffix in ["'s", "’s"] where key.count > 2 && key.hasSuffix(suffix) { key.removeLast(2) }
        self.key = key
        let letters = kinds.filter(\.isLetter)
        hasDigit = kinds.contains(.digit)
        hasLetter = !letters.isEmpty
        isNumber = hasDigit && (kinds.first == .digit || characters.first.map { "$€£".contains($0) } == true)
        isCapitalized = kinds.first == .upper
        // `LLMs`: the letters but a plural `s` are capitals.
        let core = characters.last == "s" ? letters.dropLast() : letters[...]
        isAcronym = core.count >= 2 && core.allSatisfy { $0 == .upper }
        isOddlyCased = (kinds.dropFirst().contains(.upper) && kinds.contains(.lower)) || (hasDigit && hasLetter && !isNumber)
        let lower = self.lower
        isContraction = ["n't", "n’t", "'re", "’re", "'ll", "’ll", "'ve", "’ve", "'d", "’d", "'m", "’m"]
            .contains { lower.hasSuffix($0) }
        facts = Lexicon.english.facts(of: key)
    }

    /// The parts of a hyphenated compound (`bi-linear` → `bi`, `linear`); the word itself otherwise.
    var parts: [String] {
        key.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
    }

    /// The words of `text`, in order.
    static func words(of text: String) -> [Word] {
        words(of: Array(text))
    }

    /// The words of `characters`. Each character's kind is read once.
    static func words(of characters: [Character]) -> [Word] {
        let kinds = characters.map(CharacterKind.init)
        var words: [Word] = []
        var index = 0
        while index < characters.count {
            guard startsWord(characters, kinds, at: index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count, continuesWord(characters, kinds, at: end) { end += 1 }
            words.append(Word(characters[index..<end], kinds: kinds[index..<end], range: index..<end))
            index = end
        }
        return words
    }

    private static func startsWord(_ text: [Character], _ kinds: [CharacterKind], at index: Int) -> Bool {
        if kinds[index].isWordCharacter { return true }
        return "$€£".contains(text[index]) && kinds[safe: index + 1] == .digit
    }

    /// Letters and digits, and the joiners that stand between them:
    /// `'` in `don't`, `-` in `next-token`, `.` and `,` in `20,000.5`, `%` after a digit.
    private static func continuesWord(_ text: [Character], _ kinds: [CharacterKind], at index: Int) -> Bool {
        if kinds[index].isWordCharacter || kinds[index] == .mark { return true }
        let before = kinds[index - 1], after = kinds[safe: index + 1]
        switch text[index] {
        case "'", "’", "-": return before.isWordCharacter && after?.isWordCharacter == true
        case ".", ",": return before == .digit && after == .digit
        case "%": return before == .digit
        default: return false
        }
    }
}

/// What a character is to the word reader, read once from the general
/// category of its first scalar.
enum CharacterKind: Sendable {
    case upper, lower, otherLetter, digit, otherNumber, mark, other

    init(_ character: Character) {
        guard let scalar = character.unicodeScalars.first else {
            self = .other
            return
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .titlecaseLetter: self = .upper
        case .lowercaseLetter: self = .lower
        case .modifierLetter, .otherLetter: self = .otherLetter
        case .decimalNumber: self = character.isASCII ? .digit : .otherNumber
        case .letterNumber, .otherNumber: self = .otherNumber
        case .nonspacingMark, .spacingMark, .enclosingMark: self = .mark
        default: self = .other
        }
    }

    var isLetter: Bool { self == .upper || self == .lower || self == .otherLetter }
    var isWordCharacter: Bool { isLetter || self == .digit || self == .otherNumber }
}
