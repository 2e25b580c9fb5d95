/// Spare buffers for the texts of candidates, which are built, checked and
/// mostly dropped one after another: a candidate done with gives its
/// buffers back, and the next is built in them without allocating.
struct TokensPool {
    private var spareBytes: [[UInt8]] = []
    private var spareWords: [[Word]] = []

    /// A builder with room for `bytes` bytes and `words` words, in spare
    /// buffers when there are some.
    mutating func builder(bytes: Int, words: Int) -> TokensBuilder {
        TokensBuilder(bytes: spareBytes.popLast() ?? [], words: spareWords.popLast() ?? [],
                      reserving: (bytes, words))
    }

    /// `range` of `tokens` on its own, as `TokensBuilder.part` makes it;
    /// `words` are the indices of the words starting in `range`.
    mutating func part(of tokens: Tokens, _ range: Range<Int>, words: Range<Int>) -> Tokens {
        TokensBuilder.part(of: tokens, range, words: words) { builder(bytes: $0, words: $1) }
    }

    /// Takes back the buffers of a candidate no longer needed. Only buffers
    /// nothing else holds are worth keeping (emptying a shared one would
    /// allocate): those of texts built here, once their candidate is gone.
    mutating func recycle(_ candidate: consuming CardCandidate) {
        guard candidate.isPooled else { return }
        let front = candidate.frontWords, back = candidate.backWords
        _ = consume candidate
        recycle(consume front)
        recycle(consume back)
    }

    private mutating func recycle(_ tokens: consuming Tokens) {
        guard spareBytes.count < 4 else { return }
        var bytes = tokens.bytes, words = tokens.words
        _ = consume tokens
        bytes.removeAll(keepingCapacity: true)
        words.removeAll(keepingCapacity: true)
        spareBytes.append(bytes)
        spareWords.append(words)
    }
}
