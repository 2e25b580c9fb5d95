/// The mechanical checks every card passes before it is kept
/// (CARD-QUALITY.md: clean, not given away, one short fact).
enum CardQuality {
    /// Markup that must never reach a card.
    static let residue = ["[[", "]]", "**", "__", "<a", "</", "data-t", "yt-timestamp", "`", "<br", "{{", "[!", "&amp;", "&quot;"]
    /// Characters that betray mojibake or broken decoding.
    static let mojibake = ["â€", "Ã", "Â", "\u{FFFD}"]

    /// Every pattern, filed under one of its bytes (its anchor): the first
    /// byte that is no letter (`-` of `data-t`), or the first byte when all
    /// are letters. Letters are common in text, so few bytes lead to a check.
    private struct Matcher {
        /// The patterns' bytes, one after another.
        let bytes: [UInt8]
        /// For each anchor byte, `(start in bytes, count, anchor offset)` of its patterns.
        let byAnchor: [[(start: Int, count: Int, anchor: Int)]]
        /// Whether a byte anchors some pattern: one flat table, read for every byte.
        let anchors: [Bool]

        init(_ patterns: [[UInt8]]) {
            var bytes: [UInt8] = [], byAnchor = Array(repeating: [(start: Int, count: Int, anchor: Int)](), count: 256)
            for pattern in patterns {
                let anchor = pattern.firstIndex { ($0 | 0x20) &- 0x61 >= 26 } ?? 0
                byAnchor[Int(pattern[anchor])].append((bytes.count, pattern.count, anchor))
                bytes += pattern
            }
            (self.bytes, self.byAnchor, anchors) = (bytes, byAnchor, byAnchor.map { !$0.isEmpty })
            for byte in 0...255 where anchors[byte] {
                precondition(Self.mayAnchor(SIMD16(repeating: UInt8(byte))), "anchor \(byte) missed by mayAnchor")
            }
        }

        /// Whether some pattern occurs in `text`: blocks of sixteen bytes are
        /// passed over when none of their bytes may anchor a pattern.
        func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
            anchors.withUnsafeBufferPointer { anchors in
                var index = 0
                if let base = text.baseAddress {
                    while index + 16 <= text.count {
                        let block = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                        if Self.mayAnchor(block) {
                            for offset in index..<(index + 16) where anchors[Int(text[offset])] {
                                if occurs(in: text, at: offset) { return true }
                            }
                        }
                        index += 16
                    }
                }
                for offset in index..<text.count where anchors[Int(text[offset])] {
                    if occurs(in: text, at: offset) { return true }
                }
                return false
            }
        }

        /// Whether a pattern anchored at the byte at `index` occurs there.
        private func occurs(in text: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
            bytes.withUnsafeBufferPointer { patterns in
                for (start, count, anchor) in byAnchor[Int(text[index])] {
                    let from = index - anchor
                    guard from >= 0, from + count <= text.count else { continue }
                    var offset = 0
                    while offset < count, text[from + offset] == patterns[start + offset] { offset += 1 }
                    if offset == count { return true }
                }
                return false
            }
        }

        /// Whether a byte of `block` may anchor a pattern: 0x5B to 0x60
        /// (the brackets, the underscore and the backquote, with the backslash
        /// and the caret among them), `& * - < {`, and the lead bytes of
        /// `Ã Â â€` and U+FFFD. `init` checks that every anchor is among them.
        @inline(__always)
        static func mayAnchor(_ block: SIMD16<UInt8>) -> Bool {
            func all(_ byte: UInt8) -> SIMD16<UInt8> { SIMD16(repeating: byte) }
            let brackets = (block &- all(0x5B)) .< all(6)
            let marks = (block .== all(0x26)) .| (block .== all(0x2A)) .| (block .== all(0x2D)) .| (block .== all(0x3C))
                .| (block .== all(0x7B))
            let leads = (block .== all(0xC3)) .| (block .== all(0xEF))
            return ByteScan.anyTrue(brackets .| marks .| leads)
        }
    }

    private static let matcher = Matcher((residue + mojibake).map { Array($0.utf8) })

    static func isClean(_ bytes: [UInt8]) -> Bool {
        !bytes.withUnsafeBufferPointer(matcher.occurs) && !containsBracketedStamp(bytes)
    }

    /// `[00:01:02]` or `[12:34]` left in the text.
    static func containsBracketedStamp(_ text: String) -> Bool {
        containsBracketedStamp(Array(text.utf8))
    }

    static func containsBracketedStamp(_ bytes: [UInt8]) -> Bool {
        var index = 0
        while let open = ByteScan.firstIndex(of: UInt8(ascii: "["), in: bytes, from: index) {
            if let close = bytes[(open + 1)..<min(bytes.count, open + 14)].firstIndex(of: UInt8(ascii: "]")),
               Timestamp(utf8: bytes[(open + 1)..<close]) != nil {
                return true
            }
            index = open + 1
        }
        return false
    }

    /// Whether a finished card may be kept.
    static func accepts(front: Tokens, back: Tokens, kind: CardKind) -> Bool {
        guard isClean(front.bytes), isClean(back.bytes), !back.bytes.isEmpty, front.bytes.count <= 900 else { return false }
        if kind != .list {
            guard back.bytes.count <= 120, back.words.count <= 12 else { return false }
        }
        return !AnswerCheck.givesAway(back, in: front)
    }
}
