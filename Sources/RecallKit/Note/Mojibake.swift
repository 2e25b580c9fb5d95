/// Repairs mojibake: UTF-8 text that was decoded as Windows-1252 somewhere
/// along the way, such as `â€“` for `–` or `â€™` for `’`.
///
/// A run of scalars is replaced only when its Windows-1252 bytes form exactly
/// one valid multi-byte UTF-8 sequence, so ordinary accented text (`Benoît`)
/// is left alone. Double-encoded text is repaired by repeating the pass.
/// Only the places where such a run can start are looked at; the bytes
/// between them are copied as they are.
enum Mojibake {
    /// The repaired text and the 1-based lines that needed repair.
    static func repair(_ text: String) -> (text: String, lines: [Int]) {
        var text = text // read in place: most notes hold no mojibake, and are not copied
        guard text.withUTF8(mayContainMojibake), let (bytes, lines) = repair(utf8: Array(text.utf8)) else {
            return (text, [])
        }
        return (String(decoding: bytes, as: UTF8.self), lines)
    }

    /// The same on well-formed UTF-8 bytes: the repaired bytes and the lines
    /// that needed repair, or nil when nothing was repaired.
    static func repair(utf8 bytes: [UInt8]) -> (bytes: [UInt8], lines: [Int])? {
        var current = bytes
        var lines: Set<Int> = []
        var repaired = false
        for _ in 0..<3 {
            guard let (next, repairedLines) = repairOnce(current) else { break }
            current = next
            repaired = true
            lines.formUnion(repairedLines)
        }
        return repaired ? (current, lines.sorted()) : nil
    }

    /// A cheap scan of the UTF-8 bytes: mojibake always holds a scalar
    /// U+00C2...U+00F4 (0xC3 0x82...0xB4) followed by one that stands for a
    /// continuation byte: U+0080...U+00BF (0xC2 …) or a Windows-1252 extra
    /// such as `€`, `™`, `Œ`, `ƒ`, `ˆ` (0xE2, 0xC5, 0xC6, 0xCB …).
    static func mayContainMojibake(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count >= 4 else { return false }
        var start = 0
        while let index = ByteScan.firstIndex(of: 0xC3, in: bytes, from: start), index < bytes.count - 2 {
            let lead = bytes[index + 1], next = bytes[index + 2]
            if lead >= 0x82 && lead <= 0xB4 && (next == 0xC2 || next == 0xE2 || next == 0xC5 || next == 0xC6 || next == 0xCB) {
                return true
            }
            start = index + 1
        }
        return false
    }

    /// One pass: every run that starts with a scalar U+00C2...U+00F4 (the
    /// bytes 0xC3 0x82...0xB4) and decodes is replaced.
    private static func repairOnce(_ bytes: [UInt8]) -> ([UInt8], [Int])? {
        var output: [UInt8] = []
        var lines: [Int] = []
        var copied = 0, line = 1, index = 0
        while let lead = ByteScan.firstIndex(of: 0xC3, in: bytes, from: index) {
            index = lead + 1
            guard index < bytes.count, bytes[index] >= 0x82, bytes[index] <= 0xB4,
                  let (scalar, end) = decodeSequence(bytes, at: lead) else { continue }
            if output.isEmpty { output.reserveCapacity(bytes.count) }
            line += bytes[copied..<lead].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            output.append(contentsOf: bytes[copied..<lead])
            output.append(contentsOf: String(Character(scalar)).utf8)
            if lines.last != line { lines.append(line) }
            copied = end
            index = end
        }
        guard !lines.isEmpty else { return nil }
        output.append(contentsOf: bytes[copied...])
        return (output, lines)
    }

    /// The scalar encoded by the Windows-1252 bytes of the scalars starting
    /// at `start`, if they are a complete UTF-8 sequence of two to four
    /// bytes, and where those scalars end.
    private static func decodeSequence(_ text: [UInt8], at start: Int) -> (Unicode.Scalar, Int)? {
        var position = start
        var bytes: [UInt8] = []
        while position < text.count {
            let (value, width) = TextBytes.scalar(in: text, at: position)
            guard let scalar = Unicode.Scalar(value), let byte = Windows1252.byte(for: scalar) else { return nil }
            if bytes.isEmpty {
                guard byte >= 0xC2, byte <= 0xF4 else { return nil }
            } else {
                guard byte >= 0x80, byte <= 0xBF else { return nil }
            }
            bytes.append(byte)
            position += width
            if bytes.count == (bytes[0] >= 0xF0 ? 4 : (bytes[0] >= 0xE0 ? 3 : 2)) { break }
        }
        guard bytes.count == (bytes[0] >= 0xF0 ? 4 : (bytes[0] >= 0xE0 ? 3 : 2)),
              let decoded = String(validating: bytes, as: UTF8.self),
              decoded.unicodeScalars.count == 1,
              let scalar = decoded.unicodeScalars.first
        else { return nil }
        return (scalar, position)
    }
}
