/// Everything a collection holds, as `export --format json` writes it and
/// `import` restores it: decks, documents, cards with their schedules, and
/// the review log. Rows refer to each other by natural keys (deck names,
/// document and card ids), never by internal row ids. Days are ISO dates
/// (`2026-11-27`), easiness is in hundredths (250 = EF 2.5); a key whose
/// value is absent (`retiredAt`, `due`, …) is left out.
public struct Backup: Codable, Equatable, Sendable {
    /// The value of `format`, so a stray JSON file is not taken for a backup.
    public static let formatName = "recall-backup"
    /// The newest version this recall writes and reads.
    public static let currentVersion = 1

    public var format: String
    public var version: Int
    public var decks: [Deck]
    public var documents: [Document]
    public var cards: [Card]
    public var reviewLog: [Review]

    public init(decks: [Deck], documents: [Document], cards: [Card], reviewLog: [Review]) {
        format = Self.formatName
        version = Self.currentVersion
        self.decks = decks
        self.documents = documents
        self.cards = cards
        self.reviewLog = reviewLog
    }

    public struct Deck: Codable, Equatable, Sendable {
        public var name: String
    }

    /// One note the cards come from.
    public struct Document: Codable, Equatable, Sendable {
        public var id: String
        public var path: String
        public var title: String
        public var videoId: String?
        public var channel: String?
        public var deck: String
        public var contentHash: String
        public var updatedAt: String
    }

    /// One card with everything stored about it.
    public struct Card: Codable, Equatable, Sendable {
        public var id: String
        public var document: String
        public var deck: String
        public var ordinal: Int
        public var kind: String
        public var front: String
        public var back: String
        public var claim: String
        public var section: [String]
        public var tags: [String]
        public var timestamp: String
        public var seconds: Int
        public var anchors: [Int]
        public var line: Int
        public var createdAt: String
        public var updatedAt: String
        public var retiredAt: String?
        public var schedule: Schedule
    }

    /// A card's SM-2 state.
    public struct Schedule: Codable, Equatable, Sendable {
        public var repetitions: Int
        public var easiness: Int
        public var intervalDays: Int
        public var due: String?
        public var lapses: Int
        public var lastReview: String?
        public var suspended: Bool
        public var leech: Bool
        public var buriedUntil: String?
        public var introduced: String?
    }

    /// One answer of the review log, with the state before and after it.
    public struct Review: Codable, Hashable, Sendable {
        public var id: Int64
        public var card: String
        public var reviewedAt: String
        public var day: String
        public var grade: Int
        public var kind: String
        public var easinessBefore: Int
        public var easinessAfter: Int
        public var intervalBefore: Int
        public var intervalAfter: Int
        public var repetitionsBefore: Int
        public var repetitionsAfter: Int
        public var lapsesAfter: Int
        public var dueBefore: String?
        public var dueAfter: String?
        public var durationMs: Int

        /// The answer without its row id: two rows with the same content are
        /// the same answer.
        var content: Review {
            var copy = self
            copy.id = 0
            return copy
        }
    }
}
