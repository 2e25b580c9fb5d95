/// Everyday English words: hiding one rarely tests anything worth knowing,
/// so as a cloze answer they count only inside a quote or a name.
enum CommonWords {
    /// Whether `word` (lowercase) is everyday English: itself, its singular,
    /// or a hyphenated compound of everyday words (`large-scale`).
    static func contains(_ word: String) -> Bool {
        if all.contains(word) { return true }
        if word.hasSuffix("es"), all.contains(String(word.dropLast(2))) { return true }
        if word.hasSuffix("s"), all.contains(String(word.dropLast())) { return true }
        if word.contains("-") {
            let parts = word.split(separator: "-")
            return parts.count > 1 && parts.allSatisfy { all.contains(String($0)) }
        }
        return false
    }

    /// The same test for a word of `tokens`, on its bytes when it is ASCII:
    /// one lookup answers for the word and its singular (`forms`).
    static func contains(_ word: Word, in tokens: Tokens) -> Bool {
        forms.contains(word, in: tokens)
    }

    /// `word.split(separator: "-")` has two parts or more, all everyday words
    /// (empty parts, as `split` drops them, are skipped).
    fileprivate static func allPartsCommon(_ word: ArraySlice<UInt8>) -> Bool {
        var parts = 0, hash = WordKey.FNV(), length = 0
        for byte in word {
            if byte != UInt8(ascii: "-") {
                hash.add(WordKey.fold(byte))
                length += 1
                continue
            }
            if length > 0 {
                guard all.contains(hash.asciiKey) else { return false }
                parts += 1
            }
            hash = WordKey.FNV()
            length = 0
        }
        if length > 0 {
            guard all.contains(hash.asciiKey) else { return false }
            parts += 1
        }
        return parts > 1
    }

    static let all = WordSet(list)

    /// The words, and the words with `s` and `es` added: what `contains`
    /// accepts besides compounds. (Kept apart from `WordTraits`, whose small
    /// table every word is looked up in, so that one stays in cache.) Rules
    /// reading many words keep it at hand.
    static let forms = Forms(WordSet(list.flatMap { [$0, $0 + "s", $0 + "es"] }))

    /// A word set behind a filter: most words asked about are not everyday
    /// ones, and the small filter (which stays in cache) turns them away
    /// before the large table is read.
    struct Forms: Sendable {
        private let set: WordSet
        private let filter: WordFilter

        init(_ set: WordSet) {
            self.set = set
            filter = WordFilter(set.keys)
        }

        @inline(__always)
        func contains(_ key: WordKey) -> Bool { filter.mayContain(key) && set.contains(key) }

        /// `CommonWords.contains(word, in: tokens)`, read in this table.
        func contains(_ word: Word, in tokens: Tokens) -> Bool {
            guard word.isASCII else { return CommonWords.contains(tokens.lower(word)) }
            if contains(word.key) { return true }
            guard word.hasHyphen else { return false }
            return CommonWords.allPartsCommon(tokens.bytes[word.range])
        }
    }

    static let list: [String] = """
    ability able about above accept access according account achieve act action active activity actual add \
    added adding address advance advantage affect against age agree aim allow allowed almost alone already \
    alternative although amount analysis answer apply applied approach appear argue around arrive art ask \
    asked aspect assume attempt attention available avoid away back bad base based basic basis bear beat \
    become begin beginning behind believe benefit best better big bit body book both bring broad build \
    building built business buy call came capable capacity care carry case cause central certain chance \
    change changed changes character check choice choose choosing claim class clear clearly close closer \
    come comes common community company compare compared complete completely complex concern condition \
    consider considered contain content context continue continued control core correct cost could country \
    couple course cover create created creates creating creation current currently cut data day days deal \
    decide decision deep define defined degree demand depend describe design designed despite detail \
    determine develop developed development difference different difficult direct directly discover discuss \
    done draw drive due early ease easier easily easy effect effective effectively effort either else \
    enable end enough ensure ensuring entire entirely environment equal especially establish even event \
    eventually ever evidence exactly example exist existing expect expected experience explain explore \
    express extend extent face fact fail fall far fast feature feel field figure final finally find fine \
    focus follow following force form forward found free full fully function future gain general generally \
    give given gives giving goal goes going good great ground group grow growing growth guide half hand \
    happen happened hard head hear help helps high higher highly hold home hope huge human idea identify \
    imagine impact implement implemented importance important improve improved improvement include including \
    increase increased increasing indeed indicate individual influence information initial initially input \
    instance intend interest interesting involve involved involves issue item job join keep key kind know \
    knowledge known lack large larger largely late later lead learn learned least leave led left length \
    level life light likely limit limited line list little live local long longer look looking lose loss \
    lot low lower main mainly major majority make making manage manner mark matter mean meaning means \
    measure meet member method might mind minor mode model modern moment move moving much name narrow \
    natural nature near nearly necessary need needed needs negative never normal note notice notion number \
    object obvious obviously occur offer office open operation operations opportunity option order original \
    others outcome output overall part particular particularly pass past path pattern people perform \
    performance perhaps period person perspective pick piece place plan play point position positive \
    possible potential power practical practice prepare present presents pressure pretty prevent previous \
    previously primary principle probably problem process produce produced product program progress project \
    proper properly provide provided public purpose push put quality question questions quick quickly quite \
    raise range rate rather reach read ready real reality really reason receive recent recently reduce \
    reduced refer regard regardless related relatively remain remove replace report represent representing \
    require required requires research resource resources respect response rest result return reveal right \
    rise role rule run running same save saw say scale second section see seem seen sense separate serve \
    service set several shape share short show shown side sign significant significantly similar simple \
    simply since single situation size small smaller social solution solve something sometimes sort source \
    space speak special specific stage stand standard start started state step stop story strong structure \
    structured study style subject success successful such suggest support sure system take taken taking \
    talk task team tell tend term test than thing think thought time today together tool top total toward \
    track true try trying turn type typical understand understanding unit unless unlike upon useful user \
    usual value variety version view want way whole wide widely within without word words work worked \
    working world worth write wrong year years yet young encounter encountered occur occurs explain explains appear appears seem seems \
    long-term short-term well-known wide-range
    """.split(separator: " ").map(String.init)
}
