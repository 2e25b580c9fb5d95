/// Turning the scanner's output into the block's text: the anchor marks
/// lifted out and the spacing and punctuation around them tidied.
extension InlineScanner {
    /// The plain text, with anchor placeholders (0x01 in `out`) lifted into
    /// offsets and the punctuation they leave behind tidied: `systems .`
    /// becomes `systems.`, and the `, ` between two anchors goes. The text is
    /// written over `out` (it never grows), which is handed back to `scratch`
    /// with the anchors.
    mutating func finish(into scratch: inout InlineScratch) -> InlineText {
        var text: [UInt8] = []
        swap(&text, &out)
        defer {
            InlineScratch.handBack(&text, to: &scratch.out)
            InlineScratch.handBack(&anchors, to: &scratch.anchors)
            InlineScratch.handBack(&codeRanges, to: &scratch.codeRanges)
        }
        if anchors.isEmpty, codeRanges.isEmpty, // no marks to lift (a stray 0x01 counts as one): kept as it is
           text.withUnsafeBufferPointer({ ByteScan.firstIndex(of: Self.anchorMark, in: $0) }) == nil {
            var length = text.count
            while length > 0, text[length - 1] == 0x20 { length -= 1 }
            return InlineText(text: String(decoding: text[..<length], as: UTF8.self))
        }
        var offsets = InlineScratch.take(&scratch.offsets)
        defer { InlineScratch.handBack(&offsets, to: &scratch.offsets) }
        var bounds: [Int] = [], landed: [Int] = []
        let hasCode = !codeRanges.isEmpty
        if hasCode {
            bounds = InlineScratch.take(&scratch.bounds)
            landed = InlineScratch.take(&scratch.landed)
            for range in codeRanges {
                bounds.append(range.lowerBound)
                bounds.append(range.upperBound)
            }
        }
        defer {
            if hasCode {
                InlineScratch.handBack(&bounds, to: &scratch.bounds)
                InlineScratch.handBack(&landed, to: &scratch.landed)
            }
        }
        var length = text.withUnsafeMutableBufferPointer {
            Self.tidy($0, offsets: &offsets, bounds: bounds, landed: &landed)
        }
        while length > 0, text[length - 1] == 0x20 { length -= 1 }
        var placed: [PlacedAnchor] = []
        if !offsets.isEmpty { placed.reserveCapacity(offsets.count) }
        // As `zip(offsets, anchors)` would pair them (a stray 0x01 in a code span is a mark with no anchor).
        for index in 0..<min(offsets.count, anchors.count) {
            placed.append(PlacedAnchor(offset: min(offsets[index], length), anchor: anchors[index]))
        }
        var code: [Range<Int>] = []
        if !codeRanges.isEmpty { code.reserveCapacity(codeRanges.count) } // at most one each: one allocation
        for index in codeRanges.indices where 2 * index + 1 < landed.count {
            let (lower, upper) = (landed[2 * index], landed[2 * index + 1])
            guard lower <= upper else { continue }
            let mapped = (lower..<upper).clamped(to: 0..<length)
            if !mapped.isEmpty { code.append(mapped) }
        }
        return InlineText(text: String(decoding: text[..<length], as: UTF8.self), anchors: placed, codeRanges: code)
    }

    /// Rewrites `text` from its start without the anchor marks, noting the
    /// offset of each, and where each place of `bounds` (ascending) lands;
    /// returns the length kept.
    private static func tidy(_ text: UnsafeMutableBufferPointer<UInt8>, offsets: inout [Int],
                             bounds: [Int], landed: inout [Int]) -> Int {
        var length = 0 // bytes of `text` kept so far, written from its start
        var afterAnchor = false
        var position = 0
        var next = 0 // the first of `bounds` not reached yet
        while position < text.count {
            while next < bounds.count, bounds[next] <= position {
                landed.append(length)
                next += 1
            }
            let limit = next < bounds.count ? bounds[next] : text.count
            if !afterAnchor, let end = plainRun(in: text, from: position, to: limit) {
                if length != position { moveBack(text, from: position..<end, to: length) }
                length += end - position
                position = end
                continue
            }
            let byte = text[position]
            position += 1
            if byte == anchorMark {
                offsets.append(length)
                afterAnchor = true
            } else if byte == 0x20 {
                if length > 0, text[length - 1] != 0x20 {
                    text[length] = byte
                    length += 1
                }
            } else if afterAnchor && (byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";"))
                        && separatesAnchors(in: text, from: position) {
                continue
            } else {
                if afterAnchor, isClosingPunctuation(byte), length > 0, text[length - 1] == 0x20 {
                    length -= 1
                    for index in offsets.indices where offsets[index] > length { offsets[index] = length }
                }
                if !isClosingPunctuation(byte) { afterAnchor = false }
                text[length] = byte
                length += 1
            }
        }
        while next < bounds.count {
            landed.append(length)
            next += 1
        }
        return length
    }

    static let anchorMark: UInt8 = 0x01

    /// Copies `range` of `bytes` to start at `target`, an earlier place (the
    /// two may overlap: `update(from:count:)` copies as `memmove` does).
    private static func moveBack(_ bytes: UnsafeMutableBufferPointer<UInt8>, from range: Range<Int>, to target: Int) {
        guard let base = bytes.baseAddress, !range.isEmpty else { return }
        precondition(target >= 0 && target <= range.lowerBound && range.upperBound <= bytes.count)
        (base + target).update(from: base + range.lowerBound, count: range.count)
    }

    /// The end of the bytes from `start` that are kept as they are, up to
    /// the next anchor mark or `limit`; nil when a mark is at `start`. (Away
    /// from anchors a space in `out` always follows a kept byte, so it is
    /// kept too.)
    private static func plainRun(in text: UnsafeMutableBufferPointer<UInt8>, from start: Int, to limit: Int) -> Int? {
        let end = ByteScan.firstIndex(of: anchorMark, in: UnsafeBufferPointer(rebasing: text[..<limit]), from: start) ?? limit
        return end > start ? end : nil
    }

    /// Whether the separator just read only stands between anchors, or
    /// between an anchor and the end of the sentence.
    private static func separatesAnchors(in text: UnsafeMutableBufferPointer<UInt8>, from start: Int) -> Bool {
        var position = start
        while position < text.count, text[position] == 0x20 { position += 1 }
        guard position < text.count else { return true }
        let next = text[position]
        return next == anchorMark || next == UInt8(ascii: ".") || next == UInt8(ascii: ";")
            || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") || next == UInt8(ascii: ")")
    }

    private static func isClosingPunctuation(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";")
            || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
            || byte == UInt8(ascii: ")")
    }
}
