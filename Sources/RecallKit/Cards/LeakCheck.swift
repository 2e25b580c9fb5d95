/// Whether a card's front gives its answer away: half or more of the
/// answer's words in any form (`halts` / `halting`, `scalable` /
/// `scalability`, `bi-linear` / `linear`, `informal` / `formal`), any number of it, its acronym or
/// the words an acronym of it spells. One word of a longer answer
/// (`teacher models` beside `models`) is a clue, not the answer; so is half
/// of it when the hidden half names a thing (`policy reasons` beside
/// `technical reasons`), not when it is a lone modifier (`new knowledge`).
struct LeakCheck {
    let lexicon: Lexicon

    /// `contrast`: a half-shown answer may still be asked for (clozes); a
    /// label is guessed from half of it, so a question's answer may not.
    func leaks(answer: [Word], front: [Word], contrast: Bool = true) -> Bool {
        leaks(answer: answer, front: front, frontKin: kinship(of: front), contrast: contrast)
    }

    /// Whether every content word of the answer, in some form, is among `frontKin`.
    func showsAll(of answer: [Word], frontKin: Set<String>) -> Bool {
        let parts = answer.filter { !FunctionWords.contains($0.key) }.flatMap(\.parts).filter { !FunctionWords.contains($0) }
        return !parts.isEmpty && parts.allSatisfy { !kin($0).isDisjoint(with: frontKin) }
    }

    /// The kinship keys of every content word of a front, for `leaks`.
    func kinship(of front: [Word]) -> Set<String> {
        var frontKin: Set<String> = []
        for part in front.filter({ !FunctionWords.contains($0.key) }).flatMap(\.parts) { frontKin.formUnion(kin(part)) }
        return frontKin
    }

    func leaks(answer: [Word], front: [Word], frontKin: Set<String>, contrast: Bool = true) -> Bool {
        let answerParts = answer.filter { !FunctionWords.contains($0.key) }.flatMap(\.parts)
            .filter { !FunctionWords.contains($0) }
        let shown = answerParts.filter { !kin($0).isDisjoint(with: frontKin) }
        let hidden = answerParts.filter { kin($0).isDisjoint(with: frontKin) }
        if !shown.isEmpty, 2 * shown.count > answerParts.count || shown.contains(where: { $0.first?.isNumber == true }) {
            return true
        }
        // Half shown: a contrast (`technical reasons` / `policy reasons`) still
        // asks for a thing; a lone hidden modifier (`new` of `new knowledge`) does not.
        // The shown half must be the head (`reasons` of `policy reasons`); a shown
        // modifier (`OpenSea` of `OpenSea's Stance`) is the answer's point.
        if !shown.isEmpty, 2 * shown.count == answerParts.count,
           !contrast || !hidden.allSatisfy(namesAThing) || !answerParts.suffix(shown.count).elementsEqual(shown) { return true }
        return spellsAcronym(answer, in: front) || spellsAcronym(front, in: answer) || spellsPartOfAcronym(answer, in: front)
    }

    /// A noun, or a word the lexicon does not know (a name, the field's jargon).
    private func namesAThing(_ part: String) -> Bool {
        guard part.contains(where: \.isLetter) else { return false } // `Bus […]` → *Bus 1*
        let facts = lexicon.facts(of: part)
        guard !facts.classes.isEmpty else { return true }
        // `general` is a noun too, but mostly an adjective.
        return facts.classes.contains(.noun) && facts.nounFamiliarity >= facts.adjectiveFamiliarity
    }

    /// What a word shares with the words that are one word to a learner:
    /// itself, its stem, and for words of three letters or more its base
    /// forms and family (`halts` / `halting`, `LLMs` / `LLM`) and those of the
    /// word under a telltale prefix (`Lexicon.kinshipThroughPrefixes`).
    private func kin(_ part: String) -> Set<String> {
        guard part.count > 2, part.first?.isLetter == true else { return ["w:" + part] }
        return lexicon.kinshipThroughPrefixes(of: part)
    }

    /// Two words that are one word to a learner.
    func same(_ a: String, _ b: String) -> Bool {
        !kin(a).isDisjoint(with: kin(b))
    }

    /// `UPI (Unified […])` → Payments Interface: the answer's initials are
    /// part of an acronym on the front.
    private func spellsPartOfAcronym(_ answer: [Word], in front: [Word]) -> Bool {
        let content = answer.filter { !FunctionWords.contains($0.key) }
        guard !content.contains(where: \.isAcronym) else { return false }
        let initials = String(content.flatMap { $0.parts.compactMap(\.first) })
        guard initials.count >= 2 else { return false }
        return front.filter(\.isAcronym).contains { word in
            let letters = String(word.text.filter(\.isUppercase).lowercased())
            return letters.count > initials.count && letters.contains(initials)
        }
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
