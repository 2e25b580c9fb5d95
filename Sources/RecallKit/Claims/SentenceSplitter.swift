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
    /// A sentence of a block without its text: its UTF-8 range in the
    /// block's text, the anchors it carries, and its code spans (as ranges of
    /// its own text). `text(_:of:)` makes the text when it is needed; most
    /// sentences without anchors make no claim, and their text is never read.
    struct Located {
        let range: Range<Int>
        let anchors: [Anchor]
        let codeRanges: [Range<Int>]
    }

    static func split(_ inline: InlineText) -> [Sentence] {
        locate(inline).map { Sentence(text: text($0.range, of: inline.text), anchors: $0.anchors, codeRanges: $0.codeRanges) }
    }

    static func locate(_ inline: InlineText) -> [Located] {
        var ranges: [Range<Int>] = [], located: [Located] = []
        locate(inline, ranges: &ranges, into: &located)
        return located
    }

    /// The text of the sentence at `range` of a block's text. A sentence
    /// starts and ends beside a space or an end of the text, so its bytes are
    /// whole characters of a valid string: copied without a second check.
    static func text(_ range: Range<Int>, of text: String) -> String {
        var text = text
        return text.withUTF8 { String(validUTF8: UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The same, written over `located`, with the buffer for the sentences'
    /// raw ranges reused from call to call.
    static func locate(_ inline: InlineText, ranges scratch: inout [Range<Int>], into located: inout [Located]) {
        empty(&located)
        var text = inline.text
        let placed = inline.anchors
        text.withUTF8 { bytes in
            sentenceRanges(in: bytes, into: &scratch)
            let ranges = scratch
            // The sentence of each anchor, kept on the stack.
            withUnsafeTemporaryAllocation(of: Int.self, capacity: placed.count) { targets in
                // A parsed block's anchors stand in the order of their
                // offsets, so their sentences come in order too, and each
                // sentence's anchors are the run from `next`.
                var inOrder = true
                for (index, anchor) in placed.enumerated() {
                    targets[index] = target(of: anchor.offset, among: ranges, in: bytes)
                    if index > 0, targets[index] < targets[index - 1] { inOrder = false }
                }
                if located.capacity < ranges.count { located.reserveCapacity(ranges.count) }
                var next = 0
                for (index, range) in ranges.enumerated() {
                    let anchors: [Anchor]
                    if inOrder {
                        var end = next
                        while end < placed.count, targets[end] == index { end += 1 }
                        anchors = Self.anchors(placed, next..<end)
                        next = end
                    } else {
                        anchors = placed.indices.filter { targets[$0] == index }.map { placed[$0].anchor }
                    }
                    if let sentence = sentence(range, anchors, bytes: bytes, code: inline.codeRanges) { located.append(sentence) }
                }
            }
        }
    }

    /// The anchors of `run` of `placed`. Most sentences with anchors have one,
    /// made as an array literal: allocated at its size, without the path of
    /// growing an empty array that `reserveCapacity` takes.
    private static func anchors(_ placed: [PlacedAnchor], _ run: Range<Int>) -> [Anchor] {
        switch run.count {
        case 0: return []
        case 1: return [placed[run.lowerBound].anchor]
        default:
            var anchors: [Anchor] = []
            anchors.reserveCapacity(run.count)
            for position in run { anchors.append(placed[position].anchor) }
            return anchors
        }
    }

    /// Empties `buffer`, keeping its capacity, one element at a time from the
    /// end: a few instructions each for the few sentences of a block, where
    /// `removeAll(keepingCapacity:)` goes through `replaceSubrange` (some 270).
    private static func empty<Element>(_ buffer: inout [Element]) {
        while !buffer.isEmpty { buffer.removeLast() }
    }

    /// The ranges between sentence boundaries, none empty, written over `ranges`.
    private static func sentenceRanges(in bytes: UnsafeBufferPointer<UInt8>, into ranges: inout [Range<Int>]) {
        empty(&ranges)
        ranges.reserveCapacity(bytes.count / 64 + 1) // room for most blocks' sentences at once
        var start = 0, index = 0
        let marks = (UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"))
        while let mark = ByteScan.firstIndex(of: marks, in: bytes, from: index) {
            if let end = boundary(in: bytes, after: mark) {
                if start < end { ranges.append(start..<end) }
                start = end
                index = end
            } else {
                index = mark + 1
            }
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
    }

    /// The sentence an anchor at `offset` belongs to: the one it stands in,
    /// or the one before when only spaces come before it in its own.
    private static func target(of offset: Int, among ranges: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard var target = ranges.lastIndex(where: { $0.lowerBound <= offset }) else { return 0 }
        let lead = bytes[ranges[target].lowerBound..<min(offset, bytes.count)]
        if target > 0, lead.allSatisfy(isSpace) { target -= 1 }
        return target
    }

    /// The sentence at `range` less its surrounding spaces; nil when nothing else is left.
    private static func sentence(_ range: Range<Int>, _ anchors: [Anchor], bytes: UnsafeBufferPointer<UInt8>,
                                 code: [Range<Int>]) -> Located? {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        guard lower < upper else { return nil }
        var local: [Range<Int>] = []
        for span in code {
            let clamped = span.clamped(to: lower..<upper)
            guard !clamped.isEmpty else { continue }
            if local.isEmpty { local.reserveCapacity(code.count) } // room for all of them: one allocation
            local.append((clamped.lowerBound - lower)..<(clamped.upperBound - lower))
        }
        return Located(range: lower..<upper, anchors: anchors, codeRanges: local)
    }

    /// Where the next sentence starts when the mark at `index` ends one.
    private static func boundary(in bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Int? {
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
    private static func closerWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
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

    private static func startsSentence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return true }
        if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") { return true }
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "'")
            || byte == UInt8(ascii: "[") { return true }
        return byte >= 0xC3 // “, accented capitals, other scripts
    }

    /// Looked up by the key of the word with its ASCII capitals folded.
    private static let abbreviations: WordSet = [
        "e.g", "i.e", "eg", "ie", "vs", "etc.,", "cf", "al", "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr",
        "fig", "no", "approx", "inc", "ltd", "co", "ca", "u.s", "u.k", "p", "pp", "vol", "ch", "sec", "min",
    ]

    private static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, endingAt dot: Int) -> Bool {
        var start = dot
        while start > 0, !isSpace(bytes[start - 1]), bytes[start - 1] != UInt8(ascii: "(") { start -= 1 }
        let word = bytes[start..<dot]
        if word.count == 1, let letter = word.first, letter >= UInt8(ascii: "A"), letter <= UInt8(ascii: "Z") {
            return true // an initial: "J. Smith"
        }
        // Every abbreviation is ASCII, and no other text equals one.
        return word.allSatisfy { $0 < 0x80 } && abbreviations.contains(WordKey(foldingASCII: word))
    }
}
