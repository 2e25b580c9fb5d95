/// The word lists a word belongs to, as bits: one lookup answers every list
/// the cloze rules consult, so a sentence's words are looked up once each.
struct WordTraits: OptionSet, Sendable {
    let rawValue: UInt32

    static let stop = WordTraits(rawValue: 1 << 0)
    static let vague = WordTraits(rawValue: 1 << 1)
    static let anaphoric = WordTraits(rawValue: 1 << 2)
    static let magnitude = WordTraits(rawValue: 1 << 3)
    static let article = WordTraits(rawValue: 1 << 4)
    static let copula = WordTraits(rawValue: 1 << 5)
    static let nameJoiner = WordTraits(rawValue: 1 << 6)
    static let namingVerb = WordTraits(rawValue: 1 << 7)
    static let beforeAs = WordTraits(rawValue: 1 << 8)
    static let beforeFor = WordTraits(rawValue: 1 << 9)
    static let isAs = WordTraits(rawValue: 1 << 10)
    static let isFor = WordTraits(rawValue: 1 << 11)
    static let determiner = WordTraits(rawValue: 1 << 12)
    static let quantifier = WordTraits(rawValue: 1 << 13)
    static let verbContext = WordTraits(rawValue: 1 << 14)
    static let gerundContext = WordTraits(rawValue: 1 << 15)
    static let phraseEnd = WordTraits(rawValue: 1 << 16)
    static let auxiliary = WordTraits(rawValue: 1 << 17)

    /// The lists holding the word with this key (none for most words).
    init(_ key: WordKey) {
        self = Self.lexicon.traits(of: key)
    }

    init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Every listed word with its traits.
    struct Lexicon {
        fileprivate let table: WordTable
        fileprivate let traits: [WordTraits]

        func traits(of key: WordKey) -> WordTraits {
            table.index(of: key).map { traits[$0] } ?? []
        }
    }

    static let lexicon: Lexicon = {
        let lists: [(WordSet, WordTraits)] = [
            (Words.stop, .stop), (Words.vague, .vague), (Words.anaphoric, .anaphoric),
            (Words.magnitudes, .magnitude), (ClozeSpans.articles, .article), (ClozeSpans.copulas, .copula),
            (ClozeSpans.nameJoiners, .nameJoiner), (ClozeSpans.namingVerbs, .namingVerb),
            (ClozeSpans.beforeAs, .beforeAs), (ClozeSpans.beforeFor, .beforeFor), (["as"], .isAs), (["for"], .isFor),
            (ClozeSpans.determiners, .determiner), (ClozeSpans.quantifiers, .quantifier),
            (ClozeSpans.verbContext, .verbContext), (ClozeSpans.gerundContext, .gerundContext),
            (ClozeSpans.phraseEnds, .phraseEnd), (ClozeCard.auxiliaries, .auxiliary),
        ]
        var table = WordTable(capacity: 512)
        var traits: [WordTraits] = []
        for (list, trait) in lists {
            for key in list.keys {
                let (index, inserted) = table.insert(key)
                if inserted { traits.append([]) }
                traits[index].insert(trait)
            }
        }
        return Lexicon(table: table, traits: traits)
    }()
}
