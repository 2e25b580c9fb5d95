/// A word of a sentence: its UTF-8 range in the sentence and its lowercase form.
struct Word: Hashable {
    let range: Range<Int>
    let text: Substring
    let lower: String
    let isCapitalized: Bool
    let hasDigit: Bool
    let hasLetter: Bool

    var isNumber: Bool { hasDigit && !hasLetter }
    var isStopWord: Bool { Words.stop.contains(lower) }
    /// An acronym or name written in capitals or with an inner capital (`NVIDIA`, `LeCun`, `AlphaGo`).
    var isNameLike: Bool {
        guard hasLetter else { return false }
        return text.dropFirst().contains { $0.isUppercase } || (isCapitalized && text.count > 1)
    }
}

/// Tokenizing and the small word lists the generator needs.
enum Words {
    /// The words of `text`. Letters, digits, and joiners inside a word
    /// (`don't`, `fine-tuning`, `12,288`, `5.8`, `$4.3`, `20%`) stay together.
    static func tokenize(_ text: String) -> [Word] {
        let bytes = Array(text.utf8)
        var words: [Word] = []
        var index = 0
        while index < bytes.count {
            guard let width = wordCharacterWidth(bytes, at: index) else {
                index += 1
                continue
            }
            let start = index
            index += width
            while index < bytes.count {
                if let next = wordCharacterWidth(bytes, at: index) {
                    index += next
                } else if isJoiner(bytes, at: index) {
                    index += 1
                } else {
                    break
                }
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "%") { index += 1 }
            words.append(word(bytes: bytes, range: start..<index, in: text))
        }
        return words
    }

    private static func word(bytes: [UInt8], range: Range<Int>, in text: String) -> Word {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let upper = utf8.index(lower, offsetBy: range.count)
        let slice = text[lower..<upper]
        var hasDigit = false, hasLetter = false
        for byte in bytes[range] {
            if byte >= 0x30 && byte <= 0x39 { hasDigit = true } else if isLetter(byte) || byte >= 0x80 { hasLetter = true }
        }
        let first = slice.first!
        return Word(range: range, text: slice, lower: slice.lowercased(), isCapitalized: first.isUppercase,
                    hasDigit: hasDigit, hasLetter: hasLetter)
    }

    /// Width in bytes of a letter or digit at `index`, or nil.
    private static func wordCharacterWidth(_ bytes: [UInt8], at index: Int) -> Int? {
        let byte = bytes[index]
        if byte < 0x80 {
            return isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "$") ? 1 : nil
        }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.first,
              scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        else { return nil }
        return end - index
    }

    /// `'`, `’`-free joiners: `-`, `'`, `.`, `,` between two word characters
    /// (`,` and `.` only between digits).
    private static func isJoiner(_ bytes: [UInt8], at index: Int) -> Bool {
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
    static let stop: Set<String> = Set([
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
    static let vague: Set<String> = Set([
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
    static let anaphoric: Set<String> = Set([
        "this", "these", "that", "those", "it", "its", "they", "their", "such", "he", "she", "his", "her",
        "here", "however", "consequently", "therefore", "thus", "similarly", "instead", "moreover",
        "furthermore", "additionally", "also", "likewise", "conversely", "hence", "meanwhile", "even",
    ])

    /// Number words that belong with the number they follow.
    static let magnitudes: Set<String> = Set([
        "hundred", "thousand", "million", "billion", "trillion", "percent", "times", "x",
    ])
}
