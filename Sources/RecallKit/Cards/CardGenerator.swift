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
        self.vocabulary = NoteVocabulary(texts: note.blocks.flatMap(Self.texts(of:)))
    }

    public static func generate(_ note: Note, source: String) -> [CardDraft] {
        CardGenerator(note: note, source: source).cards(for: ClaimExtractor.claims(of: note))
    }

    public func cards(for claims: [Claim]) -> [CardDraft] {
        var drafts: [CardDraft] = []
        var twins = TwinFilter()
        var ids: [String: Int] = [:]
        var contexts: [[String]: CardContext] = [:]
        for claim in claims where !Self.isAboutTheNote(claim.text) {
            let context = contexts[claim.section] ?? CardContext(title: note.title, section: claim.section)
            contexts[claim.section] = context
            guard let best = firstAcceptable(options(for: claim, context: context), twins: &twins) else { continue }
            drafts.append(draft(best, claim: claim, ids: &ids))
        }
        return drafts
    }

    /// A possible card, built only when its turn comes: most claims are
    /// settled by their best option.
    private enum Option {
        case ready(CardCandidate)
        case cloze(ClozeSpan, ClozeCard.Plan, ClozeCard, penalty: Double)

        var score: Double {
            switch self {
            case .ready(let candidate): return candidate.score
            case .cloze(let span, _, _, let penalty): return span.score - penalty
            }
        }

        var candidate: CardCandidate {
            switch self {
            case .ready(let candidate): return candidate
            case .cloze(let span, let plan, let maker, let penalty): return maker.candidate(span, in: plan, penalty: penalty)
            }
        }
    }

    private func options(for claim: Claim, context: CardContext) -> [Option] {
        let questions = QuestionCards(context: context)
        let cloze = ClozeCard(context: context, vocabulary: vocabulary)
        var options: [Option] = []
        func addCloze(_ plan: ClozeCard.Plan?, penalty: Double) {
            guard let plan else { return }
            if let question = plan.question { options.append(.ready(question)) }
            options += plan.spans.prefix(8).map { .cloze($0, plan, cloze, penalty: penalty) }
        }
        switch claim.shape {
        case .sentence:
            addCloze(cloze.plan(for: claim), penalty: 0)
        case .labelledItem(let label, let description, let intro, let siblings):
            if let card = questions.labelled(label: label, description: description, intro: intro, siblings: siblings) {
                options.append(.ready(card))
            }
            let lead = (intro.map { "\($0): " } ?? "") + "\(label) —"
            addCloze(cloze.plan(for: claim, text: description, lead: lead), penalty: 1)
        case .list(let intro, let labels):
            if let card = questions.list(intro: intro, labels: labels) { options.append(.ready(card)) }
        case .tableCell(let row, let column, let columns):
            if let card = questions.tableCell(value: claim.text, row: row, column: column, columns: columns) {
                options.append(.ready(card))
            }
        }
        return options
    }

    /// The best option that passes CARD-QUALITY.md's checks and is no twin.
    private func firstAcceptable(_ options: [Option], twins: inout TwinFilter) -> CardCandidate? {
        let ranked = options.enumerated()
            .filter { $0.element.score >= Self.minimumScore }
            .sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }
        for option in ranked {
            let candidate = option.element.candidate
            let frontWords = Words.tokenize(candidate.front)
            if CardQuality.accepts(front: candidate.front, frontWords: frontWords, back: candidate.back, kind: candidate.kind),
               twins.admit(candidate, frontWords: frontWords) {
                return candidate
            }
        }
        return nil
    }

    private func draft(_ candidate: CardCandidate, claim: Claim, ids: inout [String: Int]) -> CardDraft {
        let anchor = claim.citedAnchor
        let seconds = anchor.seconds(in: note.timestampMode)
        var id = CardIdentity.id(source: source, section: claim.section, seconds: seconds,
                                 kind: candidate.kind, answer: candidate.back)
        let occurrence = ids[id, default: 0]
        ids[id] = occurrence + 1
        if occurrence > 0 {
            id = CardIdentity.id(source: source, section: claim.section, seconds: seconds,
                                 kind: candidate.kind, answer: candidate.back, occurrence: occurrence)
        }
        let shown = anchor.shownTextDisagrees(in: note.timestampMode) ? anchor.stampText : anchor.text
        let citation = Citation(timestamp: shown, seconds: seconds,
                                url: note.videoId.map { VideoLink.url(videoId: $0, seconds: seconds) })
        return CardDraft(id: id, kind: candidate.kind, front: candidate.front, back: candidate.back,
                         claim: claimText(claim), section: claim.section, citation: citation,
                         anchorSeconds: claim.anchors.map { $0.seconds(in: note.timestampMode) },
                         tags: tags(for: claim), ordinal: claim.ordinal, line: claim.line, score: candidate.score)
    }

    private func claimText(_ claim: Claim) -> String {
        switch claim.shape {
        case .tableCell(let row, let column, _): return "\(row) — \(column): \(claim.text)"
        default: return claim.text
        }
    }

    private func tags(for claim: Claim) -> [String] {
        var tags: [String] = []
        if let channel = note.channel { tags.append(Self.tag(channel)) }
        if let section = claim.section.last { tags.append(Self.tag(section)) }
        return tags
    }

    /// Anki-safe tag: words joined by `_`, no spaces or `::`.
    static func tag(_ text: String) -> String {
        let words = Words.tokenize(text).map(\.text)
        return words.joined(separator: "_")
    }

    /// "This article explores …": a sentence about the note, not the video.
    static func isAboutTheNote(_ text: String) -> Bool {
        guard let first = text.utf8.first, first | 0x20 == UInt8(ascii: "t") else { return false }
        let opening = text.utf8.prefix(24).split(separator: 0x20).prefix(2).map { String(decoding: $0, as: UTF8.self).lowercased() }
        guard opening.count == 2, ["this", "the", "these"].contains(opening[0]) else { return false }
        let documents: Set<String> = ["article", "note", "notes", "summary", "page", "document", "section", "post", "overview"]
        return documents.contains(opening[1])
    }

    private static func texts(of block: Block) -> [String] {
        switch block.kind {
        case .paragraph(let text): return [text.text]
        case .listItem(let item): return [item.label?.text ?? "", item.body.text]
        case .table(let table): return table.rows.flatMap { $0.cells.map(\.text) }
        case .code: return []
        }
    }
}
