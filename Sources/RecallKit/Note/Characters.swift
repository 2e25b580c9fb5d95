/// Searches over a block's characters, the text the inline reader walks.
extension Array where Element == Character {
    /// Whether `text` is written at `position` (letters compared without case
    /// when `ignoringCase`).
    func matches(_ text: String, at position: Int, ignoringCase: Bool = false) -> Bool {
        var index = position
        for expected in text {
            guard index < count else { return false }
            let found = self[index]
            guard found == expected || (ignoringCase && found.lowercased() == expected.lowercased()) else {
                return false
            }
            index += 1
        }
        return true
    }

    /// Where `text` is next written, from `start` (before `limit`).
    func firstIndex(of text: String, from start: Int, limit: Int? = nil, ignoringCase: Bool = false) -> Int? {
        guard let first = text.first else { return nil }
        let end = Swift.min(limit ?? count, count)
        var index = start
        while index < end {
            if self[index] == first || (ignoringCase && self[index].lowercased() == first.lowercased()),
               matches(text, at: index, ignoringCase: ignoringCase) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Where `character` is next, from `start` (before `limit`).
    func firstIndex(of character: Character, from start: Int, limit: Int? = nil) -> Int? {
        let end = Swift.min(limit ?? count, count)
        guard start < end else { return nil }
        return self[start..<end].firstIndex(of: character)
    }

    func string(_ range: Range<Int>) -> String {
        String(self[range.clamped(to: indices)])
    }
}

extension Array {
    /// The element at `index`, or nil past either end.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

extension Character {
    /// A space, tab or line break (also a no-break space).
    var isBlank: Bool { self == " " || self == "\t" || self == "\n" || self == "\r" || self == "\u{00A0}" }

    /// A letter or digit: part of a word.
    var isWordCharacter: Bool { isLetter || isNumber }
}
