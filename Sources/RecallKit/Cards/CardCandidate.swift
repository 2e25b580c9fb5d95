/// One possible card for a claim, before the best is chosen. Its front and
/// back are kept as words (read once for the context, the checks and the
/// twin filter); their strings are made only for the card chosen.
struct CardCandidate {
    let kind: CardKind
    let frontWords: Tokens
    let backWords: Tokens
    let score: Double

    var front: String { String(decoding: frontWords.bytes, as: UTF8.self) }
    var back: String { String(decoding: backWords.bytes, as: UTF8.self) }
}
