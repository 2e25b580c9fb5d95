/// The context line that opens a card's front, so the card is answerable on
/// its own: the video's subject (the note's title) and the section.
struct CardContext {
    let title: String
    let section: [String]
    /// The words of `Title › Section`, then `Title › Parent`, then `Title`,
    /// then the section alone: the richest that does not give the answer
    /// away opens the card.
    private let options: [Tokens]

    /// `titleWords` and `lastWords` are the words of the title and of the
    /// deepest heading, when already read.
    init(title: String, section: [String], titleWords: Tokens? = nil, lastWords: Tokens? = nil) {
        self.title = title
        self.section = section
        let titleWords = titleWords ?? Tokens(title)
        let deepest = section.last.flatMap { AnswerCheck.sameText($0, title) ? nil : $0 }
        let deepestWords = deepest.map { lastWords ?? Tokens($0) }
        var options: [Tokens] = []
        options.reserveCapacity(4)
        if let deepestWords { options.append(Self.joined(titleWords, deepestWords)) }
        if section.count >= 2, let parent = section.dropLast().last, !AnswerCheck.sameText(parent, title) {
            options.append(Self.joined(titleWords, Tokens(parent)))
        }
        options.append(titleWords)
        if let deepestWords { options.append(deepestWords) }
        self.options = options
    }

    /// The words of `Title › Heading`.
    private static func joined(_ title: Tokens, _ heading: Tokens) -> Tokens {
        var builder = TokensBuilder(bytes: title.bytes.count + arrow.count + heading.bytes.count,
                                    words: title.words.count + heading.words.count)
        builder.append(title)
        builder.append(separator: arrow)
        builder.append(heading)
        return builder.tokens
    }

    private static let arrow = Array(" › ".utf8)

    /// The words of the richest context that does not give `answer` away;
    /// nil when there is none, or it is empty.
    func prefixWords(avoiding answer: Tokens) -> Tokens? {
        guard let option = options.first(where: { !AnswerCheck.givesAway(answer, in: $0) }),
              !option.bytes.isEmpty else { return nil }
        return option
    }

    /// The card asking `body` in this context, answered by `answer`. Its
    /// front's words are put together from the context's and the body's
    /// (the line break between them holds no word), not read again.
    func candidate(_ kind: CardKind, body: String, answer: String, score: Double) -> CardCandidate {
        candidate(kind, body: Tokens(body), answer: Tokens(answer), score: score)
    }

    /// The same with the body's and the answer's words already read.
    func candidate(_ kind: CardKind, body bodyWords: Tokens, answer answerWords: Tokens,
                   score: Double) -> CardCandidate {
        guard let context = prefixWords(avoiding: answerWords) else {
            return CardCandidate(kind: kind, frontWords: bodyWords, backWords: answerWords, score: score)
        }
        var front = TokensBuilder(bytes: context.bytes.count + 1 + bodyWords.bytes.count,
                                  words: context.words.count + bodyWords.words.count)
        front.append(context)
        front.append(separator: TokensBuilder.lineBreak)
        front.append(bodyWords)
        return CardCandidate(kind: kind, frontWords: front.tokens, backWords: answerWords, score: score)
    }
}
