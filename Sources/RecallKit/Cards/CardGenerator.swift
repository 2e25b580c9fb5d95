/// Turns a note's claims into cards: candidates of several kinds per claim,
/// checked against CARD-QUALITY.md, the best kept, twins removed, ids given.
/// Deterministic: the same note always gives the same cards.
public struct CardGenerator {
    /// Candidates scoring below this make no card: coverage is never bought
    /// with a bad card.
    static let minimumScore = 4.5

    private let note: Note
    private let source: String
    private let vocabulary: NoteVocabulary

    public init(note: Note, source: String) {
        self.note = note
        self.source = source
        self.vocabulary = NoteVocabulary(blocks: note.blocks)
    }

    public static func generate(_ note: Note, source: String) -> [CardDraft] {
        let (claims, sources) = ClaimExtractor.located(in: note)
        return CardGenerator(note: note, source: source).cards(for: claims, sources: sources)
    }

    public func cards(for claims: [Claim]) -> [CardDraft] {
        cards(for: claims, sources: [])
    }

    /// The cards of `claims`; `sources` (when known) say where each claim's
    /// sentence stands in this note, so its words need not be read again.
    func cards(for claims: [Claim], sources: [ClaimExtractor.Source?]) -> [CardDraft] {
        var drafts: [CardDraft] = []
        drafts.reserveCapacity(claims.count)
        var twins = TwinFilter(capacity: claims.count)
        var ids: [UInt64: Int] = [:] // by the bits of each base id
        ids.reserveCapacity(claims.count)
        var sections: [[String]: Section] = [:]
        sections.reserveCapacity(16) // most notes have fewer sections: the table never grows
        var current: Section?
        let channelTag = note.channel.map(Self.tag)
        let titleWords = Tokens(note.title)
        var previous: Tokens? // the words of the last sentence planned for clozes
        var pool = TokensPool()
        for (index, claim) in claims.enumerated() where !Self.isAboutTheNote(claim.text) {
            if current?.context.section != claim.section {
                if let known = sections[claim.section] {
                    current = known
                } else {
                    current = Section(title: note.title, titleWords: titleWords, path: claim.section, channelTag: channelTag)
                    sections[claim.section] = current
                }
            }
            guard let section = current else { continue }
            let maker = ClozeCard(context: section.context, vocabulary: vocabulary)
            let options = options(for: claim, maker: maker, source: index < sources.count ? sources[index] : nil,
                                  previous: previous)
            previous = options.plan?.sentence
            guard let best = firstAcceptable(options, maker: maker, twins: &twins, pool: &pool) else { continue }
            drafts.append(draft(best, claim: claim, tags: section.tags, ids: &ids))
            pool.recycle(best)
        }
        return drafts
    }

    /// What the cards of one section share: their context line and tags.
    private struct Section {
        let context: CardContext
        let tags: [String]

        init(title: String, titleWords: Tokens, path: [String], channelTag: String?) {
            let lastWords = path.last.map(Tokens.init)
            context = CardContext(title: title, section: path, titleWords: titleWords, lastWords: lastWords)
            var tags: [String] = []
            tags.reserveCapacity(2)
            if let channelTag { tags.append(channelTag) }
            if let lastWords { tags.append(CardGenerator.tag(lastWords)) }
            self.tags = tags
        }
    }

    /// A claim's options: up to two cards ready made (questions), then the
    /// clozes of its plan, best first. A cloze is built only when its turn
    /// comes: most claims are settled by their best option.
    private struct Options {
        /// The ready cards, in the order they were offered.
        var ready: (CardCandidate?, CardCandidate?) = (nil, nil)
        var plan: ClozeCard.Plan?
        /// Taken off every cloze's score (the clozes of a labelled item's description).
        var penalty = 0.0

        mutating func offer(_ card: CardCandidate?) {
            guard let card else { return }
            if ready.0 == nil { ready.0 = card } else { ready.1 = card }
        }

        /// The plan's clozes offered: its eight best spans.
        var clozeCount: Int { min(8, plan?.spans.count ?? 0) }
    }

    private func options(for claim: Claim, maker cloze: ClozeCard, source: ClaimExtractor.Source?,
                         previous: Tokens?) -> Options {
        let questions = QuestionCards(context: cloze.context)
        var options = Options()
        func addCloze(_ plan: ClozeCard.Plan?, penalty: Double) {
            guard let plan else { return }
            options.offer(plan.question)
            options.plan = plan
            options.penalty = penalty
        }
        let words = source.flatMap { vocabulary.words(block: $0.block, part: $0.part, range: $0.range) }
        switch claim.shape {
        case .sentence:
            addCloze(cloze.plan(for: claim, words: words, previous: previous), penalty: 0)
        case .labelledItem(let label, let description, let intro, let siblings):
            options.offer(questions.labelled(label: label, description: description, intro: intro, siblings: siblings))
            let lead = (intro.map { "\($0): " } ?? "") + "\(label) —"
            addCloze(cloze.plan(for: claim, text: description, lead: lead, words: words, previous: previous), penalty: 1)
        case .list(let intro, let labels):
            options.offer(questions.list(intro: intro, labels: labels))
        case .tableCell(let row, let column, let columns):
            options.offer(questions.tableCell(value: claim.text, row: row, column: column, columns: columns))
        }
        return options
    }

