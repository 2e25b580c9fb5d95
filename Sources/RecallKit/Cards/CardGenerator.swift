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
        for claim in claims {
            guard let best = ranked(for: claim).first(where: { twins.admit($0) }) else { continue }
            drafts.append(draft(best, claim: claim, ids: &ids))
        }
        return drafts
    }

    /// The claim's acceptable candidates, best first.
    private func ranked(for claim: Claim) -> [CardCandidate] {
        guard !Self.isAboutTheNote(claim.text) else { return [] }
        let context = CardContext(title: note.title, section: claim.section)
        var candidates: [CardCandidate]
        let questions = QuestionCards(context: context)
        let cloze = ClozeCard(context: context, vocabulary: vocabulary)
        switch claim.shape {
        case .sentence:
            candidates = cloze.candidates(for: claim)
        case .labelledItem(let label, let description, let intro, let siblings):
            candidates = [questions.labelled(label: label, description: description, intro: intro, siblings: siblings)]
                .compactMap { $0 }
            let lead = (intro.map { "\($0): " } ?? "") + "\(label) —"
            candidates += cloze.candidates(for: claim, text: description, lead: lead)
                .map { CardCandidate(kind: $0.kind, front: $0.front, back: $0.back, score: $0.score - 1) }
        case .list(let intro, let labels):
            candidates = [questions.list(intro: intro, labels: labels)].compactMap { $0 }
        case .tableCell(let row, let column, let columns):
            candidates = [questions.tableCell(value: claim.text, row: row, column: column, columns: columns)]
                .compactMap { $0 }
        }
        return candidates
            .filter { $0.score >= Self.minimumScore && CardQuality.accepts(front: $0.front, back: $0.back, kind: $0.kind) }
            .enumerated()
            .sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }
            .map(\.element)
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
        let words = Words.tokenize(text).prefix(4).map(\.lower)
        guard words.count >= 3, ["this", "the", "these"].contains(words[0]) else { return false }
        let documents: Set<String> = ["article", "note", "notes", "summary", "page", "document", "section", "post", "overview"]
        return documents.contains(words[1])
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
