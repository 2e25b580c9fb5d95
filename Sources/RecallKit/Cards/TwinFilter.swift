/// Keeps a deck free of twins (CARD-QUALITY.md rule 7): two cards with the
/// same answer whose fronts share most of their words ask the same thing.
struct TwinFilter {
    private var kept: [(answer: String, words: Set<String>)] = []

    /// Whether a card with this front and back asks something no kept card
    /// asks; if so it is kept.
    mutating func admit(front: [Word], back: String) -> Bool {
        let answer = back.lowercased()
        let words = Set(front.map(\.key).filter { !FunctionWords.contains($0) })
        let isTwin = kept.contains { other in
            guard other.answer == answer else { return false }
            let shared = Double(words.intersection(other.words).count)
            return shared >= 0.5 * Double(min(words.count, other.words.count))
        }
        guard !isTwin else { return false }
        kept.append((answer, words))
        return true
    }
}
