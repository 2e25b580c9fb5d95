/// Finds a sentence's noun phrases: runs of modifiers joined by single
/// spaces that end in a noun (`large-scale GPU clusters`, `return on
/// investment`). Word classes come from the lexicon; a word it does not know
/// is read as a noun (jargon and names), a function word never is, except
/// inside a collocation the lexicon knows.
enum NounPhrases {
    static func chunks(_ words: [Word], text: [Character], lexicon: Lexicon) -> [Range<Int>] {
        let reader = Reader(words: words, text: text, lexicon: lexicon)
        var chunks: [Range<Int>] = []
        var index = 0
        while index < words.count {
            let known = reader.collocation(at: index)
            guard known >= 2 || reader.canModify(index) else {
                index += 1
                continue
            }
            var end = index + max(known, 1)
            while end < words.count, reader.joined(end - 1), reader.canModify(end) { end += 1 }
            var last = end
            while last > index + known, !reader.isNoun(last - 1) { last -= 1 }
            if last > index { chunks.append(index..<last) }
            index = end
        }
        return chunks
    }

    /// Word classes in the context of one sentence.
    struct Reader {
        let words: [Word]
        let text: [Character]
        let lexicon: Lexicon

        /// Whether only a space stands between word `index` and the next.
        func joined(_ index: Int) -> Bool {
            guard index + 1 < words.count else { return false }
            let gap = text[words[index].range.upperBound..<words[index + 1].range.lowerBound]
            return gap.count == 1 && gap.first == " "
        }

        /// How many words from `index` make a collocation the lexicon knows
        /// (0 when none), all joined by spaces.
        func collocation(at index: Int) -> Int {
            guard lexicon.opensCollocation(words[index].key) else { return 0 }
            var end = index + 1
            while end < words.count, end - index < 6, joined(end - 1) { end += 1 }
            guard end - index >= 2 else { return 0 }
            let length = lexicon.collocationLength(at: words[index..<end].map(\.key)[...])
            // Only a noun is a phrase here: `come to`, `used to` and `in reality` are not.
            guard length >= 2,
                  lexicon.classes(of: words[index..<(index + length)].map(\.key).joined(separator: " ")).contains(.noun)
            else { return 0 }
            return length
        }

        /// A word that may stand in a noun phrase: a noun, an adjective, a
        /// number or a name, never a function word.
        func canModify(_ index: Int) -> Bool {
            let word = words[index]
            guard !FunctionWords.contains(word.key), !word.isContraction, word.hasLetter || word.isNumber else { return false }
            // An adverb that grades the adjective after it: `countably infinite set`.
            if word.key.hasSuffix("ly"), [.adverb, []].contains(word.facts.classes) {
                return joined(index) && words[index + 1].facts.classes.contains(.adjective)
            }
            if word.isNumber || word.isAcronym || word.isOddlyCased { return true }
            let classes = word.facts.classes
            return classes.isEmpty || classes.contains(.adjective) || isNoun(index)
        }

        /// Whether the word reads as a noun here: the lexicon knows it as one
        /// and, when it is a verb too, nothing before it makes it a verb.
        func isNoun(_ index: Int) -> Bool {
            let word = words[index]
            guard !FunctionWords.contains(word.key), !word.isContraction, word.hasLetter else { return false }
            if word.isAcronym || word.isOddlyCased { return true }
            let classes = word.facts.classes
            // A word the lexicon does not know is a noun unless it wears a modifier's or verb's ending (`impactful`).
            if classes.isEmpty { return !NounPhrases.modifierEndings.contains { word.key.count > $0.count + 3 && word.key.hasSuffix($0) } }
            // After a noun and before a preposition or article, a word that may be a verb is one (`the LLM doesn't`,
            // `vision focuses on`, `vectors point in`).
            if classes.contains(.verb), index > 0, index + 1 < words.count, joined(index - 1), joined(index),
               NounPhrases.verbFollowers.contains(words[index + 1].key),
               !FunctionWords.contains(words[index - 1].key), words[index - 1].facts.classes.contains(.noun) {
                return false
            }
            guard classes.contains(.noun) else { return false }
            guard classes != .noun else { return true }
            let before = index > 0 ? words[index - 1].key : ""
            if nounCues.contains(before) || before.hasSuffix("'s") || before.hasSuffix("’s") { return true }
            // After an adjective, it names what the adjective describes (`infinite set`).
            if index > 0, joined(index - 1), !FunctionWords.contains(before), readsAsAdjective(words[index - 1]) { return true }
            if classes.contains(.verb), verbCues.contains(before) { return false }
            // Otherwise the reading the lexicon saw most often wins (`novel` is an adjective).
            let other = word.facts.otherFamiliarity
            return word.facts.nounFamiliarity >= other
        }

        /// A word the lexicon knows mostly as an adjective.
        func readsAsAdjective(_ word: Word) -> Bool {
            let facts = word.facts
            guard facts.classes.contains(.adjective) else { return false }
            return !facts.classes.contains(.noun) || facts.adjectiveFamiliarity >= facts.nounFamiliarity
        }

        /// Whether a modifier classifies rather than judges, so that it and
        /// the noun after it make a term: a noun (`invoice processing`), a
        /// name or number, a word the lexicon does not know, a hyphenated
        /// compound, or an adjective built on a noun of its family
        /// (`clinical`, `statistical`, `digital`); not `significant`,
        /// `major`, `complex` or `increased`.
        func isClassifier(_ index: Int) -> Bool {
            let word = words[index]
            if word.isAcronym || word.isOddlyCased || word.isNumber || word.isCapitalized || word.key.contains(where: { $0 == "-" }) {
                return true
            }
            let classes = word.facts.classes
            if classes.isEmpty || classes == .noun { return true }
            let noun = word.facts.nounFamiliarity
            let other = word.facts.otherFamiliarity
            if classes.contains(.noun), noun >= other, noun > 0 { return true }
            return isRelational(word.key)
        }

        /// An adjective built on a noun of its family with a suffix that means
        /// "of": `clinical` (clinic), `atomic`, `planetary`; not `rigorous`.
        private func isRelational(_ key: String) -> Bool {
            guard ["al", "ic", "ary", "ar"].contains(where: key.hasSuffix) else { return false }
            return lexicon.family(of: key).contains { noun in
                noun != key && noun.count >= 4 && key.hasPrefix(noun.hasSuffix("e") ? String(noun.dropLast()) : noun)
                    && lexicon.classes(of: noun).contains(.noun)
            }
        }
    }

    /// Words that follow a verb rather than a noun.
    /// Endings of adverbs, adjectives and verbs, for words the lexicon does not know (`strategize`).
    static let modifierEndings = ["ly", "ful", "ous", "ive", "able", "ible", "less", "ish", "ize", "ise", "ify"]

    static let verbFollowers: Set<String> = [
        "on", "to", "the", "a", "an", "in", "into", "with", "at", "from", "by", "that", "its", "their", "it", "them",
        "up", "out", "down", "away", "back",
    ]

    /// Words after which a word is a noun.
    private static let nounCues: Set<String> = [
        "a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my", "each",
        "every", "of",
    ]

    /// Words after which a word that may be a verb is one.
    private static let verbCues: Set<String> = [
        "to", "i", "we", "you", "they", "he", "she", "it", "who", "which", "that", "can", "could", "may", "might",
        "must", "shall", "should", "will", "would", "do", "does", "did", "not", "also", "often", "usually",
    ]
}
