/// A span of a sentence that could be hidden, with how much it is worth knowing.
struct ClozeSpan: Hashable {
    enum Kind: String { case quoted, term, number, name, keyword }
    /// UTF-8 range in the sentence.
    let range: Range<Int>
    let kind: Kind
    let score: Double
}

/// Finds the candidate spans of a sentence (CARD-QUALITY.md rule 4: a defined
/// term, a named system, a number with its unit, a quoted phrase), scored so
/// the most informative wins.
struct ClozeSpans {
    let tokens: Tokens
    let words: [Word]
    let bytes: [UInt8]
    let code: [Range<Int>]
    let vocabulary: NoteVocabulary
    /// Kept at hand: every word of the sentence may be read against them.
    let endingsTable = WordEndings.ascii
    let commonForms = CommonWords.forms

    init(tokens: Tokens, code: [Range<Int>], vocabulary: NoteVocabulary) {
        self.tokens = tokens
        words = tokens.words
        bytes = tokens.bytes
        self.code = code
        self.vocabulary = vocabulary
    }

    var all: [ClozeSpan] {
        var spans: [ClozeSpan] = []
        spans.reserveCapacity(words.count + 8) // about one per content word; small enough for the allocator's fast path
        quoted(into: &spans)
        numbers(into: &spans)
        names(into: &spans)
        terms(into: &spans)
        keywords(into: &spans)
        spans.removeAll { !isHideable($0) }
        return spans
    }

    // MARK: - Rules for any span

    /// Not the first word, no code, one short fact, and enough left to answer from.
    private func isHideable(_ span: ClozeSpan) -> Bool {
        guard let first = words.first, span.range.lowerBound > first.range.lowerBound else { return false }
        guard !code.contains(where: { $0.overlaps(span.range) }) else { return false }
        var inside = 0
        var content = false
        var index = tokens.firstWord(from: span.range.lowerBound)
        while index < words.count, words[index].range.lowerBound < span.range.upperBound {
            inside += 1
            if !words[index].traits.contains(.stop) { content = true }
            index += 1
        }
        guard inside > 0, inside <= 6, content else { return false }
        let remaining = words.count - inside
        return remaining >= 4 && Double(inside) <= Double(words.count) * 0.45
    }

    // MARK: - Kinds

    /// `"humongous teacher models"`: a short quoted phrase; inside a long
    /// quote, its most informative word.
    private func quoted(into spans: inout [ClozeSpan]) {
        for quote in QuoteFinder.ranges(in: bytes) {
            var inside = tokens.wordIndices(in: quote)
            if let first = inside.first, inside.count > 1, words[first].traits.contains(.article) {
                inside = inside.dropFirst()
            }
            guard let firstWord = inside.first else { continue }
            let range = max(quote.lowerBound, words[firstWord].range.lowerBound)..<quote.upperBound
            if inside.count <= 5 {
                let score = 9.5 - 0.4 * Double(max(0, inside.count - 2))
                spans.append(ClozeSpan(range: range, kind: .quoted, score: score))
            } else {
                for index in inside where isContentWord(index) {
                    let word = words[index]
                    let score = 5 + rarity(word) + nounBonus(word) + 0.05 * Double(word.length)
                        - (isCommon(word) ? 2 : 0)
                    spans.append(ClozeSpan(range: word.range, kind: .quoted, score: score))
                }
            }
        }
    }

    /// `175 billion`, `12,288`, `$4.3`, `2017`, `20%`.
    private func numbers(into spans: inout [ClozeSpan]) {
        var index = 0
        while index < words.count {
            let word = words[index]
            guard word.isNumber, !isListNumber(index) else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < words.count, words[end + 1].traits.contains(.magnitude),
                  isSpaceBetween(words[end], words[end + 1]) { end += 1 }
            let range = word.range.lowerBound..<words[end].range.upperBound
            spans.append(ClozeSpan(range: range, kind: .number, score: numberScore(index, end: end)))
            index = end + 1
        }
    }

    /// A number with a unit or magnitude, a year, or several digits says
    /// something; a lone digit in a formula rarely does.
    private func numberScore(_ index: Int, end: Int) -> Double {
        let word = words[index]
        var digits = 0
        for position in word.range where bytes[position] &- 0x30 < 10 { digits += 1 }
        let hasUnit = end + 1 < words.count && isSpaceBetween(words[end], words[end + 1])
            && !words[end + 1].traits.contains(.stop) && words[end + 1].hasLetter
        if end > index || tokens.word(word, contains: UInt8(ascii: "%")) || tokens.word(word, contains: UInt8(ascii: "$")) {
            return 8
        }
        if digits >= 2 && hasUnit { return 8 }
        if digits >= 2 { return 7 }
        return hasUnit ? 6.5 : 4.5
    }

