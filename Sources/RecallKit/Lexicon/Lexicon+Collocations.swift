/// Lemmas of several words: "return on investment", "stock market", "give up".
extension Lexicon {
    /// Whether the words (as written, any case) are a WordNet lemma of several words ("return on investment").
    /// Also true when the last word is inflected ("stock markets"), or, as morphy reads them, any
    /// word ("attorneys general", "gave up").
    public func isCollocation(_ words: [String]) -> Bool {
        words.count > 1 && isCollocation(key: words.map { $0.lowercased() }.joined(separator: "_"))
    }

    /// The longest run of words from the start of `words` that is a collocation (0 when none), for scanning text.
    public func collocationLength(at words: ArraySlice<String>) -> Int {
        guard words.count >= 2, let first = words.first, opensCollocation(first) else { return 0 }
        return lookUpCollocationLength(at: words)
    }

    /// Whether a lemma of several words may start with this word (as written or as a base form).
    public func opensCollocation(_ word: String) -> Bool {
        let first = word.lowercased()
        return !memo.leads(of: first) { openingLeads(of: first) }.isEmpty
    }

    private func lookUpCollocationLength(at words: ArraySlice<String>) -> Int {
        guard let first = words.first?.lowercased() else { return 0 }
        var leads = memo.leads(of: first) { openingLeads(of: first) }
        var longest = 0
        var length = 1
        for word in words.dropFirst() {
            leads = leads.filter(resource.startsMultiwordLemma)
            if leads.isEmpty { break }
            let next = "_" + word.lowercased()
            leads = leads.map { $0 + next }
            length += 1
            if leads.contains(where: isCollocation(key:)) { longest = length }
        }
        return longest
    }

    /// The first word as written and as its base form in each class ("gave" → give),
    /// those that open a lemma of several words.
    private func openingLeads(of first: String) -> [String] {
        var leads = [first]
        for oneClass in WordClasses.each {
            if let base = resource.wordBase(of: first, as: oneClass), !leads.contains(base) { leads.append(base) }
        }
        return leads.filter(resource.startsMultiwordLemma)
    }

    /// Whether a lowercase key of several words joined with `_` is, or inflects, a lemma of several words.
    private func isCollocation(key: String) -> Bool {
        memo.isCollocation(key) { lookUpCollocation(key: key) }
    }

    private func lookUpCollocation(key: String) -> Bool {
        WordClasses.each.contains { oneClass in
            resource.baseForms(of: key, as: oneClass).contains { $0.utf8.contains(UInt8(ascii: "_")) }
        }
    }
}
