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
    let text: String
    let words: [Word]
    let bytes: [UInt8]
    let code: [Range<Int>]
    let vocabulary: NoteVocabulary
    /// How often each lowercase word occurs in the whole note.
    var frequency: [String: Int] { vocabulary.frequency }

    init(text: String, code: [Range<Int>], vocabulary: NoteVocabulary) {
        self.text = text
        self.words = Words.tokenize(text)
        self.bytes = Array(text.utf8)
        self.code = code
        self.vocabulary = vocabulary
    }

    var all: [ClozeSpan] {
        let spans = quoted() + numbers() + names() + terms() + keywords().filter { $0.score >= Self.keywordMinimum }
        return spans.filter(isHideable)
    }

    // MARK: - Rules for any span

    /// Not the first word, no code, one short fact, and enough left to answer from.
    private func isHideable(_ span: ClozeSpan) -> Bool {
        guard let first = words.first, span.range.lowerBound > first.range.lowerBound else { return false }
        guard !code.contains(where: { $0.overlaps(span.range) }) else { return false }
        let inside = words.filter { span.range.contains($0.range.lowerBound) }
        guard !inside.isEmpty, inside.count <= 6, inside.contains(where: { !$0.isStopWord }) else { return false }
        let remaining = words.count - inside.count
        return remaining >= 4 && Double(inside.count) <= Double(words.count) * 0.45
    }

    private func wordIndices(in range: Range<Int>) -> [Int] {
        words.indices.filter { range.contains(words[$0].range.lowerBound) }
    }

    // MARK: - Kinds

    /// `"humongous teacher models"`: a short quoted phrase; inside a long
    /// quote, its most informative word.
    private func quoted() -> [ClozeSpan] {
        var spans: [ClozeSpan] = []
        for quote in QuoteFinder.ranges(in: bytes) {
            var inside = wordIndices(in: quote)
            if let first = inside.first, inside.count > 1, ["the", "a", "an"].contains(words[first].lower) {
                inside.removeFirst()
            }
            guard let firstWord = inside.first else { continue }
            let range = max(quote.lowerBound, words[firstWord].range.lowerBound)..<quote.upperBound
            if inside.count <= 5 {
                let score = 9.5 - 0.4 * Double(max(0, inside.count - 2))
                spans.append(ClozeSpan(range: range, kind: .quoted, score: score))
            } else {
                for index in inside where isContentWord(words[index]) {
                    let word = words[index]
                    let score = 5 + rarity(word) + nounBonus(word.lower) + 0.05 * Double(word.length)
                        - (CommonWords.contains(word.lower) ? 2 : 0)
                    spans.append(ClozeSpan(range: word.range, kind: .quoted, score: score))
                }
            }
        }
        return spans
    }

    /// `175 billion`, `12,288`, `$4.3`, `2017`, `20%`.
    private func numbers() -> [ClozeSpan] {
        var spans: [ClozeSpan] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            guard word.isNumber, !isListNumber(index) else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < words.count, Words.magnitudes.contains(words[end + 1].lower),
                  isSpaceBetween(words[end], words[end + 1]) { end += 1 }
            let range = word.range.lowerBound..<words[end].range.upperBound
            spans.append(ClozeSpan(range: range, kind: .number, score: numberScore(index, end: end)))
            index = end + 1
        }
        return spans
    }

    /// A number with a unit or magnitude, a year, or several digits says
    /// something; a lone digit in a formula rarely does.
    private func numberScore(_ index: Int, end: Int) -> Double {
        let word = words[index]
        let digits = word.text.utf8.filter { $0 >= 0x30 && $0 <= 0x39 }.count
        let hasUnit = end + 1 < words.count && isSpaceBetween(words[end], words[end + 1])
            && !words[end + 1].isStopWord && words[end + 1].hasLetter
        if end > index || word.text.utf8.contains(UInt8(ascii: "%")) || word.text.utf8.contains(UInt8(ascii: "$")) { return 8 }
        if digits >= 2 && hasUnit { return 8 }
        if digits >= 2 { return 7 }
        return hasUnit ? 6.5 : 4.5
    }

    /// Runs of capitalised words, acronyms and model names not opening the
    /// sentence: `Yann LeCun`, `Deep Seek R1`, `NVIDIA`.
    private func names() -> [ClozeSpan] {
        var spans: [ClozeSpan] = []
        var index = 1
        while index < words.count {
            guard isNameWord(index) else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < words.count, isSpaceBetween(words[end], words[end + 1]) {
                if isNameWord(end + 1) || (words[end + 1].hasDigit && !words[end + 1].isNumber) {
                    end += 1
                } else if end + 2 < words.count, ["of", "de", "von", "van", "for"].contains(words[end + 1].lower),
                          isNameWord(end + 2) {
                    end += 2
                } else {
                    break
                }
            }
            let count = end - index + 1
            let range = words[index].range.lowerBound..<words[end].range.upperBound
            let single = words[index]
            var score = count > 1 ? 7.5 : (single.isNameLike && single.length > 2 ? 6.5 : 5)
            if count == 1, vocabulary.isSubject(single.lower) { score -= 2.5 }
            if count <= 5, !(count == 1 && single.isStopWord) {
                spans.append(ClozeSpan(range: range, kind: .name, score: score + 0.5 * rarity(single)))
            }
            index = end + 1
        }
        return spans
    }

    private func isNameWord(_ index: Int) -> Bool {
        let word = words[index]
        guard word.hasLetter, word.isCapitalized || word.isNameLike else { return false }
        if index > 0, isAfterSentenceBreak(index) { return false }
        return !(word.isStopWord && !word.isNameLike)
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
    private func terms() -> [ClozeSpan] {
        var spans: [ClozeSpan] = []
        for index in words.indices {
            let lower = words[index].lower
            let next = index + 1
            let triggers = lower == "called" || lower == "termed" || lower == "dubbed"
                || (lower == "as" && index > 0 && ["known", "referred", "defined"].contains(words[index - 1].lower))
                || (lower == "for" && index > 0 && ["stand", "stands"].contains(words[index - 1].lower))
            if triggers, next < words.count, let span = phrase(from: next, maxWords: 4) {
                spans.append(ClozeSpan(range: span, kind: .term, score: 8.5))
            }
        }
        if let subject = definitionSubject() { spans.append(ClozeSpan(range: subject, kind: .term, score: 8)) }
        return spans
    }

    /// `A transformer is a …`: the one to three words before `is a`/`are`.
    private func definitionSubject() -> Range<Int>? {
        guard words.count > 4 else { return nil }
        let start = ["a", "an", "the"].contains(words[0].lower) ? 1 : 0
        for verb in (start + 1)...min(start + 3, words.count - 2)
        where ["is", "are"].contains(words[verb].lower) && ["a", "an", "the"].contains(words[verb + 1].lower) {
            let subject = Array(words[start..<verb])
            guard subject.allSatisfy({ !$0.isStopWord && $0.hasLetter }), start > 0 || subject.count > 1 else { return nil }
            return subject.first!.range.lowerBound..<subject.last!.range.upperBound
        }
        return nil
    }

    /// Up to `maxWords` content words from `start`, stopping at punctuation.
    private func phrase(from start: Int, maxWords: Int) -> Range<Int>? {
        var end = start
        guard !words[start].isStopWord else { return nil }
        while end + 1 < words.count, end - start + 1 < maxWords, isSpaceBetween(words[end], words[end + 1]),
              !words[end + 1].isStopWord { end += 1 }
        return words[start].range.lowerBound..<words[end].range.upperBound
    }

    /// Rare lowercase content words, and pairs of them, as a last resort:
    /// nouns are favoured, verbs and everyday words held back.
    private func keywords() -> [ClozeSpan] {
        var spans: [ClozeSpan] = []
        let scores: [Double?] = words.indices.map { isKeyword($0) ? keywordScore($0) : nil }
        for index in words.indices.dropFirst() {
            guard let single = scores[index] else { continue }
            spans.append(ClozeSpan(range: words[index].range, kind: .keyword, score: single))
            let next = index + 1
            if next < words.count, let following = scores[next], isSpaceBetween(words[index], words[next]),
               endsPhrase(after: next), !CommonWords.contains(words[next].lower) {
                let pair = words[index].range.lowerBound..<words[next].range.upperBound
                let score = (following + min(single, following)) / 2 + 0.3
                spans.append(ClozeSpan(range: pair, kind: .keyword, score: score))
            }
        }
        return spans
    }

    private func isKeyword(_ index: Int) -> Bool {
        let word = words[index]
        return isContentWord(word) && !word.isCapitalized && !word.hasDigit && !word.text.utf8.contains(UInt8(ascii: "'"))
    }

    /// A noun phrase ends at punctuation, a preposition or a conjunction.
    private func endsPhrase(after index: Int) -> Bool {
        let end = words[index].range.upperBound
        guard end < bytes.count, index + 1 < words.count, isSpaceBetween(words[index], words[index + 1]) else {
            return true
        }
        return ["of", "in", "for", "to", "that", "which", "with", "and", "or", "from", "on", "at", "by", "as"]
            .contains(words[index + 1].lower)
    }

    private func keywordScore(_ index: Int) -> Double {
        let word = words[index]
        var score = 3.5 + rarity(word) + nounBonus(word.lower) + (word.length >= 9 ? 0.4 : 0)
        if CommonWords.contains(word.lower) { score -= 2 }
        let previous = index > 0 ? words[index - 1].lower : ""
        if Self.determiners.contains(previous) { score += 0.6 }
        if Self.verbContext.contains(previous) { score -= 1.5 }
        let looksVerbal = word.lower.hasSuffix("ed") || word.lower.hasSuffix("ize") || word.lower.hasSuffix("ise")
            || word.lower.hasSuffix("ate")
        if looksVerbal, !Self.determiners.contains(previous) { score -= 1.5 }
        if word.lower.hasSuffix("ing"), Self.verbContext.contains(previous) || Self.gerundContext.contains(previous) {
            score -= 1.5 // "by filtering", "is using"
        }
        let adjectival = ["ic", "ive", "ous", "al", "ful", "less", "able", "ible", "ant", "ent"]
        if adjectival.contains(where: word.lower.hasSuffix) { score -= 1 }
        if index + 1 < words.count, Self.determiners.contains(words[index + 1].lower),
           !["of", "more", "most", "no"].contains(words[index + 1].lower) {
            score -= 1.5 // a verb taking an object: "undergo the same operation"
        }
        return score
    }

    /// Words after which an `-ing` word is a verb.
    private static let gerundContext: Set<String> = ["by", "while", "when", "without", "after", "before", "for"]

    /// Keyword answers must clear a higher bar than named or quoted ones.
    static let keywordMinimum = 5.3

    /// Words after which a noun is likely.
    private static let determiners: Set<String> = [
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "of", "this", "these", "those", "each",
        "every", "any", "some", "many", "more", "most", "such", "no",
    ]

    /// Words after which a verb or adjective is likely.
    private static let verbContext: Set<String> = [
        "to", "can", "could", "will", "would", "should", "may", "might", "must", "is", "are", "was", "were",
        "be", "been", "being", "not", "also", "often", "very", "too", "so", "more", "less", "how", "that",
        "who", "which", "they", "it", "we", "you", "he", "she", "models", "users", "people",
    ]

    private func isContentWord(_ word: Word) -> Bool {
        word.hasLetter && !word.isStopWord && !Words.vague.contains(word.lower) && word.length >= 4
            && !word.lower.hasSuffix("ly")
    }

    /// 0...1.5: words used once in the note say the most.
    private func rarity(_ word: Word) -> Double {
        switch frequency[word.lower, default: 1] {
        case ...1: return 1.5
        case 2: return 1
        case 3...4: return 0.5
        default: return 0
        }
    }

    private func nounBonus(_ lower: String) -> Double {
        let endings = ["tion", "sion", "ment", "ness", "ity", "ance", "ence", "ism", "ist", "ogy", "ics", "sis", "ure"]
        return endings.contains(where: lower.hasSuffix) ? 0.7 : 0
    }

    private func isSpaceBetween(_ a: Word, _ b: Word) -> Bool {
        b.range.lowerBound == a.range.upperBound + 1 && bytes[a.range.upperBound] == 0x20
    }

    /// `1.` or `2)` opening an enumeration inside a sentence.
    private func isListNumber(_ index: Int) -> Bool {
        let end = words[index].range.upperBound
        return end < bytes.count && bytes[end] == UInt8(ascii: ")") && index == 0
    }
}

/// Finds quoted stretches: `"…"`, `“…”`, `‘…’`.
enum QuoteFinder {
    static func ranges(in bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var openStraight: Int?
        var openCurly: Int?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if let open = openStraight {
                    ranges.append(trimmed(open..<index, bytes))
                    openStraight = nil
                } else {
                    openStraight = index + 1
                }
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80 {
                let mark = bytes[index + 2]
                if mark == 0x9C || mark == 0x98 { openCurly = index + 3 }
                if (mark == 0x9D || (mark == 0x99 && isQuoteEnd(bytes, index + 3))), let open = openCurly {
                    ranges.append(trimmed(open..<index, bytes))
                    openCurly = nil
                }
                index += 2
            }
            index += 1
        }
        return ranges.filter { !$0.isEmpty }
    }

    /// `’` closes a quote only when no letter follows (not an apostrophe).
    private static func isQuoteEnd(_ bytes: [UInt8], _ index: Int) -> Bool {
        index >= bytes.count || !isWordByte(bytes[index])
    }

    private static func trimmed(_ range: Range<Int>, _ bytes: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isSpace(bytes[lower]) || isPunctuation(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) || isPunctuation(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}
