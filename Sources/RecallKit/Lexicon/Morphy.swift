/// WordNet's morphy: the base forms of a word in one class, found the way WordNet's own
/// `morphstr` finds them. The word itself when it is a lemma; then the irregular forms of the
/// exception list, or, when the word has none, the first detachment rule whose result is a lemma
/// ("studies" → study, "halting" → halt). A word of several words (joined with `_`) is also
/// looked up with each word replaced by its own base form ("attorneys_general" → attorney_general,
/// "gave_up" → give_up); the rules alone already read an inflected last word ("stock_markets" → stock_market).
extension LexiconResource {
    /// The detachment rules of each class, tried in order: ending → replacement.
    static let detachmentRules: [WordClasses: [(ending: String, replacement: String)]] = [
        .noun: [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
                ("men", "man"), ("ies", "y")],
        .verb: [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
                ("ing", "")],
        .adjective: [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
    ]

    func isLemma(_ word: String, _ oneClass: WordClasses) -> Bool {
        lemmas[word]?.classes.contains(oneClass) ?? false
    }

    /// The lemmas of `oneClass` that `word` (lowercase, words joined with `_`) is a form of, in morphy's order.
    func baseForms(of word: String, as oneClass: WordClasses) -> [String] {
        var found: [String] = []
        func add(_ candidate: String) {
            if isLemma(candidate, oneClass), !found.contains(candidate) { found.append(candidate) }
        }
        add(word)
        if let irregular = exceptions[oneClass]?[word] {
            irregular.forEach(add)
            return found
        }
        if let regular = ruleBase(of: word, as: oneClass) { add(regular) }
        if word.utf8.contains(UInt8(ascii: "_")) {
            let words = word.split(separator: "_", omittingEmptySubsequences: false).map(String.init)
            add(words.map { wordBase(of: $0, as: oneClass) ?? $0 }.joined(separator: "_"))
        }
        return found
    }

    /// The base form morphy gives one word of a lemma of several words: its first irregular form, else its regular one.
    func wordBase(of word: String, as oneClass: WordClasses) -> String? {
        exceptions[oneClass]?[word]?.first ?? ruleBase(of: word, as: oneClass)
    }

    /// The first detachment rule's result that is a lemma of `oneClass` (morphy's `morphword`).
    /// Nouns ending in "ful" are read without it ("boxesful" → boxful); nouns ending in "ss"
    /// and words of two letters or fewer are left alone.
    private func ruleBase(of word: String, as oneClass: WordClasses) -> String? {
        guard let rules = Self.detachmentRules[oneClass] else { return nil } // adverbs: exceptions only
        var stem = Substring(word)
        var ending = ""
        if oneClass == .noun {
            if word.hasSuffix("ful") {
                stem = stem.dropLast(3)
                ending = "ful"
            } else if word.hasSuffix("ss") || word.utf8.count <= 2 {
                return nil
            }
        }
        for rule in rules where stem.hasSuffix(rule.ending) {
            let candidate = stem.dropLast(rule.ending.count) + rule.replacement + ending
            if candidate != word, isLemma(candidate, oneClass) { return candidate }
        }
        return nil
    }
}
