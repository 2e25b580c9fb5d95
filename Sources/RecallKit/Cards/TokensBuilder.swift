/// Builds a text from parts whose words are already known (a card's
/// context, its opening, the sentence around the gap), so the joined text
/// is not tokenized again. Parts are joined by separators (a line break, a
/// space, the gap) that hold no word and end every word beside them, and a
/// part taken from a longer text must be cut where no word runs across
/// (`Tokens.canCut`).
struct TokensBuilder {
    private(set) var bytes: [UInt8] = []
    private var words: [Word] = []
    /// Every word appended so far is ASCII.
    private var isASCII = true

    /// Room for exactly so many bytes and words.
    init(bytes: Int, words: Int) {
        self.bytes.reserveCapacity(bytes)
        self.words.reserveCapacity(words)
    }

    /// The same in buffers already allocated (emptied, see `TokensPool`).
    init(bytes: [UInt8], words: [Word], reserving room: (bytes: Int, words: Int)) {
        self.bytes = bytes
        self.words = words
        self.bytes.reserveCapacity(room.bytes)
        self.words.reserveCapacity(room.words)
    }

    /// `range` of `tokens` on its own (cut where no word runs across), in
    /// buffers of its exact size; `words`, when known, are the indices of
    /// the words starting in `range`.
    static func part(of tokens: Tokens, _ range: Range<Int>, words: Range<Int>? = nil) -> Tokens {
        part(of: tokens, range, words: words) { TokensBuilder(bytes: $0, words: $1) }
    }

    /// The same in the builder `make` gives for so many bytes and words;
    /// `words`, when known, are the indices of the words starting in `range`.
    static func part(of tokens: Tokens, _ range: Range<Int>, words: Range<Int>? = nil,
                     in make: (_ bytes: Int, _ words: Int) -> TokensBuilder) -> Tokens {
        let words = words ?? tokens.wordIndices(in: range)
        var builder = make(range.count, words.count)
        builder.append(tokens, range: range, words: words)
        return builder.tokens
    }

    /// Appends `range` of `tokens` (all of it by default) with its words.
    mutating func append(_ tokens: Tokens, range: Range<Int>? = nil) {
        if let range {
            append(tokens, range: range, words: tokens.wordIndices(in: range))
        } else {
            append(tokens, range: 0..<tokens.bytes.count, words: 0..<tokens.words.count)
        }
    }

    /// Appends `range` of `tokens`, whose words are `wordIndices`, moving
    /// each word's range to where its bytes land.
    mutating func append(_ tokens: Tokens, range: Range<Int>, words wordIndices: Range<Int>) {
        let shift = bytes.count - range.lowerBound, start = words.count
        tokens.words.withUnsafeBufferPointer { words.append(contentsOf: UnsafeBufferPointer(rebasing: $0[wordIndices])) }
        if shift != 0 {
            words.withUnsafeMutableBufferPointer { words in
                for index in start..<words.count { // moved within the text: no bound can overflow or cross
                    let range = words[index].range
                    words[index].range = Range(uncheckedBounds: (range.lowerBound &+ shift, range.upperBound &+ shift))
                }
            }
        }
        tokens.bytes.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[range])) }
        isASCII = isASCII && (tokens.isASCII || tokens.words[wordIndices].allSatisfy(\.isASCII))
    }

    /// Appends bytes that hold no word and end every word beside them.
    mutating func append(separator: [UInt8]) {
        bytes.append(contentsOf: separator)
    }

    var tokens: Tokens { Tokens(bytes: bytes, words: words, isASCII: isASCII) }

    static let lineBreak: [UInt8] = [0x0A]
    static let space: [UInt8] = [0x20]
}
