/// Searches over UTF-8 bytes sixteen at a time: the passes that look for one
/// rare byte (a line break, a carriage return, a NUL, the lead of mojibake, a
/// byte beyond ASCII) spend most of their time here.
enum ByteScan {
    /// The first index at or after `start` holding `byte`.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        let target = SIMD16<UInt8>(repeating: byte)
        var index = skip(bytes, from: start) { anyTrue($0 .== target) }
        while index < bytes.count {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    static func firstIndex(of byte: UInt8, in bytes: [UInt8], from start: Int = 0) -> Int? {
        bytes.withUnsafeBufferPointer { firstIndex(of: byte, in: $0, from: start) }
    }

    /// The first index at or after `start` holding one of three bytes.
    static func firstIndex(of bytes: (UInt8, UInt8, UInt8), in text: [UInt8], from start: Int = 0) -> Int? {
        text.withUnsafeBufferPointer { firstIndex(of: bytes, in: $0, from: start) }
    }

    static func firstIndex(of bytes: (UInt8, UInt8, UInt8), in buffer: UnsafeBufferPointer<UInt8>,
                           from start: Int = 0) -> Int? {
        let (a, b, c) = (SIMD16(repeating: bytes.0), SIMD16(repeating: bytes.1), SIMD16(repeating: bytes.2))
        var index = skip(buffer, from: start) { anyTrue(($0 .== a) .| ($0 .== b) .| ($0 .== c)) }
        while index < buffer.count {
            let byte = buffer[index]
            if byte == bytes.0 || byte == bytes.1 || byte == bytes.2 { return index }
            index += 1
        }
        return nil
    }

    /// The first index at or after `start` holding one of four bytes.
    static func firstIndex(of bytes: (UInt8, UInt8, UInt8, UInt8), in buffer: UnsafeBufferPointer<UInt8>,
                           from start: Int = 0) -> Int? {
        let (a, b) = (SIMD16(repeating: bytes.0), SIMD16(repeating: bytes.1))
        let (c, d) = (SIMD16(repeating: bytes.2), SIMD16(repeating: bytes.3))
        var index = skip(buffer, from: start) { anyTrue(($0 .== a) .| ($0 .== b) .| ($0 .== c) .| ($0 .== d)) }
        while index < buffer.count {
            let byte = buffer[index]
            if byte == bytes.0 || byte == bytes.1 || byte == bytes.2 || byte == bytes.3 { return index }
            index += 1
        }
        return nil
    }

    /// The first index at or after `start` holding a byte beyond ASCII.
    static func firstNonASCII(in bytes: [UInt8], from start: Int = 0) -> Int? {
        bytes.withUnsafeBufferPointer { firstNonASCII(in: $0, from: start) }
    }

    static func firstNonASCII(in buffer: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        let high = SIMD16<UInt8>(repeating: 0x80)
        var index = skip(buffer, from: start) { anyTrue($0 .>= high) }
        while index < buffer.count {
            if buffer[index] >= 0x80 { return index }
            index += 1
        }
        return nil
    }

    /// Whether every byte of `text` is ASCII.
    static func isASCII(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ firstNonASCII(in: $0) }) { return found == nil }
        return text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Whether two runs of bytes are the same.
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let first = a.baseAddress, let second = b.baseAddress else { return true }
        let (left, right) = (UnsafeRawPointer(first), UnsafeRawPointer(second))
        var index = 0
        while index + 16 <= a.count {
            let x = left.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            let y = right.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            if anyTrue(x .!= y) { return false }
            index += 16
        }
        while index < a.count {
            if a[index] != b[index] { return false }
            index += 1
        }
        return true
    }

    /// Whether any lane of `mask` is set. (`any(_:)` reduces the lanes one
    /// step at a time; the two halves of the mask tested as words is a
    /// couple of instructions.)
    @inline(__always)
    static func anyTrue(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return words[0] | words[1] != 0
    }

    /// The first lane of `mask` that is set, if any. (Each lane is a byte of
    /// all ones or all zeros; the first set byte of the little-endian words
    /// is the first lane.)
    @inline(__always)
    static func firstTrueLane(_ mask: SIMDMask<SIMD16<Int8>>) -> Int? {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        if words[0] != 0 { return UInt64(littleEndian: words[0]).trailingZeroBitCount / 8 }
        if words[1] != 0 { return 8 + UInt64(littleEndian: words[1]).trailingZeroBitCount / 8 }
        return nil
    }

    /// Where to look byte by byte: past every block of sixteen in which `found` is false.
    private static func skip(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                             while found: (SIMD16<UInt8>) -> Bool) -> Int {
        guard start >= 0, let base = bytes.baseAddress else { return start }
        let raw = UnsafeRawPointer(base)
        var index = start
        while index + 16 <= bytes.count {
            if found(raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)) { break }
            index += 16
        }
        return index
    }
}
