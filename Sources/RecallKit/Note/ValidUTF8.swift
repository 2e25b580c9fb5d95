extension String {
    /// The string of `bytes`, known to be valid UTF-8 (cut from strings
    /// between characters): copied as they are, not validated again.
    init(validUTF8 bytes: [UInt8]) {
        self = String(copying: UTF8Span(unchecked: bytes.span))
    }
}
