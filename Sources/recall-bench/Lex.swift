import RecallKit

/// What the lexicon says of words: classes, familiarity, base forms.
enum Lex {
    static func run(_ words: [String]) {
        for word in words {
            let lexicon = Lexicon.english
            let bases = lexicon.baseForms(of: word).map { "\($0.lemma)(\($0.classes))" }.joined(separator: " ")
            print("\(word): \(lexicon.classes(of: word)) fam=\(lexicon.familiarity(of: word)) noun=\(lexicon.familiarity(of: word, as: .noun)) bases=\(bases)")
        }
    }
}
