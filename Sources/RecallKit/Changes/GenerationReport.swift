/// What `recall generate` did (or, with `--dry-run`, would do).
public struct GenerationReport: Sendable, Codable {
    public struct DocumentReport: Sendable, Codable {
        public var path: String
        public var title: String
        public var deck: String
        public var cards: Int
        public var added: Int
        public var updated: Int
        public var unchanged: Int
        public var retired: Int
    }

    public struct Problem: Sendable, Codable {
        public var file: String
        public var line: Int
        public var message: String

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.file
            line = diagnostic.line
            message = diagnostic.message
        }
    }

    /// A note generated from a folder before whose file is gone.
    public struct MissingNote: Sendable, Codable {
        public var key: String
        public var path: String
        public var title: String
        /// Its cards still in review (retired by `--prune`).
        public var cards: Int
    }

    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var retired = 0
    public var dryRun = false
    public var documents: [DocumentReport] = []
    public var warnings: [Problem] = []
    /// Notes of the folders given that are gone; with `pruned`, their cards were (or, in a dry run, would be) retired.
    public var missing: [MissingNote] = []
    public var pruned = false
    public var errors: [Problem] = []
    /// Cards whose claim changed, so the learner's edit was dropped or the learner's retirement ended.
    public var learnerChanges: [LearnerChange] = []

    /// A card the learner changed that the note's new claim overrides.
    public struct LearnerChange: Sendable, Codable {
        public enum What: String, Sendable, Codable {
            /// The learner's edit was dropped.
            case editDropped = "edit_dropped"
            /// The card the learner retired comes back as a new card.
            case returned
        }
        public var id: String
        public var what: What
        public var front: String
    }

    public init() {}

    /// Adds the notes' warnings and the files that could not be read.
    public mutating func record(warnings: [Diagnostic], errors: [Diagnostic]) {
        self.warnings += warnings.map(Problem.init)
        self.errors += errors.map(Problem.init)
    }

    mutating func add(_ plan: SyncPlan, for prepared: PreparedNote) {
        if prepared.cards.isEmpty { warnings.append(Problem(Self.noCards(prepared.note))) }
        added += plan.added.count
        updated += plan.updatedCount
        unchanged += plan.unchangedCount
        retired += plan.retired.count
        let fronts = Dictionary(plan.updated.map { ($0.draft.id, $0.draft.front) }, uniquingKeysWith: { first, _ in first })
        learnerChanges += plan.droppedEdits.map { LearnerChange(id: $0, what: .editDropped, front: fronts[$0] ?? "") }
        learnerChanges += plan.returned.map { LearnerChange(id: $0, what: .returned, front: fronts[$0] ?? "") }
        documents.append(DocumentReport(
            path: prepared.note.file, title: prepared.note.title, deck: prepared.note.deckName,
            cards: prepared.cards.count, added: plan.added.count, updated: plan.updatedCount,
            unchanged: plan.unchangedCount, retired: plan.retired.count))
    }

    /// The one line for a note that yields no card: why, as far as the note shows it.
    static func noCards(_ note: Note) -> Diagnostic {
        let anchors = note.anchors.count
        let why = anchors == 0
            ? "it has no timestamp anchor, and a card needs a claim that cites one"
            : "none of the claims at its \(anchors) timestamp anchor\(anchors == 1 ? "" : "s") made a card that passes the quality rules"
        return Diagnostic(file: note.file, line: 0, message: "no cards from this note: \(why)")
    }
}
