/// Finds the spans of a sentence that could be hidden, one finder per kind
/// of `Span`. Finders only propose; `BlankRules` decide.
struct SpanFinder {
    let sentence: SentenceWords
    let lexicon: Lexicon

    private var words: [Word] { sentence.words }
    private var text: [Character] { sentence.characters }

    var all: [Span] {
        var spans = quoted() + definedTerms() + names() + numbers() + terms()
        var seen: Set<Range<Int>> = []
        spans = spans.filter { seen.insert($0.words).inserted } // the first kind found for a range wins
        return spans
    }

    /// `"humongous teacher models"`: the words inside quotes, without an
    /// article opening them.
    func quoted() -> [Span] {
        var spans: [Span] = []
        let characters = text
        var open: (index: Int, mark: Character)?
        for (index, character) in characters.enumerated() {
            if let current = open, character == Self.closing[current.mark] ?? current.mark,
               !(character == "’" && characters[safe: index + 1]?.isLetter == true) {
                if var inside = wordIndices(in: (current.index + 1)..<index) {
                    if inside.count > 1, ["a", "an", "the"].contains(words[inside.lowerBound].key) {
                        inside = (inside.lowerBound + 1)..<inside.upperBound
                    }
                    spans.append(Span(words: inside, kind: .quoted))
                }
                open = nil
            } else if open == nil, Self.closing.keys.contains(character),
                      character != "‘" || characters[safe: index - 1].map({ !$0.isLetter }) ?? true,
                      character != "'" || characters[safe: index - 1].map({ !$0.isLetter }) ?? true {
                open = (index, character)
            }
        }
        return spans
    }

    static let closing: [Character: Character] = ["\"": "\"", "“": "”", "‘": "’", "'": "'"]

    /// The words whose characters lie inside `range`.
    private func wordIndices(in range: Range<Int>) -> Range<Int>? {
        let inside = words.indices.filter { range.contains(words[$0].range.lowerBound) }
        guard let first = inside.first, let last = inside.last else { return nil }
        return first..<(last + 1)
    }

    /// `called X`, `known as X`, `termed X`, `referred to as X`: the noun
    /// phrase after the cue; and `X (XYZ)`: a phrase with its acronym.
    func definedTerms() -> [Span] {
        var spans: [Span] = []
        for (index, word) in words.enumerated() {
            let cue = Self.definitionCues.first { cue in
                cue.indices.allSatisfy { index + $0 < words.count && words[index + $0].key == cue[$0] }
            }
            if let cue, let phrase = sentence.phrases.first(where: { $0.lowerBound == index + cue.count }) {
                spans.append(Span(words: phrase, kind: .definedTerm))
            }
            if let phrase = sentence.phrases.first(where: { $0.upperBound == index + 1 }), phrase.count >= 2,
               definedAfter(phrase) {
                spans.append(Span(words: phrase, kind: .definedTerm))
            }
            if word.isAcronym, index > 0, let phrase = phraseWithAcronym(endingBefore: index) {
                spans.append(Span(words: phrase, kind: .definedTerm))
            }
            if word.isAcronym, let expansion = expansion(after: index) {
                spans.append(Span(words: index..<expansion.upperBound, kind: .definedTerm))
            }
        }
        return spans
    }

    /// `a countably infinite set, meaning …`: a phrase the words after it define.
    private func definedAfter(_ phrase: Range<Int>) -> Bool {
        let end = phrase.upperBound
        guard end < words.count, text[words[end - 1].range.upperBound..<words[end].range.lowerBound].contains(",")
        else { return false }
        let next = words[end...].prefix(2).map(\.key)
        return next.first == "meaning" || next == ["which", "means"] || next == ["that", "is"] || next.first == "i.e"
            || next == ["defined", "as"]
    }

    private static let definitionCues: [[String]] = [
        ["called"], ["known", "as"], ["termed"], ["dubbed"], ["referred", "to", "as"], ["named"], ["coined"],
    ]

    /// `Retrieval-Augmented Generation (RAG)`, `return on investment (ROI)`:
    /// the words before an acronym in brackets whose initials spell it
    /// (with or without the initials of function words), with the acronym.
    private func phraseWithAcronym(endingBefore acronym: Int) -> Range<Int>? {
        let characters = text
        guard characters[safe: words[acronym].range.lowerBound - 1] == "(",
              characters[safe: words[acronym].range.upperBound] == ")" else { return nil }
        let letters = Array(words[acronym].text.filter(\.isUppercase).lowercased())
        var start = acronym
        var all: [Character] = [], content: [Character] = []
        while start > 0, content.count < letters.count, acronym - start < letters.count + 3 {
            start -= 1
            let initials = words[start].parts.compactMap(\.first)
            all = initials + all
            if !FunctionWords.contains(words[start].key) { content = initials + content }
            if all == letters || content == letters, !FunctionWords.contains(words[start].key) {
                return start..<(acronym + 1)
            }
        }
        return nil
    }

