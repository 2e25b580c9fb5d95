extension String {
    /// The string of `bytes`, known to be valid UTF-8 (cut from strings
    /// between characters): copied as they are, not validated again.
    init(validUTF8 bytes: [UInt8]) {
        #if compiler(>=6.2)
        self = String(copying: UTF8Span(unchecked: bytes.span))
        #else
        self = String(decoding: bytes, as: UTF8.self) // Swift 6.1 has no UTF8Span: validated as usual
        #endif
    }

    /// The same for bytes read in place. Such a string is not marked as ASCII
    /// (nor NFC), so hashing or comparing it takes the slower, normalizing
    /// path: not for strings hashed over and over (a section's headings are).
    init(validUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        #if compiler(>=6.2)
        self = String(copying: UTF8Span(unchecked: bytes.span))
        #else
        self = String(decoding: bytes, as: UTF8.self)
        #endif
    }
}
