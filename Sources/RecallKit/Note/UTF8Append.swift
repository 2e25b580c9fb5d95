extension Array where Element == UInt8 {
    /// Appends the UTF-8 of `text` as one copy. (`+= text.utf8` reads a
    /// small string, such as a number or a short heading, byte by byte.)
    mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}
