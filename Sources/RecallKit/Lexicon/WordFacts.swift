/// What the lexicon says of one word, looked up once: its classes, how
/// familiar it is in each, and the form it is counted by.
public struct WordFacts: Hashable, Sendable {
    public let classes: WordClasses
    /// Tag-count familiarity in all classes, as a noun, as an adjective, and
    /// as a verb, adjective or adverb.
    public let familiarity: Int
    public let nounFamiliarity: Int
    public let adjectiveFamiliarity: Int
    public let otherFamiliarity: Int
    /// Its first base form, or the word itself less a plural `s` the lexicon
    /// cannot undo (`LLMs` → `llm`) when the lexicon does not know it.
    public let stem: String
}

extension Lexicon {
    /// The facts of a word (any case), looked up once per process.
    public func facts(of word: String) -> WordFacts {
        memo.facts(of: word) {
            // `vice-versa`: WordNet writes a hyphenated lemma with `_` when it does not know the hyphen.
            if word.contains("-"), classes(of: word).isEmpty {
                let joined = word.replacingOccurrences(of: "-", with: "_")
                if !classes(of: joined).isEmpty { return facts(of: joined) }
            }
            let bases = baseForms(of: word)
            let lower = word.lowercased()
            let stem = bases.first?.lemma
                ?? (lower.count > 3 && lower.hasSuffix("s") && !lower.hasSuffix("ss") ? String(lower.dropLast()) : lower)
            return WordFacts(classes: classes(of: word), familiarity: familiarity(of: word),
                             nounFamiliarity: familiarity(of: word, as: .noun),
                             adjectiveFamiliarity: familiarity(of: word, as: .adjective),
                             otherFamiliarity: familiarity(of: word, as: [.verb, .adjective, .adverb]), stem: stem)
        }
    }

    /// The form a word is counted and compared by (`WordFacts.stem`).
    public func stem(_ word: String) -> String { facts(of: word).stem }
}
