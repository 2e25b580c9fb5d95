/// Finds quoted stretches: `"…"`, `“…”`, `‘…’`.
enum QuoteFinder {
    static func ranges(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var openStraight: Int?
        var openCurly: Int?
        var index = 0
        // Only `"` and the lead byte of `“ ” ‘ ’` matter: jump from one to the next.
        while let next = ByteScan.firstIndex(of: (UInt8(ascii: "\""), 0xE2, 0xE2), in: bytes, from: index) {
            index = next
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if let open = openStraight {
                    ranges.appendUnlessEmpty(trimmed(open..<index, bytes))
                    openStraight = nil
                } else {
                    openStraight = index + 1
                }
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
                let mark = bytes[index + 2]
                if mark == 0x9C || mark == 0x98 { openCurly = index + 3 }
                if (mark == 0x9D || (mark == 0x99 && isQuoteEnd(bytes, index + 3))), let open = openCurly {
                    ranges.appendUnlessEmpty(trimmed(open..<index, bytes))
                    openCurly = nil
                }
                index += 2
            }
            index += 1
        }
        return ranges
    }

    /// `’` closes a quote only when no letter follows (not an apostrophe).
    private static func isQuoteEnd(_ bytes: [UInt8], _ index: Int) -> Bool {
        index >= bytes.count || !isWordByte(bytes[index])
    }

    private static func trimmed(_ range: Range<Int>, _ bytes: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isSpace(bytes[lower]) || isPunctuation(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) || isPunctuation(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}

private extension Array where Element == Range<Int> {
    mutating func appendUnlessEmpty(_ range: Range<Int>) {
        if !range.isEmpty { append(range) }
    }
}
