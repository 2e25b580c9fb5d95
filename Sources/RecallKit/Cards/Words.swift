/// A word of a text: its UTF-8 range and what the generator asks of it.
/// Its text and lowercase form are not kept: the key stands for the
/// lowercase form, and `Tokens` rebuilds either when a rule needs it.
struct Word {
    var range: Range<Int>
    /// Identity of the lowercase form.
    let key: WordKey
    /// The last four bytes of the lowercase form, the last one lowest (ASCII words only).
    let tail: UInt32
    /// The word lists it belongs to, looked up once when it is read.
    let traits: WordTraits
    // Packed so a word takes 40 bytes: texts hold many, and they are copied
    // from one text into another.
    private let storedLength: UInt32
    private let flags: Flags

    init(range: Range<Int>, key: WordKey, tail: UInt32, isASCII: Bool, isCapitalized: Bool, hasInnerCapital: Bool,
         hasDigit: Bool, hasLetter: Bool, isAcronym: Bool, length: Int, traits: WordTraits, joiners: Joiners = []) {
        self.range = range
        self.key = key
        self.tail = tail
        self.traits = traits
        storedLength = UInt32(length)
        var flags: Flags = []
        if isASCII { flags.insert(.ascii) }
        if isCapitalized { flags.insert(.capitalized) }
        if hasInnerCapital { flags.insert(.innerCapital) }
        if hasDigit { flags.insert(.digit) }
        if hasLetter { flags.insert(.letter) }
        if isAcronym { flags.insert(.acronym) }
        if joiners.contains(.apostrophe) { flags.insert(.apostrophe) }
        if joiners.contains(.hyphen) { flags.insert(.hyphen) }
        self.flags = flags
    }

    private struct Flags: OptionSet {
        let rawValue: UInt8
        static let ascii = Flags(rawValue: 1 << 0)
        static let capitalized = Flags(rawValue: 1 << 1)
        static let innerCapital = Flags(rawValue: 1 << 2)
        static let digit = Flags(rawValue: 1 << 3)
        static let letter = Flags(rawValue: 1 << 4)
        static let acronym = Flags(rawValue: 1 << 5)
        static let apostrophe = Flags(rawValue: 1 << 6)
        static let hyphen = Flags(rawValue: 1 << 7)
    }

    /// The joiners a word holds (`don't`, `fine-tuning`), noted while it is read.
    struct Joiners: OptionSet {
        let rawValue: UInt8
        static let apostrophe = Joiners(rawValue: 1 << 0)
        static let hyphen = Joiners(rawValue: 1 << 1)

        init(rawValue: UInt8) { self.rawValue = rawValue }

        /// The joiner `byte` is, if any.
        init(byte: UInt8) {
            rawValue = byte == UInt8(ascii: "'") ? 1 : (byte == UInt8(ascii: "-") ? 2 : 0)
        }
    }

    /// Every byte is ASCII (most words), so byte tests stand for Character tests.
    var isASCII: Bool { flags.contains(.ascii) }
    var isCapitalized: Bool { flags.contains(.capitalized) }
    /// A capital after the first letter (`LeCun`, `NVIDIA`, `AlphaGo`).
    var hasInnerCapital: Bool { flags.contains(.innerCapital) }
    var hasDigit: Bool { flags.contains(.digit) }
    var hasLetter: Bool { flags.contains(.letter) }
    /// `RL`, `NVIDIA`, `LLMs`: two or more letters, all capitals but a plural `s`.
    var isAcronym: Bool { flags.contains(.acronym) }
    /// Holds an ASCII apostrophe (`don't`).
    var hasApostrophe: Bool { flags.contains(.apostrophe) }
    /// Holds a hyphen (`fine-tuning`).
    var hasHyphen: Bool { flags.contains(.hyphen) }
    /// Length in characters (UTF-8 continuation bytes not counted).
    var length: Int { Int(storedLength) }

    var isNumber: Bool { hasDigit && !hasLetter }


