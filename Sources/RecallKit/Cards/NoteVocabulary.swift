/// What the whole note says about its words: how often each occurs, and
/// which are names (written capitalised mid-sentence, never in lowercase).
struct NoteVocabulary {
    let frequency: [String: Int]
    private let names: Set<String>
    private let total: Int

    init(texts: [String]) {
        var frequency: [String: Int] = [:]
        var capitalised: Set<String> = []
        var lowercase: Set<String> = []
        for text in texts {
            let words = Words.tokenize(text)
            let bytes = Array(text.utf8)
            for (index, word) in words.enumerated() {
                frequency[word.lower, default: 0] += 1
                guard word.hasLetter else { continue }
                if !word.isCapitalized {
                    lowercase.insert(word.lower)
                } else if index > 0, !Self.opensSentence(word, in: bytes) {
                    capitalised.insert(word.lower)
                }
            }
        }
        self.frequency = frequency
        self.names = capitalised.subtracting(lowercase)
        self.total = frequency.values.reduce(0, +)
    }

    /// A word the note keeps coming back to (its subject, such as the
    /// product it is about): hiding it tests nothing.
    func isSubject(_ lower: String) -> Bool {
        let count = frequency[lower, default: 0]
        return count >= 5 && count * 100 >= total
    }

    /// An acronym, a camel-cased name, or a word the note only ever capitalises.
    func isName(_ word: Word) -> Bool {
        guard word.hasLetter, !word.isStopWord, !Words.anaphoric.contains(word.lower) else { return false }
        if isAcronym(word) || word.hasInnerCapital { return true }
        return word.isCapitalized && names.contains(word.lower)
    }

    /// `RL`, `NVIDIA`, `LLMs`: two or more letters, all capitals but a plural `s`.
    func isAcronym(_ word: Word) -> Bool {
        var letters = 0, capitals = 0
        for byte in word.text.utf8 where isLetter(byte) {
            letters += 1
            if byte <= 0x5A { capitals += 1 }
        }
        return capitals >= 2 && (capitals == letters || (capitals == letters - 1 && word.text.hasSuffix("s")))
    }

    private static func opensSentence(_ word: Word, in bytes: [UInt8]) -> Bool {
        var position = word.range.lowerBound - 1
        while position >= 0, bytes[position] == 0x20 { position -= 1 }
        guard position >= 0 else { return true }
        let byte = bytes[position]
        return byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "!")
            || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "\"") || byte == 0x9C
    }
}
