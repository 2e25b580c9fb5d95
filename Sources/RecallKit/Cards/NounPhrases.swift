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
            var end = index + 1
            while end < words.count, end - index < 6, joined(end - 1) { end += 1 }
            guard end - index >= 2 else { return 0 }
            return lexicon.collocationLength(at: words[index..<end].map(\.key)[...])
        }

        /// A word that may stand in a noun phrase: a noun, an adjective, a
        /// number or a name, never a function word.
        func canModify(_ index: Int) -> Bool {
            let word = words[index]
            guard !FunctionWords.contains(word.key), word.hasLetter || word.isNumber else { return false }
            if word.isNumber || word.isAcronym || word.isOddlyCased { return true }
            let classes = lexicon.classes(of: word.key)
            return classes.isEmpty || classes.contains(.adjective) || isNoun(index)
        }

        /// Whether the word reads as a noun here: the lexicon knows it as one
        /// and, when it is a verb too, nothing before it makes it a verb.
        func isNoun(_ index: Int) -> Bool {
            let word = words[index]
            guard !FunctionWords.contains(word.key), word.hasLetter else { return false }
            if word.isAcronym || word.isOddlyCased { return true }
            let classes = lexicon.classes(of: word.key)
            if classes.isEmpty { return !word.key.hasSuffix("ly") }
            guard classes.contains(.noun) else { return false }
            guard classes.contains(.verb), index > 0 else { return true }
            return !verbCues.contains(words[index - 1].key)
        }
    }

    /// Words after which a word that may be a verb is one.
    private static let verbCues: Set<String> = [
        "to", "i", "we", "you", "they", "he", "she", "it", "who", "which", "that", "can", "could", "may", "might",
        "must", "shall", "should", "will", "would", "do", "does", "did", "not", "also", "often", "usually",
    ]
}
