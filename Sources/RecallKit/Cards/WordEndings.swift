/// The endings the keyword rules weigh, read at once from a word's last bytes.
struct WordEndings: OptionSet {
    let rawValue: UInt8

    static let ly = WordEndings(rawValue: 1 << 0)
    static let ing = WordEndings(rawValue: 1 << 1)
    /// `-ed`, `-ize`, `-ise`, `-ate`.
    static let verbal = WordEndings(rawValue: 1 << 2)
    /// `-ic`, `-ive`, `-ous`, `-al`, `-ful`, `-less`, `-able`, `-ible`, `-ant`, `-ent`.
    static let adjectival = WordEndings(rawValue: 1 << 3)
    /// `-tion`, `-ment`, `-ness`, `-ity`, `-ism`, `-ogy` and the like.
    static let noun = WordEndings(rawValue: 1 << 4)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The endings of a word of `tokens`.
    init(_ word: Word, in tokens: Tokens) {
        self = Self.ascii.endings(of: word, in: tokens)
    }

    /// The endings of a word beyond ASCII, read on its lowercase string.
    fileprivate static func endings(ofLowercase lower: String) -> WordEndings {
        var endings: WordEndings = []
        for (ending, kind) in table where lower.hasSuffix(ending.text) { endings.insert(kind) }
        return endings
    }

    /// The endings in order of their last letter, and where each letter's
    /// run starts (`firstByLastByte[byte]..<firstByLastByte[byte + 1]`): an
    /// ASCII word is checked against the few ending in its own last letter.
    /// Rules reading many words keep one `Table` (`ascii`) at hand.
    struct Table: Sendable {
        private let sorted = WordEndings.table.sorted { $0.0.lastByte < $1.0.lastByte }
        private let firstByLastByte: [Int]

        init() {
            let sorted = sorted
            firstByLastByte = (0...128).map { byte in sorted.firstIndex { Int($0.0.lastByte) >= byte } ?? sorted.count }
        }

        /// The endings of a word of `tokens`: on its tail when it is ASCII.
        func endings(of word: Word, in tokens: Tokens) -> WordEndings {
            word.isASCII ? endings(ofTail: word.tail) : WordEndings.endings(ofLowercase: tokens.lower(word))
        }

        /// The endings of an ASCII word whose `Word.tail` is `tail`.
        private func endings(ofTail tail: UInt32) -> WordEndings {
            var endings: WordEndings = []
            let last = Int(tail & 0x7F)
            sorted.withUnsafeBufferPointer { sorted in
                firstByLastByte.withUnsafeBufferPointer { first in
                    for index in first[last]..<first[last + 1] where sorted[index].0.matches(tail) {
                        endings.insert(sorted[index].1)
                    }
                }
            }
            return endings
        }
    }

    static let ascii = Table()

    fileprivate static let table: [(WordEnding, WordEndings)] = {
        let groups: [(WordEndings, [String])] = [
            (.ly, ["ly"]), (.ing, ["ing"]), (.verbal, ["ed", "ize", "ise", "ate"]),
            (.adjectival, ["ic", "ive", "ous", "al", "ful", "less", "able", "ible", "ant", "ent"]),
            (.noun, ["tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ist", "ogy", "ics", "sis", "ure"]),
        ]
        return groups.flatMap { kind, endings in endings.map { (WordEnding($0), kind) } }
    }()
}
