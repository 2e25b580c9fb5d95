/// One possible card for a claim, before the best is chosen.
struct CardCandidate {
    let kind: CardKind
    let front: String
    let back: String
    let score: Double
}
