/// Builds a text from parts whose words are already known (a card's
/// context, its opening, the sentence around the gap), so the joined text
/// is not tokenized again. Parts are joined by separators (a line break, a
/// space, the gap) that hold no word and end every word beside them, and a
/// part taken from a longer text must be cut where no word runs across
/// (`Tokens.canCut`).
struct TokensBuilder {
    private(set) var bytes: [UInt8] = []
    private var words: [Word] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
        words.reserveCapacity(capacity / 5)
    }

    /// Room for exactly so many bytes and words.
    init(bytes: Int, words: Int) {
        self.bytes.reserveCapacity(bytes)
        self.words.reserveCapacity(words)
    }

    /// `range` of `tokens` on its own (cut where no word runs across), in
    /// buffers of its exact size.
    static func part(of tokens: Tokens, _ range: Range<Int>) -> Tokens {
        var builder = TokensBuilder(bytes: 0, words: 0) // the one append sizes them
        builder.append(tokens, range: range)
        return builder.tokens
    }

    /// Appends `range` of `tokens` (all of it by default) with its words.
    mutating func append(_ tokens: Tokens, range: Range<Int>? = nil) {
        let range = range ?? 0..<tokens.bytes.count
        let shift = bytes.count - range.lowerBound
        let first = tokens.firstWord(from: range.lowerBound), end = tokens.firstWord(from: range.upperBound)
        let start = words.count
        words += tokens.words[first..<end]
        if shift != 0 {
            words.withUnsafeMutableBufferPointer { words in
                for index in start..<words.count {
                    words[index].range = (words[index].range.lowerBound + shift)..<(words[index].range.upperBound + shift)
                }
            }
        }
        bytes.append(contentsOf: tokens.bytes[range])
    }

    /// Appends bytes that hold no word and end every word beside them.
    mutating func append(separator: [UInt8]) {
        bytes.append(contentsOf: separator)
    }

    var tokens: Tokens { Tokens(bytes: bytes, words: words) }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    static let lineBreak: [UInt8] = [0x0A]
    static let space: [UInt8] = [0x20]
}