    /// The words of each acronym with its expansion: `Retrieval-Augmented
    /// Generation (RAG)` and `UPI (Unified Payments Interface)`. A blank
    /// takes such a pair whole or leaves it alone.
    func acronymPairs() -> [Range<Int>] {
        var pairs: [Range<Int>] = []
        for (index, word) in words.enumerated() where word.isAcronym {
            if let pair = phraseWithAcronym(endingBefore: index) { pairs.append(pair) }
            if let expansion = expansion(after: index) { pairs.append(index..<expansion.upperBound) }
        }
        return pairs
    }

    /// `UPI (Unified Payments Interface)`: the words in brackets after an
    /// acronym whose initials spell it.
    private func expansion(after acronym: Int) -> Range<Int>? {
        let characters = text
        let start = acronym + 1
        guard start < words.count, characters[safe: words[acronym].range.upperBound + 1] == "(",
              let close = characters.firstIndex(of: ")", from: words[start].range.lowerBound) else { return nil }
        let inside = (start..<words.count).prefix { words[$0].range.upperBound <= close }
        guard let last = inside.last else { return nil }
        let letters = Array(words[acronym].text.filter(\.isUppercase).lowercased())
        let all = inside.flatMap { words[$0].parts.compactMap(\.first) }
        let content = inside.filter { !FunctionWords.contains(words[$0].key) }.flatMap { words[$0].parts.compactMap(\.first) }
        return all == letters || content == letters ? start..<(last + 1) : nil
    }

    /// `Yann LeCun`, `Deep Seek R1`, `NVIDIA`, `GPT-4`: capitalised words
    /// joined by spaces that do not open the sentence, acronyms, and oddly
    /// cased words.
    func names() -> [Span] {
        var spans: [Span] = []
        var index = 0
        let reader = NounPhrases.Reader(words: words, text: text, lexicon: lexicon)
        while index < words.count {
            guard isNamePart(index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < words.count, reader.joined(end - 1), isNamePart(end) || (words[end].hasDigit && end > index) {
                end += 1
            }
            spans.append(Span(words: index..<end, kind: .name))
            index = end
        }
        return spans
    }

    private func isNamePart(_ index: Int) -> Bool {
        let word = words[index]
        guard word.hasLetter, !FunctionWords.contains(word.key) || word.isAcronym else { return false }
        if word.isAcronym || word.isOddlyCased { return true }
        guard word.isCapitalized, index > 0, !opensClause(index) else { return false }
        // A lone capitalised everyday word (`Computing`) is no name; in a run of capitals it may be (`Bank of America`).
        let alone = !(index + 1 < words.count && words[index + 1].isCapitalized)
            && !(index > 1 && words[index - 1].isCapitalized)
        return !alone || word.facts.familiarity < Score.familiarName
    }

    /// A capital after `:` or `—` may be a sentence's own capital.
    private func opensClause(_ index: Int) -> Bool {
        let gap = text[words[index - 1].range.upperBound..<words[index].range.lowerBound]
        return gap.contains(":") || gap.contains("—")
    }

    /// `20 cents`, `$4.3 billion`, `70%`, `1998`, `12,288 dimensions`: a
    /// number with what counts it (a magnitude, a unit, or the noun after it).
    func numbers() -> [Span] {
        var spans: [Span] = []
        let reader = NounPhrases.Reader(words: words, text: text, lexicon: lexicon)
        for (index, word) in words.enumerated() where word.isNumber {
            var end = index + 1
            while end < words.count, reader.joined(end - 1), Self.magnitudes.contains(words[end].key) { end += 1 }
            let counted = word.text.contains { "%$€£".contains($0) }
            // `5 due to …`: a word that reads as an adjective is no unit.
            if !counted, end < words.count, reader.joined(end - 1), reader.isNoun(end), !words[end].isNumber,
               !reader.readsAsAdjective(words[end]) {
                end += 1 // its unit or what it counts
            }
            spans.append(Span(words: index..<end, kind: .number))
        }
        return spans
    }

    static let magnitudes: Set<String> = [
        "hundred", "thousand", "million", "billion", "trillion", "percent", "k", "m", "bn", "x",
    ]

    /// Noun phrases: each is offered whole, and also without the adjectives
    /// opening it (`significant [performance gains]`).
    func terms() -> [Span] {
        var spans: [Span] = []
        for phrase in sentence.phrases {
            spans.append(Span(words: phrase, kind: .term))
            var start = phrase.lowerBound
            while start < phrase.upperBound - 1, isOnlyAdjective(start) { start += 1 }
            if start > phrase.lowerBound { spans.append(Span(words: start..<phrase.upperBound, kind: .term)) }
        }
        return spans
    }

    private func isOnlyAdjective(_ index: Int) -> Bool {
        let classes = words[index].facts.classes
        return classes.contains(.adjective) && !classes.contains(.noun)
    }
}
