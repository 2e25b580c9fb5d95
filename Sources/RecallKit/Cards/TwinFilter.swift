/// Keeps a deck free of twins (CARD-QUALITY.md rule 7): no two cards with the
/// same front, and no two with the same answer to nearly the same question.
/// Fronts and answers are compared as their lowercase words (keys).
struct TwinFilter {
    /// Fronts seen, by the key of their content words in order.
    private var fronts = WordTable()
    /// Answers seen, by the key of their words in order.
    private var answers = WordTable()
    /// For each answer, the content words of its fronts.
    private var frontWordsByAnswer: [[[WordKey]]] = []

    /// Whether a card with these front and back words asks something new;
    /// if so it is remembered.
    mutating func admit(front: Tokens, back: Tokens) -> Bool {
        var words: [WordKey] = []
        words.reserveCapacity(front.words.count)
        for word in front.words where !word.isStopWord { words.append(word.key) }
        let frontKey = WordKey(sequence: words)
        guard fronts.index(of: frontKey) == nil else { return false }
        let answerKey = WordKey(sequence: back.words.lazy.map(\.key))
        let answer = answers.index(of: answerKey)
        if let answer {
            let wordSet = Self.sortedSet(words)
            if frontWordsByAnswer[answer].contains(where: { Self.overlap(wordSet, Self.sortedSet($0)) >= 0.5 }) {
                return false
            }
        }
        _ = fronts.insert(frontKey)
        if let answer {
            frontWordsByAnswer[answer].append(words)
        } else {
            _ = answers.insert(answerKey)
            frontWordsByAnswer.append([words])
        }
        return true
    }

    private static func sortedSet(_ words: [WordKey]) -> [WordKey] {
        var set = words
        set.sort { $0.value < $1.value }
        var kept = 0
        for index in set.indices where kept == 0 || set[index] != set[kept - 1] {
            set[kept] = set[index]
            kept += 1
        }
        set.removeLast(set.count - kept)
        return set
    }

    /// Shared words over all words of two sorted sets (Jaccard).
    private static func overlap(_ a: [WordKey], _ b: [WordKey]) -> Double {
        var shared = 0, i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i].value == b[j].value {
                shared += 1
                i += 1
                j += 1
            } else if a[i].value < b[j].value {
                i += 1
            } else {
                j += 1
            }
        }
        let union = a.count + b.count - shared
        return union == 0 ? 1 : Double(shared) / Double(union)
    }
}
