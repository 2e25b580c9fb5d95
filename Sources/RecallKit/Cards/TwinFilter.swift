/// Keeps a deck free of twins (CARD-QUALITY.md rule 7): no two cards with the
/// same front, and no two with the same answer to nearly the same question.
struct TwinFilter {
    private var fronts: Set<String> = []
    private var byAnswer: [String: [Set<String>]] = [:]

    /// Whether `candidate` asks something new; if so it is remembered.
    mutating func admit(_ candidate: CardCandidate, frontWords: [Word]) -> Bool {
        let words = frontWords.filter { !$0.isStopWord }.map(\.lower)
        let front = words.joined(separator: " ")
        guard !fronts.contains(front) else { return false }
        let answer = Words.tokenize(candidate.back).map(\.lower).joined(separator: " ")
        let wordSet = Set(words)
        for other in byAnswer[answer, default: []] where Self.overlap(wordSet, other) >= 0.5 {
            return false
        }
        fronts.insert(front)
        byAnswer[answer, default: []].append(wordSet)
        return true
    }

    private static func overlap(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 1 : Double(a.intersection(b).count) / Double(union)
    }
}