    /// Runs of capitalised words, acronyms and model names not opening the
    /// sentence: `Yann LeCun`, `Deep Seek R1`, `NVIDIA`.
    private func names(into spans: inout [ClozeSpan]) {
        var index = 1
        while index < words.count {
            guard isNameWord(index) else {
                index += 1
                continue
            }
            let end = nameEnd(from: index)
            let count = end - index + 1
            let range = words[index].range.lowerBound..<words[end].range.upperBound
            let single = words[index]
            var score = count > 1 ? 7.5 : (single.isNameLike && single.length > 2 ? 6.5 : 5)
            if count == 1, vocabulary.isSubject(single.key) { score -= 2.5 }
            if count <= 5, !(count == 1 && words[index].traits.contains(.stop)) {
                spans.append(ClozeSpan(range: range, kind: .name, score: score + 0.5 * rarity(single)))
            }
            index = end + 1
        }
    }

    /// The last word of the name starting at `index`.
    private func nameEnd(from index: Int) -> Int {
        var end = index
        while end + 1 < words.count, isSpaceBetween(words[end], words[end + 1]) {
            if isNameWord(end + 1) || (words[end + 1].hasDigit && !words[end + 1].isNumber) {
                end += 1
            } else if end + 2 < words.count, words[end + 1].traits.contains(.nameJoiner), isNameWord(end + 2) {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    private func isNameWord(_ index: Int) -> Bool {
        let word = words[index]
        guard word.hasLetter, word.isCapitalized || word.isNameLike else { return false }
        if index > 0, isAfterSentenceBreak(index) { return false }
        return !(words[index].traits.contains(.stop) && !word.isNameLike)
    }

    /// After `: ` or `. `, a capital letter may just start a phrase.
    private func isAfterSentenceBreak(_ index: Int) -> Bool {
        var position = words[index].range.lowerBound - 1
        while position >= 0, bytes[position] == 0x20 { position -= 1 }
        guard position >= 0 else { return true }
        let byte = bytes[position]
        return byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "(")
            || byte == UInt8(ascii: "\"") || byte == 0x9C // “
    }

    /// The word after `called`, `known as`, `referred to as`, `stand for`, and
    /// the subject of `A transformer is a …`.
    private func terms(into spans: inout [ClozeSpan]) {
        for index in words.indices {
            let next = index + 1
            let triggers = words[index].traits.contains(.namingVerb)
                || (words[index].traits.contains(.isAs) && index > 0 && words[index - 1].traits.contains(.beforeAs))
                || (words[index].traits.contains(.isFor) && index > 0 && words[index - 1].traits.contains(.beforeFor))
            if triggers, next < words.count, let span = phrase(from: next, maxWords: 4) {
                spans.append(ClozeSpan(range: span, kind: .term, score: 8.5))
            }
        }
        if let subject = definitionSubject() { spans.append(ClozeSpan(range: subject, kind: .term, score: 8)) }
    }

    /// `A transformer is a …`: the one to three words before `is a`/`are`.
    private func definitionSubject() -> Range<Int>? {
        guard words.count > 4 else { return nil }
        let start = words[0].traits.contains(.article) ? 1 : 0
        for verb in (start + 1)...min(start + 3, words.count - 2)
        where words[verb].traits.contains(.copula) && words[verb + 1].traits.contains(.article) {
            let subject = start..<verb
            guard subject.allSatisfy({ !words[$0].traits.contains(.stop) && words[$0].hasLetter }),
                  start > 0 || subject.count > 1 else { return nil }
            return words[subject.lowerBound].range.lowerBound..<words[subject.upperBound - 1].range.upperBound
        }
        return nil
    }

    /// Up to `maxWords` content words from `start`, stopping at punctuation.
    private func phrase(from start: Int, maxWords: Int) -> Range<Int>? {
        var end = start
        guard !words[start].traits.contains(.stop) else { return nil }
        while end + 1 < words.count, end - start + 1 < maxWords, isSpaceBetween(words[end], words[end + 1]),
              !words[end + 1].traits.contains(.stop) { end += 1 }
        return words[start].range.lowerBound..<words[end].range.upperBound
    }

    func isSpaceBetween(_ a: Word, _ b: Word) -> Bool {
        b.range.lowerBound == a.range.upperBound + 1 && bytes[a.range.upperBound] == 0x20
    }

    /// `1.` or `2)` opening an enumeration inside a sentence.
    private func isListNumber(_ index: Int) -> Bool {
        let end = words[index].range.upperBound
        return end < bytes.count && bytes[end] == UInt8(ascii: ")") && index == 0
    }

    // Word lists of the rules above (read through `WordTraits`).
    static let articles: WordSet = ["the", "a", "an"]
    static let copulas: WordSet = ["is", "are"]
    static let nameJoiners: WordSet = ["of", "de", "von", "van", "for"]
    static let namingVerbs: WordSet = ["called", "termed", "dubbed"]
    static let beforeAs: WordSet = ["known", "referred", "defined"]
    static let beforeFor: WordSet = ["stand", "stands"]
}
