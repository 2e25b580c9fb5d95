/// Keywords: the last resort among cloze answers, and the word scores the
/// other kinds share.
extension ClozeSpans {
    /// Rare lowercase content words, and pairs of them, as a last resort:
    /// nouns are favoured, verbs and everyday words held back. Only those
    /// clearing `keywordMinimum` are kept.
    func keywords(into spans: inout [ClozeSpan]) {
        func keep(_ range: Range<Int>, _ score: Double) {
            if score >= Self.keywordMinimum { spans.append(ClozeSpan(range: range, kind: .keyword, score: score)) }
        }
        var next: (score: Double, common: Bool)? = nil // the first word is never a keyword
        for index in words.indices {
            let current = next
            next = index + 1 < words.count ? keyword(at: index + 1) : nil
            guard let single = current?.score else { continue }
            keep(words[index].range, single)
            if let following = next, isSpaceBetween(words[index], words[index + 1]), endsPhrase(after: index + 1),
               !following.common {
                keep(words[index].range.lowerBound..<words[index + 1].range.upperBound,
                     (following.score + min(single, following.score)) / 2 + 0.3)
            }
        }
    }

    /// The score of the word at `index` as a keyword, and whether it is everyday English.
    @inline(__always)
    private func keyword(at index: Int) -> (score: Double, common: Bool)? {
        guard isKeyword(index) else { return nil }
        let common = isCommon(words[index])
        return (keywordScore(index, common: common), common)
    }

    @inline(__always)
    private func isKeyword(_ index: Int) -> Bool {
        let word = words[index]
        return isContentWord(index) && !word.isCapitalized && !word.hasDigit
            && !word.hasApostrophe
    }

    /// A noun phrase ends at punctuation, a preposition or a conjunction.
    private func endsPhrase(after index: Int) -> Bool {
        let end = words[index].range.upperBound
        guard end < bytes.count, index + 1 < words.count, isSpaceBetween(words[index], words[index + 1]) else {
            return true
        }
        return words[index + 1].traits.contains(.phraseEnd)
    }

    @inline(__always)
    private func keywordScore(_ index: Int, common: Bool) -> Double {
        let word = words[index]
        let endings = endings(word)
        var score = 3.5 + rarity(word) + (endings.contains(.noun) ? 0.7 : 0) + (word.length >= 9 ? 0.4 : 0)
        if common { score -= 2 }
        let previous: WordTraits = index > 0 ? words[index - 1].traits : []
        if previous.contains(.determiner) { score += 0.6 }
        if previous.contains(.verbContext) { score -= 1.5 }
        if endings.contains(.verbal), !previous.contains(.determiner) { score -= 1.5 }
        if endings.contains(.ing), !previous.isDisjoint(with: [.verbContext, .gerundContext]) {
            score -= 1.5 // "by filtering", "is using"
        }
        if endings.contains(.adjectival) { score -= 1 }
        if index + 1 < words.count, words[index + 1].traits.contains(.determiner), !words[index + 1].traits.contains(.quantifier) {
            score -= 1.5 // a verb taking an object: "undergo the same operation"
        }
        return score
    }

    func isContentWord(_ index: Int) -> Bool {
        let word = words[index]
        return word.hasLetter && words[index].traits.isDisjoint(with: [.stop, .vague]) && word.length >= 4
            && !tokens.word(word, endsWith: Self.ly)
    }

    /// 0...1.5: words used once in the note say the most.
    func rarity(_ word: Word) -> Double {
        switch vocabulary.count(of: word.key) ?? 1 {
        case ...1: return 1.5
        case 2: return 1
        case 3...4: return 0.5
        default: return 0
        }
    }

    func nounBonus(_ word: Word) -> Double {
        endings(word).contains(.noun) ? 0.7 : 0
    }

    /// Whether the word is everyday English, read in the table at hand.
    func isCommon(_ word: Word) -> Bool {
        commonForms.contains(word, in: tokens)
    }

    private func endings(_ word: Word) -> WordEndings {
        endingsTable.endings(of: word, in: tokens)
    }

    /// Keyword answers must clear a higher bar than named or quoted ones.
    static let keywordMinimum = 5.3

    // Word lists of the rules above (read through `WordTraits`).

    /// Words after which an `-ing` word is a verb.
    static let gerundContext: WordSet = ["by", "while", "when", "without", "after", "before", "for"]

    /// Words after which a noun is likely.
    static let determiners: WordSet = [
        "the", "a", "an", "its", "their", "his", "her", "our", "your", "of", "this", "these", "those", "each",
        "every", "any", "some", "many", "more", "most", "such", "no",
    ]

    /// Determiners that may follow a noun as well as a verb.
    static let quantifiers: WordSet = ["of", "more", "most", "no"]

    /// Words after which a verb or adjective is likely.
    static let verbContext: WordSet = [
        "to", "can", "could", "will", "would", "should", "may", "might", "must", "is", "are", "was", "were",
        "be", "been", "being", "not", "also", "often", "very", "too", "so", "more", "less", "how", "that",
        "who", "which", "they", "it", "we", "you", "he", "she", "models", "users", "people",
    ]

    static let phraseEnds: WordSet = [
        "of", "in", "for", "to", "that", "which", "with", "and", "or", "from", "on", "at", "by", "as",
    ]

    private static let ly = WordEnding("ly")
}
