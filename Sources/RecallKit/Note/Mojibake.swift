/// Repairs mojibake: UTF-8 text that was decoded as Windows-1252 somewhere
/// along the way, such as `â€“` for `–` or `â€™` for `’`.
///
/// A run of scalars is replaced only when its Windows-1252 bytes form exactly
/// one valid multi-byte UTF-8 sequence, so ordinary accented text (`Benoît`)
/// is left alone. Double-encoded text is repaired by repeating the pass.
enum Mojibake {
    /// The repaired text and the 1-based lines that needed repair.
    static func repair(_ text: String) -> (text: String, lines: [Int]) {
        guard mayContainMojibake(text) else { return (text, []) }
        var current = text
        var lines: Set<Int> = []
        for _ in 0..<3 {
            guard let (next, repairedLines) = repairOnce(current) else { break }
            current = next
            lines.formUnion(repairedLines)
        }
        return (current, lines.sorted())
    }

    /// A cheap scan of the UTF-8 bytes: mojibake always holds a scalar
    /// U+00C2...U+00F4 (0xC3 0x82...0xB4) followed by one that stands for a
    /// continuation byte: U+0080...U+00BF (0xC2 …) or a Windows-1252 extra
    /// such as `€`, `™`, `Œ`, `ƒ`, `ˆ` (0xE2, 0xC5, 0xC6, 0xCB …).
    private static func mayContainMojibake(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            guard bytes.count >= 4 else { return false }
            for index in 0..<(bytes.count - 2) where bytes[index] == 0xC3 {
                let lead = bytes[index + 1], next = bytes[index + 2]
                if lead >= 0x82 && lead <= 0xB4 && (next == 0xC2 || next == 0xE2 || next == 0xC5 || next == 0xC6 || next == 0xCB) {
                    return true
                }
            }
            return false
        }
    }

    private static func repairOnce(_ text: String) -> (String, [Int])? {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        var line = 1
        var lines: [Int] = []
        while index < scalars.count {
            if let (scalar, length) = decodeSequence(scalars, at: index) {
                output.append(scalar)
                index += length
                if lines.last != line { lines.append(line) }
            } else {
                if scalars[index] == "\n" { line += 1 }
                output.append(scalars[index])
                index += 1
            }
        }
        return lines.isEmpty ? nil : (String(output), lines)
    }

    /// The scalar encoded by the Windows-1252 bytes starting at `index`, if
    /// they are a complete UTF-8 sequence of two to four bytes.
    private static func decodeSequence(_ scalars: [Unicode.Scalar], at index: Int) -> (Unicode.Scalar, Int)? {
        guard let lead = Windows1252.byte(for: scalars[index]), lead >= 0xC2, lead <= 0xF4 else { return nil }
        let length = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)
        guard index + length <= scalars.count else { return nil }
        var bytes: [UInt8] = [lead]
        for offset in 1..<length {
            guard let byte = Windows1252.byte(for: scalars[index + offset]), byte >= 0x80, byte <= 0xBF else {
                return nil
            }
            bytes.append(byte)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self),
              decoded.unicodeScalars.count == 1,
              let scalar = decoded.unicodeScalars.first
        else { return nil }
        return (scalar, length)
    }
}
