/// A word of a sentence: its UTF-8 range in the sentence and its lowercase form.
struct Word: Hashable {
    let range: Range<Int>
    let text: String
    let lower: String
    let isCapitalized: Bool
    /// A capital after the first letter (`LeCun`, `NVIDIA`, `AlphaGo`).
    let hasInnerCapital: Bool
    let hasDigit: Bool
    let hasLetter: Bool
    /// Length in characters (UTF-8 continuation bytes not counted).
    let length: Int

    var isNumber: Bool { hasDigit && !hasLetter }
    var isStopWord: Bool { Words.stop.contains(lower) }
    /// An acronym or name written in capitals or with an inner capital (`NVIDIA`, `LeCun`, `AlphaGo`).
    var isNameLike: Bool { hasLetter && (hasInnerCapital || (isCapitalized && length > 1)) }
}

/// Tokenizing and the small word lists the generator needs.
enum Words {
    /// The words of `text`. Letters, digits, and joiners inside a word
    /// (`don't`, `fine-tuning`, `12,288`, `5.8`, `$4.3`, `20%`) stay together.
    static func tokenize(_ text: String) -> [Word] {
        var copy = text
        return copy.withUTF8 { bytes in
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
                words.append(word(bytes, start..<index))
            }
            return words
        }
    }

    private static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Word {
        var hasDigit = false, hasLetter = false, innerCapital = false, ascii = true, length = 0
        for position in range {
            let byte = bytes[position]
            if byte & 0xC0 != 0x80 { length += 1 }
            if byte >= 0x80 { ascii = false; hasLetter = true; continue }
            if byte >= 0x30 && byte <= 0x39 { hasDigit = true }
            if isLetter(byte) { hasLetter = true }
            if position > range.lowerBound, byte >= 0x41, byte <= 0x5A { innerCapital = true }
        }
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        let text = String(decoding: slice, as: UTF8.self)
        let lower: String
        let capitalized: Bool
        if ascii {
            lower = String(decoding: slice.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
            capitalized = slice[0] >= 0x41 && slice[0] <= 0x5A
        } else {
            lower = text.lowercased()
            capitalized = text.unicodeScalars.first?.properties.isUppercase ?? false
            innerCapital = innerCapital || text.unicodeScalars.dropFirst().contains { $0.properties.isUppercase }
        }
        return Word(range: range, text: text, lower: lower, isCapitalized: capitalized, hasInnerCapital: innerCapital,
                    hasDigit: hasDigit, hasLetter: hasLetter, length: length)
    }

    /// Width in bytes of a letter or digit at `index`, or nil.
    private static func wordCharacterWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        if byte < 0x80 {
            return isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "$") ? 1 : nil
        }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        if byte == 0xE2 { return nil } // general punctuation: quotes, dashes, ellipsis
        guard let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
                .unicodeScalars.first,
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
