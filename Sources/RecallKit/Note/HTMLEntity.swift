/// The few HTML character references notes use.
enum HTMLEntity {
    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{00A0}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "rsquo": "\u{2019}",
        "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}", "times": "\u{00D7}",
        "rarr": "\u{2192}", "larr": "\u{2190}", "deg": "\u{00B0}", "copy": "\u{00A9}",
    ]

    /// The scalar for `name` as written between `&` and `;` (`amp`, `#39`, `#x27`).
    static func decode(_ name: String) -> Unicode.Scalar? {
        if let scalar = named[name] { return scalar }
        guard name.hasPrefix("#") else { return nil }
        let digits = name.dropFirst()
        let value: UInt32?
        if digits.first == "x" || digits.first == "X" {
            value = UInt32(digits.dropFirst(), radix: 16)
        } else {
            value = UInt32(digits)
        }
        guard let value, value != 0 else { return nil }
        return Unicode.Scalar(value)
    }
}
