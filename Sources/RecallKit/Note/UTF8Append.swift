extension Array where Element == UInt8 {
    /// Appends the UTF-8 of `text` as one copy. (`+= text.utf8` reads a
    /// small string, such as a number or a short heading, byte by byte.)
    mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}

/// Writes parts one after another into a buffer of exactly known size (a
/// string's uninitialised storage, a buffer on the stack), with no array
/// between: the parts of a card id, a video link, a tag.
struct BufferWriter {
    let buffer: UnsafeMutableBufferPointer<UInt8>
    /// Bytes written so far.
    private(set) var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) {
        self.buffer = buffer
    }

    mutating func append(_ byte: UInt8) {
        buffer[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return }
        (target + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// A native string's bytes are read in place; others are made contiguous first.
    mutating func append(_ text: String) {
        guard text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil else { return }
        var text = text
        text.withUTF8 { append($0) }
    }

    /// The bytes written, as raw memory (for a hash).
    var written: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[..<count]))
    }
}
