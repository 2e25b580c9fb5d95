/// Everything `recall stats` shows, as of one study day (PRODUCT.md §5).
/// Written as the `stats --json` document (`json`); the HTML report draws the same values.
public struct Statistics: Sendable, Equatable {
    public struct CardCounts: Sendable, Equatable {
        public var total = 0, new = 0, learning = 0, young = 0, mature = 0, suspended = 0, buried = 0, retired = 0
    }

    public struct Today: Sendable, Equatable {
        /// Answers given today (re-drills included).
        public var reviewed = 0
        public var passed = 0
        public var timeMs = 0
        /// Reviews due today not yet answered.
        public var stillDue = 0
        /// New cards today's limit still allows.
        public var newAvailable = 0

    }

    /// Passed share of scheduling answers, with how many there were.
    public struct Retention: Sendable, Equatable {
        public var reviews = 0
        public var passed = 0
        public var rate: Double? { reviews == 0 ? nil : Double(passed) / Double(reviews) }


    }

    public struct DayCount: Sendable, Equatable {
        public var date: String
        public var count: Int
    }

    public struct Forecast: Sendable, Equatable {
        public var date: String
        public var due: Int
    }

    public struct IntervalBucket: Sendable, Equatable {
        /// `1d`, `2–3d`, … `1y+`.
        public var label: String
        public var minDays: Int
        public var cards: Int

    }

    public struct WeekRetention: Sendable, Equatable {
        /// The first study day of the week.
        public var week: String
        public var retention: Retention
    }

    public struct Moment: Sendable, Equatable {
        public var timestamp: String
        public var seconds: Int
        public var url: String?
    }

    public struct Leech: Sendable, Equatable {
        public var id: String
        public var deck: String
        public var front: String
        public var back: String
        public var lapses: Int
        public var moment: Moment
    }

    public struct SectionFigures: Sendable, Equatable {
        public var section: [String]
        public var cards = 0
        public var learned = 0
        public var lapses = 0
        /// Scheduling answers in the last 30 days.
        public var retention = Retention()
        /// The moment to re-watch: the section's most-lapsed card (else its first).
        public var rewatch: Moment
    }

    public struct SourceFigures: Sendable, Equatable {
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



    /// Four decimals: stable JSON, no floating-point noise.
    static func rounded(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}
