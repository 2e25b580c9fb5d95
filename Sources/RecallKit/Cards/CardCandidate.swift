/// One possible card for a claim, before the best is chosen. Its front and
/// back are kept as words (read once for the context, the checks and the
/// twin filter); their strings are made only for the card chosen.
struct CardCandidate {
    let kind: CardKind
    let frontWords: Tokens
    let backWords: Tokens
    let score: Double
    /// The front and back were put together from whole characters of valid
    /// text, so their bytes need no validating again.
    var isWholeText = true
    /// Its texts were built in a `TokensPool`'s buffers and nothing else
    /// holds them: the pool takes them back when the candidate is done.
    var isPooled = false

    var front: String { text(frontWords) }
    var back: String { text(backWords) }

    private func text(_ tokens: Tokens) -> String {
        isWholeText ? String(validUTF8: tokens.bytes) : String(decoding: tokens.bytes, as: UTF8.self)
    }
}
