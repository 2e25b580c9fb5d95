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
    /// Version 2 keeps each card's moments with their timestamps and its
    /// sibling key; version 3 keeps the learner's edits and retirements
    /// (`learnerFront`, `learnerBack`, `learnerRetired`). Versions 1 (moments
    /// as seconds) and 2 are still read.
    public static let currentVersion = 3

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
        /// The folder the note was generated from, and its path in it.
        public var folder: String?
        public var relativePath: String?
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
        /// Every moment, the cited one first.
        public var moments: [CardMoment]
        public var sibling: String
        public var line: Int
        public var createdAt: String
        public var updatedAt: String
        public var retiredAt: String?
        /// The learner's own front and back, when they edited the card.
        public var learnerFront: String?
        public var learnerBack: String?
        /// The learner retired the card (written only when true).
        public var learnerRetired: Bool
        public var schedule: Schedule

        enum CodingKeys: String, CodingKey {
            case id, document, deck, ordinal, kind, front, back, claim, section, tags, timestamp, seconds, moments,
                 sibling, line, createdAt, updatedAt, retiredAt, learnerFront, learnerBack, learnerRetired, schedule
            /// Version 1: the moments' seconds alone.
            case anchors
        }

        public init(from decoder: any Decoder) throws {
            let row = try decoder.container(keyedBy: CodingKeys.self)
            id = try row.decode(String.self, forKey: .id)
            document = try row.decode(String.self, forKey: .document)
            deck = try row.decode(String.self, forKey: .deck)
            ordinal = try row.decode(Int.self, forKey: .ordinal)
            kind = try row.decode(String.self, forKey: .kind)
            front = try row.decode(String.self, forKey: .front)
            back = try row.decode(String.self, forKey: .back)
            claim = try row.decode(String.self, forKey: .claim)
            section = try row.decode([String].self, forKey: .section)
            tags = try row.decode([String].self, forKey: .tags)
            timestamp = try row.decode(String.self, forKey: .timestamp)
            seconds = try row.decode(Int.self, forKey: .seconds)
            if let moments = try row.decodeIfPresent([CardMoment].self, forKey: .moments) {
                self.moments = moments
            } else {
                let seconds = try row.decode([Int].self, forKey: .anchors), cited = timestamp
                moments = seconds.enumerated().map { index, second in
                    CardMoment(timestamp: index == 0 ? cited : StoredMoments.spelled(second), seconds: second)
                }
            }
            sibling = try row.decodeIfPresent(String.self, forKey: .sibling) ?? ""
            line = try row.decode(Int.self, forKey: .line)
            createdAt = try row.decode(String.self, forKey: .createdAt)
            updatedAt = try row.decode(String.self, forKey: .updatedAt)
            retiredAt = try row.decodeIfPresent(String.self, forKey: .retiredAt)
            learnerFront = try row.decodeIfPresent(String.self, forKey: .learnerFront)
            learnerBack = try row.decodeIfPresent(String.self, forKey: .learnerBack)
            learnerRetired = try row.decodeIfPresent(Bool.self, forKey: .learnerRetired) ?? false
            schedule = try row.decode(Schedule.self, forKey: .schedule)
        }

        public func encode(to encoder: any Encoder) throws {
            var row = encoder.container(keyedBy: CodingKeys.self)
            try row.encode(id, forKey: .id)
            try row.encode(document, forKey: .document)
            try row.encode(deck, forKey: .deck)
            try row.encode(ordinal, forKey: .ordinal)
            try row.encode(kind, forKey: .kind)
            try row.encode(front, forKey: .front)
            try row.encode(back, forKey: .back)
            try row.encode(claim, forKey: .claim)
            try row.encode(section, forKey: .section)
            try row.encode(tags, forKey: .tags)
            try row.encode(timestamp, forKey: .timestamp)
            try row.encode(seconds, forKey: .seconds)
            try row.encode(moments, forKey: .moments)
            try row.encode(sibling, forKey: .sibling)
            try row.encode(line, forKey: .line)
            try row.encode(createdAt, forKey: .createdAt)
            try row.encode(updatedAt, forKey: .updatedAt)
            try row.encodeIfPresent(retiredAt, forKey: .retiredAt)
            try row.encodeIfPresent(learnerFront, forKey: .learnerFront)
            try row.encodeIfPresent(learnerBack, forKey: .learnerBack)
            if learnerRetired { try row.encode(learnerRetired, forKey: .learnerRetired) }
            try row.encode(schedule, forKey: .schedule)
        }
    }

    /// A moment a card carries: the timestamp as the note shows it, and its second.
    public struct CardMoment: Codable, Equatable, Sendable {
        public var timestamp: String
        public var seconds: Int
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
