/// Everything `recall stats` shows, as of one study day (PRODUCT.md §5).
/// Encoded as the `stats --json` shape; the HTML report draws the same values.
public struct Statistics: Sendable, Equatable, Encodable {
    public struct CardCounts: Sendable, Equatable, Encodable {
        public var total = 0, new = 0, learning = 0, young = 0, mature = 0, suspended = 0, buried = 0, retired = 0
    }

    public struct Today: Sendable, Equatable, Encodable {
        /// Answers given today (re-drills included).
        public var reviewed = 0
        public var passed = 0
        public var timeMs = 0
        /// Reviews due today not yet answered.
        public var stillDue = 0
        /// New cards today's limit still allows.
        public var newAvailable = 0

        enum CodingKeys: String, CodingKey {
            case reviewed, passed, stillDue = "still_due", newAvailable = "new_available", timeMs = "time_ms"
        }
    }

    /// Passed share of scheduling answers, with how many there were.
    public struct Retention: Sendable, Equatable, Encodable {
        public var reviews = 0
        public var passed = 0
        public var rate: Double? { reviews == 0 ? nil : Double(passed) / Double(reviews) }

        enum CodingKeys: String, CodingKey { case reviews, passed, rate }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(reviews, forKey: .reviews)
            try container.encode(passed, forKey: .passed)
            try container.encode(rate.map(Statistics.rounded), forKey: .rate)
        }
    }

    public struct DayCount: Sendable, Equatable, Encodable {
        public var date: String
        public var count: Int
    }

    public struct Forecast: Sendable, Equatable, Encodable {
        public var date: String
        public var due: Int
    }

    public struct IntervalBucket: Sendable, Equatable, Encodable {
        /// `1d`, `2–3d`, … `1y+`.
        public var label: String
        public var minDays: Int
        public var cards: Int

        enum CodingKeys: String, CodingKey { case label, minDays = "min_days", cards }
    }

    public struct WeekRetention: Sendable, Equatable, Encodable {
        /// The first study day of the week.
        public var week: String
        public var retention: Retention
    }

    public struct Moment: Sendable, Equatable, Encodable {
        public var timestamp: String
        public var seconds: Int
        public var url: String?
    }

    public struct Leech: Sendable, Equatable, Encodable {
        public var id: String
        public var deck: String
        public var front: String
        public var back: String
        public var lapses: Int
        public var moment: Moment
    }

    public struct SectionFigures: Sendable, Equatable, Encodable {
        public var section: [String]
        public var cards = 0
        public var learned = 0
        public var lapses = 0
        /// Scheduling answers in the last 30 days.
        public var retention = Retention()
        /// The moment to re-watch: the section's most-lapsed card (else its first).
        public var rewatch: Moment
    }

    public struct SourceFigures: Sendable, Equatable, Encodable {
        public var document: String
        public var title: String
        public var deck: String
        public var cards = 0
        public var learned = 0
        public var mature = 0
        public var lapses = 0
        public var retention = Retention()
        public var sections: [SectionFigures] = []
    }

    public var date: String
    public var deck: String?
    public var cards = CardCounts()
    public var today = Today()
    public var streakDays = 0
    /// Mature cards (interval ≥ 21 days before the answer), last 30 days.
    public var retention = Retention()
    /// Young cards (interval < 21 days), last 30 days.
    public var retentionYoung = Retention()
    public var forecast: [Forecast] = []
    public var reviews: [DayCount] = []
    public var intervals: [IntervalBucket] = []
    public var retentionByWeek: [WeekRetention] = []
    public var leeches: [Leech] = []
    public var sources: [SourceFigures] = []

    enum CodingKeys: String, CodingKey {
        case date, deck, cards, today, forecast, reviews, intervals, leeches, sources
        case dueToday = "due_today", reviewsToday = "reviews_today", streakDays = "streak_days"
        case retention, retentionYoung = "retention_young", retentionMature = "retention_mature"
        case retentionByWeek = "retention_by_week"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(deck, forKey: .deck)
        try container.encode(cards, forKey: .cards)
        try container.encode(today, forKey: .today)
        try container.encode(today.stillDue, forKey: .dueToday)
        try container.encode(today.reviewed, forKey: .reviewsToday)
        try container.encode(streakDays, forKey: .streakDays)
        try container.encode(retention.rate.map(Self.rounded), forKey: .retention)
        try container.encode(retention, forKey: .retentionMature)
        try container.encode(retentionYoung, forKey: .retentionYoung)
        try container.encode(forecast, forKey: .forecast)
        try container.encode(reviews, forKey: .reviews)
        try container.encode(intervals, forKey: .intervals)
        try container.encode(retentionByWeek, forKey: .retentionByWeek)
        try container.encode(leeches, forKey: .leeches)
        try container.encode(sources, forKey: .sources)
    }

    /// Four decimals: stable JSON, no floating-point noise.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
