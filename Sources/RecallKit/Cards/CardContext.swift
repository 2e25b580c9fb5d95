/// The context line that opens a card's front, so the card is answerable on
/// its own: the video's subject (the note's title) and the section.
struct CardContext {
    let title: String
    let section: [String]

    /// The richest context that does not give `answer` away:
    /// `Title › Section`, then `Title`, then the section alone, then nothing.
    func prefix(avoiding answer: String) -> String {
        let deepest = section.last.flatMap { AnswerCheck.sameText($0, title) ? nil : $0 }
        var options: [String] = []
        if let deepest { options.append("\(title) › \(deepest)") }
        if section.count >= 2, let parent = section.dropLast().last, !AnswerCheck.sameText(parent, title) {
            options.append("\(title) › \(parent)")
        }
        options.append(title)
        if let deepest { options.append(deepest) }
        return options.first { !AnswerCheck.givesAway(answer, in: $0) } ?? ""
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
        if startsAWord(answer, in: text) { return true }
        let answerWords = Words.tokenize(answer).filter { !$0.isStopWord }
        guard !answerWords.isEmpty else { return true }
        let textWords = Words.tokenize(text)
        return answerWords.allSatisfy { word in
            textWords.contains { isVariant(word.lower, $0.lower) }
        }
    }

    /// The answer starting a word of the text (`bank` in `banking`, `3` in `32`).
    static func startsAWord(_ answer: String, in text: String) -> Bool {
        let haystack = Array(text.lowercased().utf8), needle = Array(answer.lowercased().utf8)
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if start > 0, isWordByte(haystack[start - 1]) { continue }
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }

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
