/// UTF-8 text read byte by byte where the parser means Characters.
///
/// Markdown syntax compares Characters with ASCII literals (`#`, `>`, ` `).
/// An ASCII byte is such a Character unless the scalar after it extends it
/// (a combining mark, a joiner) or the scalar before it is a prepended mark;
/// the scalars that can do so are found once, so text without them (almost
/// all notes) needs no further check.
struct TextBytes {
    let bytes: [UInt8]
    /// Scalars of the text that join the ASCII character before them.
    private let extenders: [UInt32]
    /// Scalars of the text that join the ASCII character after them.
    private let prependers: [UInt32]
    /// The text holds no scalar that joins an ASCII character (almost every note).
    private let joinsNothing: Bool

    /// `joinsNothing`: the caller knows every scalar of the text to be one
    /// that never joins an ASCII character, so there is nothing to look for.
    init(_ bytes: [UInt8], joinsNothing known: Bool = false) {
        self.bytes = bytes
        if known {
            (extenders, prependers, joinsNothing) = ([], [], true)
            return
        }
        var extenders: [UInt32] = [], prependers: [UInt32] = [], seen: Set<UInt32> = []
        bytes.withUnsafeBufferPointer { buffer in
            var next = ByteScan.firstNonASCII(in: buffer)
            while let index = next {
                let (value, width) = Self.scalar(in: buffer, at: index)
                next = ByteScan.firstNonASCII(in: buffer, from: index + width)
                guard !Grapheme.neverJoinsASCII(value), seen.insert(value).inserted else { continue }
                if Grapheme.extendsASCII(value) { extenders.append(value) }
                if Grapheme.prependsToASCII(value) { prependers.append(value) }
            }
        }
        self.extenders = extenders
        self.prependers = prependers
        joinsNothing = extenders.isEmpty && prependers.isEmpty
    }

    var count: Int { bytes.count }

    subscript(index: Int) -> UInt8 { bytes[index] }

    /// Whether the Character at `index` is the ASCII character `byte` alone.
    func isCharacter(_ byte: UInt8, at index: Int) -> Bool {
        bytes[index] == byte && standsAlone(index)
    }

    /// Whether the ASCII byte at `index` is a Character of its own.
    func standsAlone(_ index: Int) -> Bool {
        if joinsNothing { return true }
        let byte = bytes[index]
        if byte < 0x20 || byte == 0x7F { return true } // controls never join
        if index + 1 < bytes.count, bytes[index + 1] >= 0x80,
           extenders.contains(Self.scalar(in: bytes, at: index + 1).value) { return false }
        if index > 0, bytes[index - 1] >= 0x80, prependers.contains(scalarEnding(at: index).value) { return false }
        return true
    }

    /// A space or tab Character.
    func isBlank(at index: Int) -> Bool {
        (bytes[index] == 0x20 || bytes[index] == 0x09) && standsAlone(index)
    }

    /// `range` without leading and trailing spaces and tabs.
    func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isBlank(at: lower) { lower += 1 }
        while upper > lower, isBlank(at: upper - 1) { upper -= 1 }
        return lower..<upper
    }

    /// Whether `range` starts with the Characters of `pattern`: ASCII, or
    /// punctuation such as `–` that nothing but a combining mark joins.
    func hasPrefix(_ pattern: [UInt8], in range: Range<Int>) -> Bool {
        let start = range.lowerBound, end = range.lowerBound + pattern.count
        guard end <= range.upperBound else { return false }
        if let head = pattern.first, bytes[start] != head { return false } // most calls end here
        guard bytes[start..<end].elementsEqual(pattern) else { return false }
        for offset in pattern.indices where pattern[offset] < 0x80 && !standsAlone(start + offset) {
            return false
        }
        if let last = pattern.last, last >= 0x80, end < bytes.count, bytes[end] >= 0x80,
           extenders.contains(Self.scalar(in: bytes, at: end).value) { return false }
        return true
    }

    /// Words of `range` split at spaces, as `split(separator: " ")` counts
    /// them; counting stops at `limit` (so `min(count, limit)`), for callers
    /// that only ask whether there are so many.
    func wordCount(in range: Range<Int>, upTo limit: Int = .max) -> Int {
        var count = 0
        var inWord = false
        for index in range {
            if isCharacter(0x20, at: index) {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
                if count == limit { break }
            }
        }
        return count
    }

    /// The first position in `range` holding the ASCII character `byte`.
    func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            if bytes[index] == byte, standsAlone(index) { return index }
            index += 1
        }
        return nil
    }

    /// The first place in `range` where the ASCII characters of `pattern` occur.
    func firstRange(of pattern: [UInt8], in range: Range<Int>) -> Range<Int>? {
        guard let head = pattern.first, pattern.count <= range.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            let window = UnsafeBufferPointer(rebasing: buffer[..<range.upperBound])
            var index = range.lowerBound
            while let found = ByteScan.firstIndex(of: head, in: window, from: index),
                  found + pattern.count <= range.upperBound {
                if hasPrefix(pattern, in: found..<range.upperBound) { return found..<(found + pattern.count) }
                index = found + 1
            }
            return nil
        }
    }

    /// Whether `range` holds a byte that is not ASCII.
    func hasNonASCII(in range: Range<Int>) -> Bool {
        bytes[range].contains { $0 >= 0x80 }
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The scalar starting at `index` and its width in bytes.
    static func scalar(in bytes: [UInt8], at index: Int) -> (value: UInt32, width: Int) {
        bytes.withUnsafeBufferPointer { scalar(in: $0, at: index) }
    }

    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, width: Int) {
        let lead = bytes[index]
        var value = UInt32(lead) & (lead >= 0xF0 ? 0x07 : (lead >= 0xE0 ? 0x0F : 0x1F))
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 {
            value = value << 6 | UInt32(bytes[end] & 0x3F)
            end += 1
        }
        return (value, end - index)
    }

    /// The scalar whose last byte is just before `index`.
    private func scalarEnding(at index: Int) -> (value: UInt32, width: Int) {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return Self.scalar(in: bytes, at: start)
    }
}

/// How a scalar beside an ASCII character clusters with it, asked of the
/// standard library itself so Character iteration and byte reading agree.
enum Grapheme {
    /// Ranges known to hold no extenders or prepended marks: Latin, Greek,
    /// most Cyrillic, general punctuation, kana, CJK ideographs, Hangul.
    static func neverJoinsASCII(_ value: UInt32) -> Bool {
        value < 0x300 || (0x370..<0x483).contains(value) || (0x2010..<0x2028).contains(value)
            || (0x2030..<0x205F).contains(value) || (0x3040..<0x3099).contains(value)
            || (0x4E00..<0xA000).contains(value) || (0xAC00..<0xD7A4).contains(value)
    }

    /// `a` and the scalar make one Character: a combining mark, a joiner, a spacing mark.
    static func extendsASCII(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        var probe = "a"
        probe.unicodeScalars.append(scalar)
        return probe.count == 1
    }

    /// The scalar and `a` make one Character: a prepended concatenation mark.
    static func prependsToASCII(_ value: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(value) else { return false }
        var probe = String(Character(scalar))
        probe.append("a")
        return probe.count == 1
    }
}
