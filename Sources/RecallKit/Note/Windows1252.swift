/// The Windows-1252 code page, used to read bytes that are not UTF-8 and to
/// undo mojibake (UTF-8 that was once decoded as Windows-1252).
enum Windows1252 {
    /// Unicode scalars for the bytes 0x80...0x9F; the bytes Windows-1252 leaves
    /// undefined map to the C1 control of the same value, as decoders do.
    static let high: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The scalar a single byte stands for.
    static func scalar(for byte: UInt8) -> Unicode.Scalar {
        if byte >= 0x80 && byte < 0xA0 {
            return Unicode.Scalar(high[Int(byte - 0x80)])!
        }
        return Unicode.Scalar(byte)
    }

    private static let reverse: [UInt32: UInt8] = {
        var table: [UInt32: UInt8] = [:]
        for (offset, value) in high.enumerated() { table[value] = UInt8(0x80 + offset) }
        return table
    }()

    /// The byte a scalar came from, for scalars at or above 0x80 that the code
    /// page can hold; `nil` otherwise.
    static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value >= 0xA0 && value <= 0xFF { return UInt8(value) }
        if value >= 0x80 && value < 0xA0 { return UInt8(value) }
        return reverse[value]
    }
}
