/// An HTML tag read from a block's characters: `<a class="yt-timestamp" data-t="02:44">`.
struct HTMLTag {
    /// The name in lowercase, with `/` for a closing tag (`a`, `/a`, `br`).
    let name: String
    let attributes: [String: String]
    /// Where the tag starts (its `<`) and ends (after its `>`).
    let range: Range<Int>

    /// The tag that starts at `start`, when a `>` closes it before any `<`
    /// or line break, quoted values passed over.
    init?(in text: [Character], at start: Int) {
        guard text[safe: start] == "<", let name = Self.name(in: text, at: start + 1) else { return nil }
        var index = start + 1 + name.count
        var attributes: [String: String] = [:]
        while index < text.count {
            let character = text[index]
            if character == ">" {
                self.name = name.lowercased()
                self.attributes = attributes
                range = start..<(index + 1)
                return
            }
            guard character != "<", character != "\n" else { return nil }
            if character.isLetter, let (key, value, end) = Self.attribute(in: text, at: index) {
                attributes[key.lowercased()] = attributes[key.lowercased()] ?? value
                index = end
            } else {
                index += 1
            }
        }
        return nil
    }

    /// `a`, `/a`, `br`: letters (and digits) after `<`, maybe after a `/`.
    static func name(in text: [Character], at start: Int) -> String? {
        var index = start
        if text[safe: index] == "/" { index += 1 }
        guard text[safe: index]?.isASCII == true, text[index].isLetter else { return nil }
        while let next = text[safe: index], next.isASCII, next.isLetter || next.isNumber { index += 1 }
        return text.string(start..<index)
    }

    /// `key="value"`, `key='value'`, `key=value` or a bare `key`, and where it ends.
    static func attribute(in text: [Character], at start: Int) -> (String, String, Int)? {
        var index = start
        while let next = text[safe: index], next.isLetter || next.isNumber || next == "-" || next == "_" { index += 1 }
        let key = text.string(start..<index)
        guard text[safe: index] == "=" else { return (key, "", index) }
        index += 1
        if let quote = text[safe: index], quote == "\"" || quote == "'" {
            guard let close = text.firstIndex(of: quote, from: index + 1) else { return nil }
            return (key, text.string((index + 1)..<close), close + 1)
        }
        let valueStart = index
        while let next = text[safe: index], !next.isBlank, next != ">" { index += 1 }
        return (key, text.string(valueStart..<index), index)
    }
}
