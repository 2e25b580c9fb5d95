/// The tunable numbers of the scheduler and the daily queue.
///
/// Decoding fills every missing key with its default, so a settings file may
/// name only what it changes.
public struct SchedulerConfig: Equatable, Sendable, Codable {
    /// Local hour (0–23) at which a new study day begins.
    public var rolloverHour: Int
    /// Longest interval ever scheduled, in days.
    public var maximumIntervalDays: Int
    /// Lapse count at which a card first becomes a leech.
    public var leechThreshold: Int
    /// After the threshold, every this many further lapses flag it again.
    public var leechRepeat: Int
    /// New cards introduced per study day.
    public var newCardsPerDay: Int
    /// Due reviews shown per study day.
    public var reviewsPerDay: Int
    /// Grades below this come back later in the same session.
    public var redrillBelow: Int

    /// The defaults of PRODUCT.md §3.
    public static let standard = SchedulerConfig()

    public init(
        rolloverHour: Int = 4,
        maximumIntervalDays: Int = 36500,
        leechThreshold: Int = 8,
        leechRepeat: Int = 4,
        newCardsPerDay: Int = 20,
        reviewsPerDay: Int = 200,
        redrillBelow: Int = 4
    ) {
        self.rolloverHour = rolloverHour
        self.maximumIntervalDays = maximumIntervalDays
        self.leechThreshold = leechThreshold
        self.leechRepeat = leechRepeat
        self.newCardsPerDay = newCardsPerDay
        self.reviewsPerDay = reviewsPerDay
        self.redrillBelow = redrillBelow
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let standard = SchedulerConfig.standard
        func value(_ key: CodingKeys, _ fallback: Int) throws -> Int {
            try container.decodeIfPresent(Int.self, forKey: key) ?? fallback
        }
        self.init(
            rolloverHour: try value(.rolloverHour, standard.rolloverHour),
            maximumIntervalDays: try value(.maximumIntervalDays, standard.maximumIntervalDays),
            leechThreshold: try value(.leechThreshold, standard.leechThreshold),
            leechRepeat: try value(.leechRepeat, standard.leechRepeat),
            newCardsPerDay: try value(.newCardsPerDay, standard.newCardsPerDay),
            reviewsPerDay: try value(.reviewsPerDay, standard.reviewsPerDay),
            redrillBelow: try value(.redrillBelow, standard.redrillBelow)
        )
    }

    /// Whether a card that has just lapsed for the `lapses`-th time is a leech:
    /// at the threshold, then every `leechRepeat` lapses after it.
    func isLeechMilestone(lapses: Int) -> Bool {
        guard lapses >= leechThreshold else { return false }
        guard leechRepeat > 0 else { return lapses == leechThreshold }
        return (lapses - leechThreshold) % leechRepeat == 0
    }
}
