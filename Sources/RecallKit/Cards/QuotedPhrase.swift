/// Whether a quoted phrase is one worth recalling: a coined name or term
/// (`"humongous teacher models"`, `"zero billion dollar markets"`), not the
/// speaker's emphasis (`"very, very dumb"`, `"incredibly consequential"`)
/// nor an everyday word or a judgement in quotes (`"nightmare"`, `"bad code"`).
enum QuotedPhrase {
    static func isCoined(_ blank: BlankCase) -> Bool {
        let reader = blank.reader
        let indices = blank.span.words.filter { !FunctionWords.contains(blank.sentence.words[$0].key) }
        guard let last = indices.last, reader.isNoun(last) else { return false } // `"a bit more powerful"` is no name
        if indices.count >= 3 { return true }
        let lexicon = blank.lexicon
        let head = blank.sentence.words[indices.last!]
        let everyday = head.facts.familiarity > Score.rareWord
        if indices.count == 1 { return !everyday || head.facts.classes.isEmpty }
        return !everyday || reader.isClassifier(indices[0])
    }
}
