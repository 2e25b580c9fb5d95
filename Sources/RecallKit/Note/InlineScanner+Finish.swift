/// Turning the scanner's output into the block's text: the anchor marks
/// lifted out and the spacing and punctuation around them tidied.
extension InlineScanner {
    /// The plain text, with anchor placeholders (0x01 in `out`) lifted into
    /// offsets and the punctuation they leave behind tidied: `systems .`
    /// becomes `systems.`, and the `, ` between two anchors goes. The text is
    /// written over `out` (it never grows), which is used up.
    mutating func finish() -> InlineText {
        var text = out
        out = []
        if anchors.isEmpty, codeRanges.isEmpty, // no marks to lift (a stray 0x01 counts as one): kept as it is
           text.withUnsafeBufferPointer({ ByteScan.firstIndex(of: Self.anchorMark, in: $0) }) == nil {
            var length = text.count
            while length > 0, text[length - 1] == 0x20 { length -= 1 }
            return InlineText(text: String(decoding: text[..<length], as: UTF8.self))
        }
        var offsets: [Int] = []
        if !anchors.isEmpty { offsets.reserveCapacity(anchors.count) } // one mark per anchor
        // Where each byte lands in the kept text: only code spans need it.
        var map = [Int](repeating: 0, count: codeRanges.isEmpty ? 0 : text.count + 1)
        var length = text.withUnsafeMutableBufferPointer { Self.tidy($0, offsets: &offsets, map: &map) }
        while length > 0, text[length - 1] == 0x20 { length -= 1 }
        var placed: [PlacedAnchor] = []
        if !offsets.isEmpty { placed.reserveCapacity(offsets.count) }
        for (offset, anchor) in zip(offsets, anchors) { placed.append(PlacedAnchor(offset: min(offset, length), anchor: anchor)) }
        let code = codeRanges.compactMap { range -> Range<Int>? in
            let mapped = (map[range.lowerBound]..<map[range.upperBound]).clamped(to: 0..<length)
            return mapped.isEmpty ? nil : mapped
        }
        return InlineText(text: String(decoding: text[..<length], as: UTF8.self), anchors: placed, codeRanges: code)
    }

    /// Rewrites `text` from its start without the anchor marks, noting the
    /// offset of each (and, when `map` is not empty, where every byte lands);
    /// returns the length kept.
    private static func tidy(_ text: UnsafeMutableBufferPointer<UInt8>, offsets: inout [Int], map: inout [Int]) -> Int {
        var length = 0 // bytes of `text` kept so far, written from its start
        var afterAnchor = false
        var position = 0
        while position < text.count {
            if !afterAnchor, map.isEmpty, let end = plainRun(in: text, from: position) {
                if length != position { moveBack(text, from: position..<end, to: length) }
                length += end - position
                position = end
                continue
            }
            if !map.isEmpty { map[position] = length }
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
        if !map.isEmpty { map[text.count] = length }
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
    /// the next anchor mark; nil when one is at `start`. (Away from anchors a
    /// space in `out` always follows a kept byte, so it is kept too.)
    private static func plainRun(in text: UnsafeMutableBufferPointer<UInt8>, from start: Int) -> Int? {
        let end = ByteScan.firstIndex(of: anchorMark, in: UnsafeBufferPointer(text), from: start) ?? text.count
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
