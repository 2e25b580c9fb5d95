/// The cards to show on one study day, in order: due reviews (most overdue
/// first), then new cards in source order, then re-drills.
///
/// Pure: built from candidates the caller loads, the day's limits and what
/// was already done today. Rebuild it after each answer.
public struct DailyQueue: Equatable, Sendable {
    /// Why a card is in the queue.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case review, new, redrill
    }

    /// A card offered to the queue.
    public struct Candidate: Hashable, Sendable {
        /// The card's identity.
        public var cardID: String
        /// Position in the source (note order); breaks ties.
        public var ordinal: Int
        /// When it is due; `nil` for new cards.
        public var dueDay: StudyDay?

        public init(cardID: String, ordinal: Int, dueDay: StudyDay? = nil) {
            self.cardID = cardID
            self.ordinal = ordinal
            self.dueDay = dueDay
        }
    }

    /// One card to show.
    public struct Entry: Hashable, Sendable {
        public var cardID: String
        public var kind: Kind

        public init(cardID: String, kind: Kind) {
            self.cardID = cardID
            self.kind = kind
        }
    }

    /// How many cards of each kind remain, for the session header.
    public struct Counts: Hashable, Sendable, Codable {
        public var new: Int
        public var review: Int
        public var redrill: Int
        /// All remaining cards.
        public var total: Int { new + review + redrill }

        public init(new: Int, review: Int, redrill: Int) {
            self.new = new
            self.review = review
            self.redrill = redrill
        }
    }

    /// The study day the queue is for.
    public let day: StudyDay
    /// The cards to show, in order.
    public let entries: [Entry]

    /// Builds the queue for `day`.
    /// - Parameters:
    ///   - newIntroducedToday: new cards already answered this study day.
    ///   - reviewsDoneToday: due reviews already answered this study day.
    ///   - reviews: due review cards; any not yet due on `day` are left out.
    ///   - newCards: new cards, in any order (sorted by ordinal here).
    ///   - redrills: cards pending re-drill, in the order they should return.
    public init(
        day: StudyDay,
        config: SchedulerConfig = .standard,
        newIntroducedToday: Int = 0,
        reviewsDoneToday: Int = 0,
        reviews: [Candidate],
        newCards: [Candidate],
        redrills: [Candidate] = []
    ) {
        let reviewRoom = max(0, config.reviewsPerDay - reviewsDoneToday)
        let newRoom = max(0, config.newCardsPerDay - newIntroducedToday)
        let dueReviews = reviews
            .filter { ($0.dueDay ?? day) <= day }
            .sorted { ($0.dueDay ?? day, $0.ordinal, $0.cardID) < ($1.dueDay ?? day, $1.ordinal, $1.cardID) }
            .prefix(reviewRoom)
        let freshCards = newCards.sorted { ($0.ordinal, $0.cardID) < ($1.ordinal, $1.cardID) }.prefix(newRoom)
        self.day = day
        self.entries = dueReviews.map { Entry(cardID: $0.cardID, kind: .review) }
            + freshCards.map { Entry(cardID: $0.cardID, kind: .new) }
            + redrills.map { Entry(cardID: $0.cardID, kind: .redrill) }
    }

    /// Remaining cards by kind.
    public var counts: Counts {
        entries.reduce(into: Counts(new: 0, review: 0, redrill: 0)) { counts, entry in
            switch entry.kind {
            case .new: counts.new += 1
            case .review: counts.review += 1
            case .redrill: counts.redrill += 1
            }
        }
    }

    /// The next card to show, if any.
    public var first: Entry? { entries.first }
}