    /// The best option that passes CARD-QUALITY.md's checks and is no twin.
    /// Options are tried best first, the earliest of equals (ready cards
    /// come before the clozes), and only those reaching the minimum score.
    private func firstAcceptable(_ options: Options, maker: ClozeCard, twins: inout TwinFilter,
                                 pool: inout TokensPool) -> CardCandidate? {
        enum Choice { case first, second, cloze }
        var tried = (first: false, second: false), nextCloze = 0 // clozes are in order of score
        let clozes = options.clozeCount
        while true {
            var choice: Choice?, best = -Double.infinity
            if !tried.first, let card = options.ready.0, card.score >= Self.minimumScore {
                (choice, best) = (.first, card.score)
            }
            if !tried.second, let card = options.ready.1, card.score >= Self.minimumScore, card.score > best {
                (choice, best) = (.second, card.score)
            }
            if nextCloze < clozes, let plan = options.plan {
                let score = plan.spans[nextCloze].score - options.penalty
                if score >= Self.minimumScore, score > best { choice = .cloze }
            }
            let candidate: CardCandidate
            switch choice {
            case nil:
                return nil
            case .first?:
                tried.first = true
                candidate = options.ready.0!
            case .second?:
                tried.second = true
                candidate = options.ready.1!
            case .cloze?:
                candidate = maker.candidate(options.plan!.spans[nextCloze], in: options.plan!, penalty: options.penalty,
                                            pool: &pool)
                nextCloze += 1
            }
            if CardQuality.accepts(front: candidate.frontWords, back: candidate.backWords, kind: candidate.kind),
               twins.admit(front: candidate.frontWords, back: candidate.backWords) {
                return candidate
            }
            pool.recycle(candidate)
        }
    }

    private func draft(_ candidate: CardCandidate, claim: Claim, tags: [String], ids: inout [UInt64: Int]) -> CardDraft {
        let anchor = claim.citedAnchor
        let seconds = anchor.seconds(in: note.timestampMode)
        let back = candidate.back
        var (id, bits) = CardIdentity.identity(source: source, section: claim.section, seconds: seconds,
                                               kind: candidate.kind, answer: back)
        let occurrence = Self.countUp(&ids[bits, default: 0]) // one look-up: read and bump
        if occurrence > 0 {
            id = CardIdentity.id(source: source, section: claim.section, seconds: seconds,
                                 kind: candidate.kind, answer: back, occurrence: occurrence)
        }
        let shown = anchor.shownTextDisagrees(in: note.timestampMode) ? anchor.stampText : anchor.text
        let citation = Citation(timestamp: shown, seconds: seconds,
                                url: note.videoId.map { VideoLink.url(videoId: $0, seconds: seconds) })
        return CardDraft(id: id, kind: candidate.kind, front: candidate.front, back: back,
                         claim: claimText(claim), section: claim.section, citation: citation,
                         anchorSeconds: claim.anchors.map { $0.seconds(in: note.timestampMode) },
                         tags: tags, ordinal: claim.ordinal, line: claim.line, score: candidate.score)
    }

    /// `count`, which is then counted up by one.
    private static func countUp(_ count: inout Int) -> Int {
        defer { count += 1 }
        return count
    }

    private func claimText(_ claim: Claim) -> String {
        switch claim.shape {
        case .tableCell(let row, let column, _): return "\(row) — \(column): \(claim.text)"
        default: return claim.text
        }
    }

    /// Anki-safe tag: words joined by `_`, no spaces or `::`.
    static func tag(_ text: String) -> String {
        tag(Tokens(text))
    }

    static func tag(_ tokens: Tokens) -> String {
        let count = tokens.words.reduce(0) { $0 + $1.range.count } + max(0, tokens.words.count - 1)
        return String(unsafeUninitializedCapacity: count) { tag in
            var writer = BufferWriter(tag)
            for word in tokens.words {
                if writer.count > 0 { writer.append(UInt8(ascii: "_")) }
                writer.append(tokens.bytes[word.range])
            }
            return writer.count
        }
    }

    /// "This article explores …": a sentence about the note, not the video.
    static func isAboutTheNote(_ text: String) -> Bool {
        guard let first = text.utf8.first, first | 0x20 == UInt8(ascii: "t") else { return false }
        return text.utf8.withContiguousStorageIfAvailable { isAboutTheNote(text, opening: $0.prefix(24)) }
            ?? isAboutTheNote(text, opening: Array(text.utf8.prefix(24))[...])
    }

    /// `opening`, the first 24 bytes of `text`: its first two words, read as
    /// keys while they are ASCII.
    private static func isAboutTheNote<Opening: Collection<UInt8>>(_ text: String, opening: Opening) -> Bool {
        var words = (WordKey.FNV(), WordKey.FNV())
        var count = 0, inWord = false, ascii = true
        for byte in opening {
            if byte == 0x20 {
                inWord = false
                continue
            }
            if !inWord {
                inWord = true
                count += 1
                if count > 2 { break }
            }
            ascii = ascii && byte < 0x80
            if count == 1 { words.0.add(WordKey.fold(byte)) } else { words.1.add(WordKey.fold(byte)) }
        }
        guard ascii else { return isAboutTheNoteBeyondASCII(text) }
        return count >= 2 && openers.contains(words.0.asciiKey) && documentKeys.contains(words.1.asciiKey)
    }

    private static func isAboutTheNoteBeyondASCII(_ text: String) -> Bool {
        let opening = text.utf8.prefix(24).split(separator: 0x20).prefix(2).map { String(decoding: $0, as: UTF8.self).lowercased() }
        guard opening.count == 2, ["this", "the", "these"].contains(opening[0]) else { return false }
        return documents.contains(opening[1])
    }

    private static let openers: WordSet = ["this", "the", "these"]
    private static let documentKeys = WordSet(documents)
    private static let documents: Set<String> = [
        "article", "note", "notes", "summary", "page", "document", "section", "post", "overview",
    ]


}
