/// A sentence of a block with the anchors it carries.
public struct Sentence: Sendable, Hashable {
    public var text: String
    public var anchors: [Anchor]
    /// UTF-8 ranges of `text` that were code spans.
    public var codeRanges: [Range<Int>]
}

/// Splits block text into sentences at `.`, `!` and `?` followed by a new
/// sentence, not at abbreviations (`e.g.`, `Dr.`), initials or decimals, and
/// gives each anchor to the sentence it closes: an anchor written just after
/// a full stop belongs to the sentence before it.
enum SentenceSplitter {
    static func split(_ inline: InlineText) -> [Sentence] {
        let bytes = Array(inline.text.utf8)
        var bounds = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"),
               let end = boundary(in: bytes, after: index) {
                bounds.append(end)
                index = end
            } else {
                index += 1
            }
        }
        bounds.append(bytes.count)
        var sentences: [(range: Range<Int>, anchors: [Anchor])] = []
        for pair in zip(bounds, bounds.dropFirst()) where pair.0 < pair.1 {
            sentences.append((pair.0..<pair.1, []))
        }
        for placed in inline.anchors {
            guard var target = sentences.lastIndex(where: { $0.range.lowerBound <= placed.offset }) else {
                if !sentences.isEmpty { sentences[0].anchors.append(placed.anchor) }
                continue
            }
            let lead = bytes[sentences[target].range.lowerBound..<min(placed.offset, bytes.count)]
            if target > 0, lead.allSatisfy(isSpace) { target -= 1 }
            sentences[target].anchors.append(placed.anchor)
        }
        return sentences.compactMap { sentence($0.range, $0.anchors, bytes: bytes, code: inline.codeRanges) }
    }

    private static func sentence(_ range: Range<Int>, _ anchors: [Anchor], bytes: [UInt8],
                                 code: [Range<Int>]) -> Sentence? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        guard lower < upper else { return nil }
        let local = code.compactMap { span -> Range<Int>? in
            let clamped = span.clamped(to: lower..<upper)
            return clamped.isEmpty ? nil : (clamped.lowerBound - lower)..<(clamped.upperBound - lower)
        }
        return Sentence(text: String(decoding: bytes[lower..<upper], as: UTF8.self), anchors: anchors, codeRanges: local)
    }

    /// Where the next sentence starts when the mark at `index` ends one.
    private static func boundary(in bytes: [UInt8], after index: Int) -> Int? {
        var end = index + 1
        while end < bytes.count, let width = closerWidth(bytes, at: end) { end += width }
        if end >= bytes.count { return bytes.count }
        guard isSpace(bytes[end]) else { return nil }
        var next = end
        while next < bytes.count, isSpace(bytes[next]) { next += 1 }
        guard next < bytes.count, startsSentence(bytes, at: next) else { return nil }
        if bytes[index] == UInt8(ascii: "."), isAbbreviation(bytes, endingAt: index) { return nil }
        if bytes[index] == UInt8(ascii: "."), index >= 2, bytes[index - 1] == UInt8(ascii: "."),
           bytes[index - 2] == UInt8(ascii: ".") { return nil }
        return end
    }

    /// Closing quotes and brackets that stay with the sentence they end.
    private static func closerWidth(_ bytes: [UInt8], at index: Int) -> Int? {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")")
            || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "*") {
            return 1
        }
        // ’ ” (E2 80 99 / E2 80 9D) and » (C2 BB)
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
           bytes[index + 2] == 0x99 || bytes[index + 2] == 0x9D {
            return 3
        }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xBB { return 2 }
        return nil
    }

    private static func startsSentence(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return true }
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return true }
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "'")
            || byte == UInt8(ascii: "[") { return true }
        return byte >= 0xC3 // “, accented capitals, other scripts
    }

    private static let abbreviations: Set<String> = [
        "e.g", "i.e", "eg", "ie", "vs", "etc.,", "cf", "al", "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr",
        "fig", "no", "approx", "inc", "ltd", "co", "ca", "u.s", "u.k", "p", "pp", "vol", "ch", "sec", "min",
    ]

    private static func isAbbreviation(_ bytes: [UInt8], endingAt dot: Int) -> Bool {
        var start = dot
        while start > 0, !isSpace(bytes[start - 1]), bytes[start - 1] != UInt8(ascii: "(") { start -= 1 }
        let word = bytes[start..<dot]
        if word.count == 1, let letter = word.first, letter >= UInt8(ascii: "A"), letter <= UInt8(ascii: "Z") {
            return true // an initial: "J. Smith"
        }
        let lowered = String(decoding: word.map { $0 | (isLetter($0) ? 0x20 : 0) }, as: UTF8.self)
        return abbreviations.contains(lowered)
    }
}
