/// A text cut into words once, with the bytes its words point into: every
/// rule that reads the same text shares one tokenizing.
struct Tokens {
    let bytes: [UInt8]
    let words: [Word]
    /// Every word is ASCII, so byte rules need no Unicode fallback.
    let isASCII: Bool

    init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        (words, isASCII) = bytes.withUnsafeBufferPointer(Words.scan)
    }

    /// Bytes and the words already found in them (see `TokensBuilder`).
    init(bytes: [UInt8], words: [Word]) {
        self.bytes = bytes
        self.words = words
        isASCII = words.allSatisfy(\.isASCII)
    }

    /// Bytes, their words, and whether every word is ASCII, all already known.
    init(bytes: [UInt8], words: [Word], isASCII: Bool) {
        self.bytes = bytes
        self.words = words
        self.isASCII = isASCII
    }

    /// Whether the text can be cut at `offset` without changing its words:
    /// no word runs across it, and none ends there with a joiner it keeps
    /// only for what follows (`GPT-` before `‍3`). Which bytes make a word
    /// depends only on the bytes of that word and the ones beside it, so
    /// each part then tokenizes to exactly its share of the words.
    func canCut(at offset: Int) -> Bool {
        guard offset > 0, offset < bytes.count else { return true }
        return canCut(at: offset, before: firstWord(from: offset))
    }

    /// The indices of the words of `range` when the text can be cut at both
    /// its ends (`canCut`), each end's word found once; nil otherwise.
    func wordsOfCut(_ range: Range<Int>) -> Range<Int>? {
        let first = firstWord(from: range.lowerBound), end = firstWord(from: range.upperBound)
        guard canCut(at: range.lowerBound, before: first), canCut(at: range.upperBound, before: end) else { return nil }
        return first..<end
    }

    /// `canCut(at: offset)` when `index`, the first word starting at or
    /// after `offset`, is known.
    private func canCut(at offset: Int, before index: Int) -> Bool {
        guard offset > 0, offset < bytes.count else { return true }
        guard bytes[offset] & 0xC0 != 0x80 else { return false } // inside a character
        guard index > 0 else { return true }
        let end = words[index - 1].range.upperBound
        return end < offset || (end == offset && !"-'.,".utf8.contains(bytes[offset - 1]))
    }

    /// Whether these are the words of `text` (its bytes are these bytes).
    func spells(_ text: String) -> Bool {
        guard text.utf8.count == bytes.count else { return false }
        return text.utf8.withContiguousStorageIfAvailable { text in
            bytes.withUnsafeBufferPointer { ByteScan.equal($0, text) }
        } ?? bytes.elementsEqual(text.utf8)
    }

    /// The word as written.
    func text(_ word: Word) -> String {
        String(decoding: bytes[word.range], as: UTF8.self)
    }

    /// The word in lowercase, as a string (for rules beyond ASCII).
    func lower(_ word: Word) -> String {
        if word.isASCII { return String(decoding: bytes[word.range].map(WordKey.fold), as: UTF8.self) }
        return text(word).lowercased()
    }

    /// Whether the lowercase word ends with `ending`.
    func word(_ word: Word, endsWith ending: WordEnding) -> Bool {
        word.isASCII ? ending.matches(word.tail) : lower(word).hasSuffix(ending.text)
    }

    /// Whether the word holds the ASCII byte `byte`.
    func word(_ word: Word, contains byte: UInt8) -> Bool {
        bytes[word.range].contains(byte)
    }

    /// Indices of the words starting in `range`.
    func wordIndices(in range: Range<Int>) -> Range<Int> {
        let first = firstWord(from: range.lowerBound)
        return first..<max(first, firstWord(from: range.upperBound))
    }

    /// Index of the first word starting at or after `offset`.
    func firstWord(from offset: Int) -> Int {
        var low = 0, high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle].range.lowerBound < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }
}

/// A word as strings: what rules beyond ASCII, and callers outside the
/// generator, read.
struct SpelledWord {
    let text: String
    let lower: String
    let isCapitalized: Bool
}

extension Tokens {
    var spelled: [SpelledWord] {
        words.map { SpelledWord(text: text($0), lower: lower($0), isCapitalized: $0.isCapitalized) }
    }
}

/// An ending of lowercase words (`ing`, `tion`): up to four ASCII letters,
/// matched against `Word.tail` in one comparison.
struct WordEnding: Sendable {
    private let value: UInt32
    private let mask: UInt32

    init(_ text: String) {
        precondition(text.utf8.count <= 4 && text.utf8.allSatisfy { $0 > 0 && $0 < 0x80 })
        value = text.utf8.reduce(0) { $0 << 8 | UInt32($1) }
        mask = text.utf8.count == 4 ? .max : (1 << (8 * UInt32(text.utf8.count))) - 1
    }

    func matches(_ tail: UInt32) -> Bool { tail & mask == value }

    var lastByte: UInt8 { UInt8(truncatingIfNeeded: value) }

    /// The ending as a string (for words beyond ASCII).
    var text: String {
        let bytes = stride(from: 24, through: 0, by: -8).map { UInt8(truncatingIfNeeded: value >> UInt32($0)) }
        return String(decoding: bytes.filter { $0 != 0 }, as: UTF8.self)
    }
}
