/// One possible card for a claim, before the best is chosen.
struct CardCandidate {
    let kind: CardKind
    let front: String
    let back: String
    /// The words of `back`, read once for the context, the checks and the twin filter.
    let backWords: Tokens
    let score: Double
    /// The words of `front` when they were known while it was put together.
    var frontWords: Tokens? = nil
}