    var isStopWord: Bool { traits.contains(.stop) }
    /// An acronym or name written in capitals or with an inner capital (`NVIDIA`, `LeCun`, `AlphaGo`).
    var isNameLike: Bool { hasLetter && (hasInnerCapital || (isCapitalized && length > 1)) }
}

/// Tokenizing and the small word lists the generator needs.
enum Words {
    /// The words of `text` as strings (for callers that keep them).
    static func tokenize(_ text: String) -> [SpelledWord] {
        Tokens(text).spelled
    }

    /// The words of `bytes` (UTF-8). Letters, digits, and joiners inside a
    /// word (`don't`, `fine-tuning`, `12,288`, `5.8`, `$4.3`, `20%`) stay together.
    /// Also says whether every word is ASCII.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (words: [Word], isASCII: Bool) {
        let lexicon = WordTraits.lexicon // read once, not per word
        return ByteClass.table.withUnsafeBufferPointer { classes in
            var words: [Word] = []
            var isASCII = true
            words.reserveCapacity(bytes.count / 6 + 1)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    guard classes[Int(byte)] & ByteClass.word != 0 else {
                        index += 1
                        continue
                    }
                    if let (word, end) = asciiWord(bytes, from: index, classes: classes, lexicon: lexicon) {
                        words.append(word)
                        index = end
                        continue
                    }
                } else if wideCharacterWidth(bytes, at: index) == nil {
                    index += 1
                    continue
                }
                let end = wordEnd(bytes, from: index)
                let word = word(bytes, index..<end)
                isASCII = isASCII && word.isASCII
                words.append(word)
                index = end
            }
            return (words, isASCII)
        }
    }

    /// The word starting at `start`, read in one pass when it is plain ASCII
    /// (most words); nil when it runs into other characters.
    @inline(__always)
    private static func asciiWord(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                  classes: UnsafeBufferPointer<UInt8>,
                                  lexicon: WordTraits.Lexicon) -> (Word, end: Int)? {
        let first = classes[Int(bytes[start])]
        var hash = WordKey.FNV()
        var tail = UInt32(bytes[start] | (first & ByteClass.capital) << 4)
        hash.add(UInt8(truncatingIfNeeded: tail))
        var end = start + 1
        var inner: UInt8 = 0 // classes after the first byte
        var joiners: Word.Joiners = []
        while end < bytes.count {
            let byte = bytes[end]
            let kind = classes[Int(byte)]
            if kind == ByteClass.lower { // most bytes of a word: no joiner, no capital, no `%`
                hash.add(byte)
                tail = tail << 8 | UInt32(byte)
                inner |= kind
                end += 1
                continue
            }
            if kind & ByteClass.word == 0 && !(kind & ByteClass.joiner != 0 && isJoiner(bytes, at: end)) {
                if byte >= 0x80, byte != 0xE2 { return nil } // only general punctuation ends a word here
                guard byte == UInt8(ascii: "%") else { break }
            }
            let lower = byte | (kind & ByteClass.capital) << 4
            joiners.formUnion(Word.Joiners(byte: byte))
            hash.add(lower)
            tail = tail << 8 | UInt32(lower)
            inner |= kind
            end += 1
            if byte == UInt8(ascii: "%") { break }
        }
        let all = first | inner
        let word = Word(range: start..<end, key: hash.asciiKey, tail: tail, isASCII: true,
                        isCapitalized: first & ByteClass.capital != 0,
                        hasInnerCapital: inner & ByteClass.capital != 0,
                        hasDigit: all & ByteClass.digit != 0, hasLetter: all & ByteClass.letter != 0,
                        isAcronym: inner & ByteClass.capital != 0 && isAcronym(bytes[start..<end]),
                        length: end - start, traits: lexicon.traits(of: hash.asciiKey), joiners: joiners)
        return (word, end)
    }

    /// Counting ASCII letters only, as acronyms are written.
    private static func isAcronym(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var letters = 0, capitals = 0
        for byte in word where isLetter(byte) {
            letters += 1
            if byte <= 0x5A { capitals += 1 }
        }
        return isAcronym(letters: letters, capitals: capitals, plural: word.last == UInt8(ascii: "s"))
    }

    /// Where the word starting at `start` ends, with its joiners and a `%`.
    private static func wordEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard isWordCharacter(byte) || isJoiner(bytes, at: index) else { break }
                index += 1
            } else if let width = wideCharacterWidth(bytes, at: index) {
                index += width
            } else {
                break
            }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "%") { index += 1 }
        return index
    }

    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Word {
        var hash = WordKey.FNV()
        var tail: UInt32 = 0
        var letters = 0, capitals = 0, length = 0
        var hasDigit = false, innerCapital = false, ascii = true
        var joiners: Word.Joiners = []
        for position in range {
            let byte = bytes[position]
            joiners.formUnion(Word.Joiners(byte: byte))
            if byte >= 0x80 {
                ascii = false
                if byte & 0xC0 != 0x80 { length += 1 }
                continue
            }
            length += 1
            let capital = byte &- 0x41 < 26
            if capital {
                capitals += 1
                if position > range.lowerBound { innerCapital = true }
            }
            if capital || byte &- 0x61 < 26 { letters += 1 }
            if byte &- 0x30 < 10 { hasDigit = true }
            let lower = capital ? byte | 0x20 : byte
            hash.add(lower)
            tail = tail << 8 | UInt32(lower)
        }
        let hasLetter = letters > 0 || !ascii
        if ascii {
            let plural = bytes[range.upperBound - 1] == UInt8(ascii: "s")
            return Word(range: range, key: hash.asciiKey, tail: tail, isASCII: true,
                        isCapitalized: bytes[range.lowerBound] &- 0x41 < 26, hasInnerCapital: innerCapital,
                        hasDigit: hasDigit, hasLetter: hasLetter,
                        isAcronym: isAcronym(letters: letters, capitals: capitals, plural: plural), length: length,
                        traits: WordTraits(hash.asciiKey), joiners: joiners)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        innerCapital = innerCapital || text.unicodeScalars.dropFirst().contains { $0.properties.isUppercase }
        let key = WordKey(lowercase: text.lowercased())
        return Word(range: range, key: key, tail: 0, isASCII: false,
                    isCapitalized: text.unicodeScalars.first?.properties.isUppercase ?? false,
                    hasInnerCapital: innerCapital, hasDigit: hasDigit, hasLetter: hasLetter,
                    isAcronym: isAcronym(letters: letters, capitals: capitals, plural: text.hasSuffix("s")),
                    length: length, traits: WordTraits(key), joiners: joiners)
    }

    /// Counting ASCII letters only, as acronyms are written.
    private static func isAcronym(letters: Int, capitals: Int, plural: Bool) -> Bool {
        capitals >= 2 && (capitals == letters || (capitals == letters - 1 && plural))
    }

    /// An ASCII letter or digit, or `$`.
    private static func isWordCharacter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 || byte == UInt8(ascii: "$")
    }

    /// What the tokenizer needs to know of each byte: bit sets, none for bytes beyond ASCII.
    private enum ByteClass {
        static let lower: UInt8 = 1, capital: UInt8 = 2, digit: UInt8 = 4, dollar: UInt8 = 8, joiner: UInt8 = 16
        static let letter = lower | capital
        static let word = letter | digit | dollar

        static let table: [UInt8] = (0..<256).map { value in
            guard value < 0x80 else { return 0 }
            let byte = UInt8(value)
            if byte &- 0x61 < 26 { return lower }
            if byte &- 0x41 < 26 { return capital }
            if byte &- 0x30 < 10 { return digit }
            if byte == UInt8(ascii: "$") { return dollar }
            return "-'.,".utf8.contains(byte) ? joiner : 0
        }
    }

    /// Width in bytes of a letter or digit beyond ASCII at `index`, or nil.
    private static func wideCharacterWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        // general punctuation (quotes, dashes, ellipsis), or the middle of a skipped character
        if byte == 0xE2 || byte & 0xC0 == 0x80 { return nil }
        var end = index + 1
        var value = UInt32(byte) & (byte >= 0xF0 ? 0x07 : (byte >= 0xE0 ? 0x0F : 0x1F))
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 {
            value = value << 6 | UInt32(bytes[end] & 0x3F)
            end += 1
        }
        guard let scalar = Unicode.Scalar(value),
              scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        else { return nil }
        return end - index
    }

    /// `-` and `'` between two word characters; `.` and `,` between digits.
    private static func isJoiner(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        guard index > 0, index + 1 < bytes.count else { return false }
        let before = bytes[index - 1], after = bytes[index + 1]
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "'"):
            return isWordByte(before) && isWordByte(after)
        case UInt8(ascii: "."), UInt8(ascii: ","):
            return isDigit(before) && isDigit(after)
        default:
            return false
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Function words: never a cloze answer, never proof that an answer was given away.
    static let stop = WordSet([
        "a", "an", "the", "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at", "to", "for", "from",
        "by", "with", "without", "about", "as", "into", "onto", "over", "under", "than", "then", "that", "this",
        "these", "those", "there", "here", "it", "its", "it's", "they", "them", "their", "theirs", "he", "him",
        "his", "she", "her", "hers", "we", "us", "our", "you", "your", "i", "me", "my", "is", "are", "was",
        "were", "be", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had", "having", "can",
        "could", "will", "would", "shall", "should", "may", "might", "must", "not", "no", "yes", "if", "when",
        "while", "where", "which", "who", "whom", "whose", "what", "why", "how", "all", "any", "each", "every",
        "some", "such", "both", "either", "neither", "one", "ones", "other", "others", "another", "more", "most",
        "less", "least", "much", "many", "few", "very", "also", "just", "only", "even", "still", "too", "again",
        "often", "well", "like", "via", "per", "up", "down", "out", "off", "through", "between", "among",
        "across", "after", "before", "during", "because", "since", "until", "unless", "although", "though",
        "however", "therefore", "thus", "whether", "once", "own", "same", "itself", "themselves", "e.g", "i.e",
        "etc", "vs", "rather", "instead", "whereas", "upon", "within", "along", "around", "against", "toward",
        "towards", "beyond", "behind", "above", "below", "never", "always", "something", "anything", "nothing",
        "everything", "someone", "anyone", "way", "ways", "thing", "things", "lot", "lots", "kind", "type",
        "part", "able", "being", "let", "lets", "make", "makes", "made", "get", "gets", "got", "use", "used",
        "uses", "using", "new", "first", "last", "next", "now", "then", "own", "certain", "particular",
        "specific", "various", "several", "often", "typically", "generally", "usually", "really", "actually",
    ])

    /// Words that are poor answers even when long: vague nouns and filler.
    static let vague = WordSet([
        "approach", "approaches", "process", "processes", "concept", "concepts", "idea", "ideas", "aspect",
        "aspects", "example", "examples", "instance", "case", "cases", "factor", "factors", "element",
        "elements", "effect", "effects", "result", "results", "number", "numbers", "point", "points",
        "problem", "problems", "issue", "issues", "area", "areas", "field", "fields", "article", "video",
        "discussion", "overview", "important", "significant", "significantly", "particularly", "essentially",
        "relatively", "different", "similar", "potentially", "possible", "various", "respectively",
        "additionally", "furthermore", "moreover", "including", "includes", "include", "involves", "involve",
        "allows", "allow", "enables", "enable", "provides", "provide", "becomes", "become", "remains",
        "remain", "considered", "seen", "known", "called", "referred", "described", "explores", "highlights",
        "highlighted", "demonstrates", "suggests", "shows", "showed", "leads", "lead", "leading",
    ])

    /// Words that open a sentence leaning on the one before it.
    static let anaphoric = WordSet([
        "this", "these", "that", "those", "it", "its", "they", "their", "such", "he", "she", "his", "her",
        "here", "however", "consequently", "therefore", "thus", "similarly", "instead", "moreover",
        "furthermore", "additionally", "also", "likewise", "conversely", "hence", "meanwhile", "even",
    ])

    /// Number words that belong with the number they follow.
    static let magnitudes = WordSet([
        "hundred", "thousand", "million", "billion", "trillion", "percent", "times", "x",
    ])
}
