/// An English lexicon: the word classes, tag-count familiarity, derivational families,
/// irregular forms and lemmas of several words of Princeton WordNet 3.0.
///
/// Words are looked up case-insensitively through their base forms (WordNet's morphy), so
/// "Studies", "halting" and "mice" are read as study, halt and mouse.
public final class Lexicon: Sendable {
    /// The bundled WordNet 3.0 data, parsed once on first use.
    public static let english = Lexicon(resource: Lexicon.wordNetText)

    let resource: LexiconResource
    /// What was already looked up: a note asks about the same words again and again.
    let memo = LexiconMemo()

    /// A lexicon from text in the resource's format (tests build small ones).
    public init(resource: String) {
        self.resource = LexiconResource(resource)
    }

    /// The base forms of a word as WordNet's morphy finds them (exception lists first, then the
    /// detachment rules per class: "halting"→halt (verb), "studies"→study, "better"→good/well, "mice"→mouse),
    /// each with the classes under which it is a lemma. Case-insensitive; an unknown word → [].
    ///
    /// Base forms come in the order the classes (noun, verb, adjective, adverb) first find them,
    /// within a class the word itself first. Words may be separated by spaces or `_`.
    public func baseForms(of word: String) -> [(lemma: String, classes: WordClasses)] {
        memo.baseForms(of: word) { lookUpBaseForms(of: word) }
    }

    private func lookUpBaseForms(of word: String) -> [(lemma: String, classes: WordClasses)] {
        let key = Self.key(word)
        var found: [(lemma: String, classes: WordClasses)] = []
        for oneClass in WordClasses.each {
            for lemma in resource.baseForms(of: key, as: oneClass) {
                if let index = found.firstIndex(where: { $0.lemma == lemma }) {
                    found[index].classes.insert(oneClass)
                } else {
                    found.append((lemma, oneClass))
                }
            }
        }
        return found
    }

    /// Every class the word can have through any base form (empty when unknown).
    public func classes(of word: String) -> WordClasses {
        baseForms(of: word).reduce(into: []) { $0.formUnion($1.classes) }
    }

    /// Tag-count familiarity: how often the word (through its base forms) was seen in WordNet's tagged corpus,
    /// in all classes, or only in `classes`.
    ///
    /// Each base form counts in the classes it was found under: "better" adds the adjective count
    /// of good and the adverb count of well to its own.
    public func familiarity(of word: String) -> Int {
        familiarity(of: word, as: .all)
    }

    public func familiarity(of word: String, as classes: WordClasses) -> Int {
        baseForms(of: word).reduce(0) { total, base in
            total + (resource.lemmas[base.lemma]?.tagCounts[base.classes.intersection(classes)] ?? 0)
        }
    }

    /// The lemmas of the word's derivational family, its own base forms included.
    public func family(of word: String) -> Set<String> {
        var members: Set<String> = []
        for base in baseForms(of: word) {
            members.insert(base.lemma)
            if let family = familyNumber(base.lemma) {
                members.formUnion(resource.families[family])
            }
        }
        return members
    }

    /// Whether two words share a base form or a derivational family ("halts"/"halting", "scalable"/"scalability").
    /// Two spellings of one word are related even when the lexicon does not know it ("GPU"/"gpu").
    public func areRelated(_ a: String, _ b: String) -> Bool {
        if Self.key(a) == Self.key(b) { return true }
        let (basesA, basesB) = (baseForms(of: a).map(\.lemma), baseForms(of: b).map(\.lemma))
        if basesA.contains(where: basesB.contains) { return true }
        let familiesA = Set(basesA.compactMap(familyNumber))
        return basesB.contains { familyNumber($0).map(familiesA.contains) ?? false }
    }

    /// Keys that two related words share at least one of: the word itself,
    /// each base form, and each derivational family. `areRelated(a, b)` is
    /// whether `kinship(of: a)` and `kinship(of: b)` meet; sets of them
    /// compare many words at once.
    public func kinship(of word: String) -> Set<String> {
        memo.kinship(of: word) {
            let bases = baseForms(of: word).map(\.lemma)
            return Set(["w:" + Self.key(word), "s:" + facts(of: word).stem] + bases.map { "b:" + $0 }
                       + bases.compactMap(familyNumber).map { "f:\($0)" })
        }
    }

    /// `kinship(of:)`, together with the kinship of the word a telltale
    /// prefix was put on (`informal` / `formal`, `underhyped` / `overhyped`,
    /// `renumbering` / `number`): what a learner recognises in the word.
    /// Looked up once per word, like `kinship(of:)`.
    public func kinshipThroughPrefixes(of word: String) -> Set<String> {
        memo.prefixKinship(of: word) {
            var kin = kinship(of: word)
            for prefix in Self.telltalePrefixes where word.hasPrefix(prefix) {
                let rest = String(word.dropFirst(prefix.count))
                if rest.count >= 4, !classes(of: rest).isEmpty || rest.hasSuffix("ed") { kin.formUnion(kinship(of: rest)) }
            }
            return kin
        }
    }

    /// Prefixes that leave the word they are put on recognisable: opposites
    /// and repetitions.
    static let telltalePrefixes = ["un", "in", "im", "il", "ir", "non", "dis", "over", "under", "anti", "counter",
                                   "re", "pre", "mis", "multi", "sub", "inter", "super", "co"]

    private func familyNumber(_ lemma: String) -> Int? {
        guard let family = resource.lemmas[lemma]?.family, family != 0 else { return nil }
        return family
    }

    /// How WordNet writes a word: lowercase, words joined with `_`.
    static func key(_ word: String) -> String {
        let lowercase = word.lowercased()
        return lowercase.contains(where: { $0 == " " }) ? String(lowercase.map { $0 == " " ? "_" : $0 }) : lowercase
    }
}
