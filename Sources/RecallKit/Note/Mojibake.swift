/// Repairs mojibake: UTF-8 text that was decoded as Windows-1252 somewhere
/// along the way, such as `â€“` for `–` or `â€™` for `’`.
///
/// A run of characters is replaced only when its Windows-1252 bytes form
/// exactly one valid multi-byte UTF-8 sequence, so ordinary accented text
/// (`Benoît`) is left alone. Double-encoded text is repaired by repeating the pass.
enum Mojibake {
    /// The repaired text and the 1-based lines that needed repair.
    static func repair(_ text: String) -> (text: String, lines: [Int]) {
        var current = text
        var lines: Set<Int> = []
        for _ in 0..<3 {
            guard let (next, repaired) = repairOnce(current) else { break }
            current = next
            lines.formUnion(repaired)
        }
        return (current, lines.sorted())
    }

    /// One pass over the scalars: each run that decodes is replaced.
    private static func repairOnce(_ text: String) -> (String, [Int])? {
        // Every run of mojibake opens with a scalar from U+00C2 to U+00F4.
        guard text.unicodeScalars.contains(where: { (0xC2...0xF4).contains($0.value) }) else { return nil }
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var lines: [Int] = []
        var line = 1
        var index = 0
        while index < scalars.count {
            if let (decoded, length) = decode(scalars, at: index) {
                output.append(decoded)
                if lines.last != line { lines.append(line) }
                index += length
                continue
            }
            if scalars[index] == "\n" { line += 1 }
            output.append(scalars[index])
            index += 1
        }
        return lines.isEmpty ? nil : (String(output), lines)
    }

    /// The scalar spelled by the Windows-1252 bytes of the scalars at
    /// `start` when they are one complete UTF-8 sequence of two to four
    /// bytes, and how many scalars it took.
    private static func decode(_ scalars: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
        guard let lead = Windows1252.byte(for: scalars[start]), (0xC2...0xF4).contains(lead) else { return nil }
        let length = lead >= 0xF0 ? 4 : (lead >= 0xE0 ? 3 : 2)
        guard start + length <= scalars.count else { return nil }
        var bytes = [lead]
        for scalar in scalars[(start + 1)..<(start + length)] {
            guard let byte = Windows1252.byte(for: scalar), (0x80...0xBF).contains(byte) else { return nil }
            bytes.append(byte)
        }
        guard let decoded = String(validating: bytes, as: UTF8.self), decoded.unicodeScalars.count == 1 else {
            return nil
        }
        return (decoded.unicodeScalars.first!, length)
    }
}
