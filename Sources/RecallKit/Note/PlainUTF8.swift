/// The check that lets a note skip `NoteText`: bytes that are already what
/// `NoteText` would make of them (well-formed UTF-8 with no byte-order mark,
/// NUL, carriage return or mojibake, and not blank) are parsed as they are,
/// with no String made of the whole note.
enum PlainUTF8 {
    enum Verdict: Equatable {
        /// `NoteText` would keep the bytes as they are, with nothing to report;
        /// `joinsNothing` when no scalar of them joins an ASCII character.
        case ready(joinsNothing: Bool)
        /// The same, but for mojibake there may be to repair.
        case mayHoldMojibake
        /// `NoteText` has more to do.
        case needsNoteText
    }

    static func check(_ bytes: [UInt8]) -> Verdict {
        bytes.withUnsafeBufferPointer { buffer in
            guard !buffer.starts(with: byteOrderMark),
                  buffer.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }) else { return .needsNoteText }
            var ascii = true, joins = false
            guard isWellFormed(buffer, ascii: &ascii, joins: &joins) else { return .needsNoteText }
            return ascii || !Mojibake.mayContainMojibake(buffer) ? .ready(joinsNothing: !joins) : .mayHoldMojibake
        }
    }

    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Whether the bytes are well-formed UTF-8 holding no NUL and no carriage
    /// return; `ascii` is cleared when a byte beyond ASCII is seen, `joins`
    /// set when a scalar may join an ASCII character (see `Grapheme`).
    private static func isWellFormed(_ buffer: UnsafeBufferPointer<UInt8>, ascii: inout Bool,
                                     joins: inout Bool) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let nul = SIMD16<UInt8>(repeating: 0), cr = SIMD16<UInt8>(repeating: 0x0D), high = SIMD16<UInt8>(repeating: 0x80)
        /// The lanes that need a closer look: a NUL, a carriage return, a byte beyond ASCII.
        func special(_ chunk: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> { (chunk .== nul) .| (chunk .== cr) .| (chunk .>= high) }
        let count = buffer.count
        var index = 0
        while index < count {
            // Most notes are plain ASCII nearly throughout: sixty-four bytes are passed with one test.
            while index + 64 <= count {
                let first = special(raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self))
                    .| special(raw.loadUnaligned(fromByteOffset: index + 16, as: SIMD16<UInt8>.self))
                let second = special(raw.loadUnaligned(fromByteOffset: index + 32, as: SIMD16<UInt8>.self))
                    .| special(raw.loadUnaligned(fromByteOffset: index + 48, as: SIMD16<UInt8>.self))
                if ByteScan.anyTrue(first .| second) { break }
                index += 64
            }
            guard index < count else { break } // the text ended with those sixty-four
            if index + 16 <= count {
                let chunk = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                guard ByteScan.anyTrue(special(chunk)) else {
                    index += 16
                    continue
                }
                // A NUL or carriage return fails the text wherever it stands;
                // else ASCII is passed up to the lead byte beyond it.
                if ByteScan.anyTrue((chunk .== nul) .| (chunk .== cr)) { return false }
                index += ByteScan.firstTrueLane(chunk .>= high) ?? 0
            } else { // the last few bytes, one by one
                let byte = buffer[index]
                if byte < 0x80 {
                    if byte == 0 || byte == 0x0D { return false }
                    index += 1
                    continue
                }
            }
            // A lead byte beyond ASCII.
            ascii = false
            guard let width = sequenceWidth(buffer, at: index) else { return false }
            if !joins, !Grapheme.neverJoinsASCII(TextBytes.scalar(in: buffer, at: index).value) { joins = true }
            index += width
        }
        return true
    }

    /// The length of the well-formed sequence whose lead byte (beyond ASCII)
    /// is at `index`, as Unicode's table of UTF-8 byte sequences allows; nil
    /// when it is not one.
    private static func sequenceWidth(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        var low: UInt8 = 0x80, high: UInt8 = 0xBF // the range of the second byte
        let width: Int
        switch buffer[index] {
        case 0xC2...0xDF: width = 2
        case 0xE0: (width, low) = (3, 0xA0)
        case 0xE1...0xEC, 0xEE...0xEF: width = 3
        case 0xED: (width, high) = (3, 0x9F)
        case 0xF0: (width, low) = (4, 0x90)
        case 0xF1...0xF3: width = 4
        case 0xF4: (width, high) = (4, 0x8F)
        default: return nil
        }
        guard index + width <= buffer.count, buffer[index + 1] >= low, buffer[index + 1] <= high else { return nil }
        for offset in 2..<width where buffer[index + offset] & 0xC0 != 0x80 { return nil }
        return width
    }
}
