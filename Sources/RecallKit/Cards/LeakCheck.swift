/// Whether a card's front gives its answer away: the answer's words in any
/// form (`halts` / `halting`, `scalable` / `scalability`), half of a
/// compound (`bi-linear` / `linear`), its acronym or the words an acronym
/// of it spells, or the same number.
struct LeakCheck {
    let lexicon: Lexicon

    func leaks(answer: [Word], front: [Word]) -> Bool {
        let answerParts = answer.filter { !FunctionWords.contains($0.key) }.flatMap(\.parts)
            .filter { !FunctionWords.contains($0) }
        let frontParts = front.filter { !FunctionWords.contains($0.key) }.flatMap(\.parts)
        for part in answerParts where frontParts.contains(where: { same(part, $0) }) { return true }
        return spellsAcronym(answer, in: front) || spellsAcronym(front, in: answer)
    }

    /// Two words that are one word to a learner: equal, or forms of one
    /// word, or of one family.
    func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard a.first?.isLetter == true, b.first?.isLetter == true, a.count > 2, b.count > 2 else { return false }
        return lexicon.areRelated(a, b)
    }

    /// Whether an acronym among `words` is spelt by the initials of
    /// consecutive words of `other` (`LLMs` / `large language models`), or
    /// the initials of all of `other` spell one of `words`.
    private func spellsAcronym(_ words: [Word], in other: [Word]) -> Bool {
        let acronyms = words.filter(\.isAcronym).map { Array($0.text.filter(\.isUppercase).lowercased()) }
        guard !acronyms.isEmpty else { return false }
        let initials = other.map { $0.parts.compactMap(\.first) }
        let isFunction = other.map { FunctionWords.contains($0.key) }
        for acronym in acronyms {
            for start in initials.indices {
                var spelt: [Character] = [], spelledContent: [Character] = []
                for index in start..<initials.count where spelt.count < acronym.count + 2 {
                    spelt += initials[index]
                    if !isFunction[index] { spelledContent += initials[index] }
                    if spelt == acronym || (spelledContent == acronym && !isFunction[start]) { return true }
                }
            }
        }
        return false
    }
}
