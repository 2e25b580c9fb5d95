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
        func everyday(_ index: Int) -> Bool { blank.sentence.words[index].facts.familiarity > Score.rareWord }
        let head = blank.sentence.words[last]
        if indices.count == 1 { return !everyday(last) || head.facts.classes.isEmpty }
        // `"ambient computing"`, `"model factory"`: a rare word or a classifier makes a name;
        // `"bad code"` is a judgement in quotes.
        return !everyday(last) || !everyday(indices[0]) || reader.isClassifier(indices[0])
    }
}
