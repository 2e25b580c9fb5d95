/// UTF-8 bytes written as a string literal with interpolations: a card's
/// question is read as words straight from them, without building a String
/// piece by piece and copying its bytes out again.
struct UTF8Text: ExpressibleByStringInterpolation {
    let bytes: [UInt8]

    init(stringLiteral value: String) {
        bytes = Array(value.utf8)
    }

    init(stringInterpolation: Interpolation) {
        bytes = stringInterpolation.bytes
    }

    struct Interpolation: StringInterpolationProtocol {
        fileprivate var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + 48 * interpolationCount)
        }

        mutating func appendLiteral(_ literal: String) {
            bytes.append(contentsOf: literal.utf8)
        }

        mutating func appendInterpolation<Text: StringProtocol>(_ text: Text) {
            bytes.append(contentsOf: text.utf8)
        }

        mutating func appendInterpolation(_ number: Int) {
            bytes.append(contentsOf: String(number).utf8) // a small string: no allocation
        }

        /// `text` with its first letter capitalised (`QuestionCards.sentenceCase`):
        /// on its bytes when that letter is one ASCII byte.
        mutating func appendInterpolation(sentenceCase text: String) {
            let head = text.utf8.prefix(2)
            guard let byte = head.first, byte < 0x80, head.count < 2 || head.last! < 0x80 else {
                bytes.append(contentsOf: QuestionCards.sentenceCase(text).utf8)
                return
            }
            let start = bytes.count
            bytes.append(contentsOf: text.utf8)
            if byte &- 0x61 < 26 { bytes[start] = byte - 0x20 }
        }

        /// `items` as `A, B and C` (`A` alone, nothing for none).
        mutating func appendInterpolation(joined items: [String]) {
            for (index, item) in items.enumerated() {
                if index > 0 { appendLiteral(index == items.count - 1 ? " and " : ", ") }
                bytes.append(contentsOf: item.utf8)
            }
        }
    }
}
