/// The closed classes of English grammar that WordNet leaves out: articles,
/// pronouns, prepositions, conjunctions, auxiliaries and the like. They
/// carry no fact: no blank holds only them.
enum FunctionWords {
    static func contains(_ word: String) -> Bool { all.contains(word.lowercased()) }

    /// Words that open a sentence pointing back at one before it.
    static func pointsBack(_ opening: [String]) -> Bool {
        guard let first = opening.first?.lowercased() else { return false }
        if backReferences.contains(first) { return true }
        let pair = opening.prefix(2).map { $0.lowercased() }.joined(separator: " ")
        return backPairs.contains(pair)
    }

    /// Whether a sentence leans on one before it: it opens by pointing back,
    /// or names something with `these`, `those`, `such`, `this` or `of them`
    /// that only an earlier sentence says (`each of these people`). Only the
    /// claim's first sentence counts: later ones lean on it. A demonstrative
    /// whose noun the sentence already named (`a fluid … this imagined
    /// fluid`) and `such as` point nowhere outside.
    static func refersBack(_ words: [String]) -> Bool {
        let keys = words.map { $0.lowercased() }
        if pointsBack(Array(keys.prefix(2))) { return true }
        for (index, key) in keys.enumerated().dropFirst() {
            let next = index + 1 < keys.count ? keys[index + 1] : ""
            if key == "such" { if next != "as" { return true } else { continue } }
            guard ["these", "those", "this"].contains(key) || (key == "of" && ["them", "it", "this", "these", "those"].contains(next)) else {
                continue
            }
            if key == "this", ["video", "article", "note", "is", "was", "means"].contains(next) { continue }
            if key == "of" { return true }
            let earlier = Set(keys[..<index].map(singular))
            if keys[(index + 1)...].prefix(3).contains(where: { !contains($0) && earlier.contains(singular($0)) }) { continue }
            return true
        }
        return false
    }

    /// The words of a sentence's first sentence (a claim may hold several):
    /// those before the first `.`, `?` or `!` that a capital letter follows.
    static func opening(_ words: [Word], of text: String) -> [String] {
        let characters = Array(text)
        var end = characters.count
        for index in characters.indices.dropLast(2) where ".?!".contains(characters[index])
            && characters[index + 1] == " " && characters[index + 2].isUppercase {
            end = index
            break
        }
        return words.prefix { $0.range.upperBound <= end }.map(\.text)
    }

    private static func singular(_ key: String) -> String {
        key.count > 3 && key.hasSuffix("s") && !key.hasSuffix("ss") ? String(key.dropLast()) : key
    }

    /// Two-word openings that point back (`The latter …`, `In contrast, …`).
    static let backPairs: Set<String> = [
        "the latter", "the former", "the same", "in this", "in that", "in these", "in such", "for this",
        "for these", "because of", "as such", "at this", "by this", "in contrast", "in addition", "as mentioned",
        "as noted", "on top", "on this", "to this", "with this", "from this", "after this", "the other",
    ]

    static let backReferences: Set<String> = [
        "this", "that", "these", "those", "it", "its", "they", "their", "them", "he", "she", "his", "her", "such",
        "both", "another", "here", "still", "similarly", "likewise", "however", "also", "instead", "otherwise",
        "thus", "therefore", "hence", "consequently", "accordingly", "moreover", "furthermore", "additionally",
        "besides", "meanwhile", "nevertheless", "nonetheless", "then", "so", "yet", "but", "and", "or",
        "conversely", "alternatively", "again", "finally", "ultimately", "overall", "specifically", "notably",
        "importantly", "interestingly", "surprisingly", "essentially", "basically",
    ]

    static let all: Set<String> = [
        // articles and determiners
        "a", "an", "the", "this", "that", "these", "those", "each", "every", "some", "any", "no", "all", "both",
        "either", "neither", "another", "other", "others", "such", "what", "which", "whose", "whichever",
        // pronouns
        "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her",
        "hers", "it", "its", "they", "them", "their", "theirs", "one", "ones", "oneself", "itself", "themselves",
        "himself", "herself", "myself", "ourselves", "yourself", "yourselves", "who", "whom", "whoever",
        "whatever", "something", "anything", "everything", "nothing", "someone", "anyone", "everyone", "nobody",
        "somebody", "anybody", "everybody",
        // prepositions
        "about", "above", "across", "after", "against", "along", "among", "amongst", "around", "as", "at", "before",
        "behind", "below", "beneath", "beside", "besides", "between", "beyond", "by", "despite", "down", "during",
        "except", "for", "from", "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "out", "outside",
        "over", "past", "per", "since", "than", "through", "throughout", "till", "to", "toward", "towards", "under",
        "underneath", "unlike", "until", "up", "upon", "via", "with", "within", "without", "regarding",
        "including", "versus", "vs",
        // conjunctions
        "and", "or", "but", "nor", "so", "yet", "because", "although", "though", "while", "whereas", "if",
        "unless", "whether", "once", "when", "where", "whenever", "wherever", "how", "why", "then",
        // auxiliaries and modals
        "be", "is", "are", "was", "were", "been", "being", "am", "have", "has", "had", "having", "do", "does",
        "did", "doing", "done", "can", "could", "may", "might", "must", "shall", "should", "will", "would",
        "cannot", "get", "gets", "got", "getting",
        // adverbs of degree, time and logic
        "not", "also", "just", "only", "even", "very", "too", "quite", "rather", "there", "here", "thus", "hence",
        "however", "therefore", "moreover", "furthermore", "still", "already", "again", "ever", "never",
        "always", "often", "sometimes", "more", "most", "less", "least", "much", "many", "few", "several",
        "really", "actually", "simply", "often", "usually", "generally", "typically", "perhaps", "maybe",
        "etc", "e.g", "i.e", "eg", "ie", "now", "well", "own", "same", "able", "via",
    ]
}
