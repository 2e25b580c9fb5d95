@testable import RecallKit

/// Reads the examples the rule tables give, as each table writes them.
enum RuleExamples {
    /// `Previous sentence. ‖ Sentence.` (the sentence before can be shown) or a lone sentence.
    static func sentence(_ example: String) -> SentenceCase {
        let parts = example.components(separatedBy: " ‖ ")
        let inline = InlineReader.read([(1, Substring(parts.last!))], file: "example").0
        return SentenceCase(inline.text, code: inline.code, hasAntecedent: parts.count > 1)
    }

    /// `Title › Section | a sentence with its [blank]`.
    static func blank(_ example: String, lexicon: Lexicon = .english) -> BlankCase {
        let parts = example.components(separatedBy: " | ")
        let headings = parts[0].components(separatedBy: " › ")
        // The blank's brackets become marks the markup reader keeps as text, found and dropped after it.
        let read = InlineReader.read([(1, Substring(parts[1].replacingOccurrences(of: "[", with: "«")
            .replacingOccurrences(of: "]", with: "»")))], file: "example").0
        var characters = Array(read.text)
        let open = characters.firstIndex(of: "«")!
        characters.remove(at: open)
        let close = characters.firstIndex(of: "»")!
        characters.remove(at: close)
        let shift = { (offset: Int) in offset - (offset > open ? 1 : 0) - (offset > close ? 1 : 0) }
        let inline = Inline(text: String(characters), code: read.code.map { shift($0.lowerBound)..<shift($0.upperBound) })
        let sentence = SentenceWords(inline.text, code: inline.code, lexicon: lexicon)
        let first = sentence.words.firstIndex { $0.range.lowerBound >= open }!
        let last = sentence.words.lastIndex { $0.range.upperBound <= close }!
        let words = first..<(last + 1)
        let found = SpanFinder(sentence: sentence, lexicon: lexicon).all.first { $0.words == words }
        let kind = found?.kind ?? (sentence.words[first].isNumber ? .number
            : sentence.words[first].isCapitalized ? .name : .term)
        let note = NoteParser.parse(text: "---\ntitle: \(headings[0])\n---\n\n\(inline.text)\n", file: "example.md")
        let topic = topicKeys(headings.flatMap(Word.words(of:)).filter { !FunctionWords.contains($0.key) }
            .map { lexicon.stem($0.key) }, lexicon: lexicon)
        return BlankCase(sentence: sentence, span: Span(words: words, kind: kind), topic: topic,
                         vocabulary: NoteVocabulary(note: note, sentences: ClaimExtractor.read(note).sentences,
                                                     lexicon: lexicon))
    }

    /// `form | front → back`; `{lead-in}` in the front marks what its list is about.
    static func card(_ example: String, lexicon: Lexicon = .english) -> CardCase {
        let parts = example.components(separatedBy: " | ")
        let sides = parts[1].components(separatedBy: " → ")
        var front = sides[0]
        var leadIn: String?
        if let open = front.firstIndex(of: "{"), let close = front.firstIndex(of: "}") {
            leadIn = String(front[front.index(after: open)..<close])
            front = front.replacingOccurrences(of: "{", with: "").replacingOccurrences(of: "}", with: "")
        }
        let form = CardForm.all.first { $0.name == parts[0] || $0.kind.rawValue == parts[0] }!
        return CardCase(form: form.name, front: front, back: sides[1], leadIn: leadIn, lexicon: lexicon)
    }
}
