/// The context line that opens a card's front, so the card is answerable on
/// its own: the video's subject (the note's title) and the section.
struct CardContext {
    let title: String
    let section: [String]
    /// `Title › Section`, then `Title › Parent`, then `Title`, then the
    /// section alone, each with its words for the give-away check.
    private let options: [(text: String, words: [Word])]

    init(title: String, section: [String]) {
        self.title = title
        self.section = section
        let deepest = section.last.flatMap { AnswerCheck.sameText($0, title) ? nil : $0 }
        var texts: [String] = []
        if let deepest { texts.append("\(title) › \(deepest)") }
        if section.count >= 2, let parent = section.dropLast().last, !AnswerCheck.sameText(parent, title) {
            texts.append("\(title) › \(parent)")
        }
        texts.append(title)
        if let deepest { texts.append(deepest) }
        options = texts.map { ($0, Words.tokenize($0)) }
    }

    /// The richest context that does not give `answer` away, or "".
    func prefix(avoiding answer: String) -> String {
        let answerWords = Words.tokenize(answer)
        return options.first { !AnswerCheck.givesAway(answer, answerWords: answerWords, in: $0.text, words: $0.words) }?.text ?? ""
    }

    /// The context on its own first line, then the body; the body alone
    /// when there is no usable context.
    func front(_ body: String, avoiding answer: String) -> String {
        let context = prefix(avoiding: answer)
        return context.isEmpty ? body : "\(context)\n\(body)"
    }
}

/// Whether a front reveals its answer, verbatim or as an obvious variant.
enum AnswerCheck {
    static func sameText(_ a: String, _ b: String) -> Bool {
        a.lowercased() == b.lowercased()
    }

    /// True when `text` holds the answer, or every content word of it (or a
    /// variant such as a plural or another ending of the same stem).
    static func givesAway(_ answer: String, in text: String) -> Bool {
        givesAway(answer, answerWords: Words.tokenize(answer), in: text, words: Words.tokenize(text))
    }

    static func givesAway(_ answer: String, answerWords: [Word], in text: String, words textWords: [Word]) -> Bool {
        if startsAWord(answer, in: text) || spellsAcronym(answerWords, textWords) { return true }
        let content = answerWords.filter { !$0.isStopWord }
        guard !content.isEmpty else { return true }
        return content.allSatisfy { word in
            textWords.contains { isVariant(word.lower, $0.lower) }
        }
    }

    /// `Reinforcement Learning` beside `(RL)`, or `LLMs` beside
    /// `Large Language Models`: one spells the other.
    static func spellsAcronym(_ answerWords: [Word], _ textWords: [Word]) -> Bool {
        let answerInitials = initials(answerWords)
        if answerInitials.count >= 2, textWords.contains(where: { acronymLetters($0) == answerInitials }) { return true }
        guard answerWords.count == 1, let letters = acronymLetters(answerWords[0]), letters.count >= 2 else { return false }
        var index = 0
        while index + letters.count <= textWords.count {
            if initials(Array(textWords[index..<(index + letters.count)])) == letters { return true }
            index += 1
        }
        return false
    }

    /// `RL` for Reinforcement Learning: first letters of capitalised words, nil otherwise.
    private static func initials(_ words: [Word]) -> String {
        guard words.count >= 2, words.allSatisfy({ $0.isCapitalized }) else { return "" }
        return String(words.compactMap { $0.lower.first })
    }

    /// `rl` for `RL`, `llm` for `LLMs`; nil for a word that is no acronym.
    private static func acronymLetters(_ word: Word) -> String? {
        var text = Substring(word.text)
        if text.hasSuffix("s") { text = text.dropLast() }
        guard text.count >= 2, text.allSatisfy({ $0.isUppercase }) else { return nil }
        return text.lowercased()
    }

    /// The answer starting a word of the text (`bank` in `banking`, `3` in `32`).
    static func startsAWord(_ answer: String, in text: String) -> Bool {
        var haystackText = text, needleText = answer
        return haystackText.withUTF8 { haystack in
            needleText.withUTF8 { needle in
                guard !needle.isEmpty, needle.count <= haystack.count else { return false }
                let first = fold(needle[0])
                for start in 0...(haystack.count - needle.count) where fold(haystack[start]) == first {
                    if start > 0, isWordByte(haystack[start - 1]) { continue }
                    var offset = 1
                    while offset < needle.count, fold(haystack[start + offset]) == fold(needle[offset]) { offset += 1 }
                    if offset == needle.count { return true }
                }
                return false
            }
        }
    }

    /// ASCII letters folded to lowercase; other bytes as they are.
    private static func fold(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// `model`/`models`, `efficient`/`efficiency`: equal, a plural, or a
    /// shared stem of at least five letters covering all but three.
    static func isVariant(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if a + "s" == b || b + "s" == a || a + "es" == b || b + "es" == a { return true }
        let length = max(5, min(a.count, b.count) - 3)
        guard a.count >= length, b.count >= length else { return false }
        return a.prefix(length) == b.prefix(length)
    }
}
