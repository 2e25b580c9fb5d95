/// What kind of answer a review was, for the log.
public enum ReviewKind: String, Sendable, Codable, CaseIterable {
    /// The first answer of the day to a new or learning card (n = 0 before).
    case learn
    /// The first answer of the day to a card in review (n ≥ 1 before).
    case review
    /// A later answer on the same study day: logged, schedules nothing.
    case drill
}

/// The result of one answer: the card's new schedule and what to log.
public struct ReviewOutcome: Equatable, Sendable, Codable {
    /// The grade given.
    public var grade: Grade
    /// The study day of the answer.
    public var day: StudyDay
    /// The kind of answer.
    public var kind: ReviewKind
    /// The schedule before the answer (keep it to undo).
    public var previous: CardSchedule
    /// The schedule after the answer.
    public var schedule: CardSchedule
    /// Whether this answer changed the schedule (false for a drill).
    public var scheduled: Bool { kind != .drill }
    /// Whether this answer lapsed the card (q < 3 with n > 0, not a drill).
    public var lapsed: Bool { schedule.lapses > previous.lapses }
    /// Whether this lapse made the card a leech (it is now suspended).
    public var becameLeech: Bool
    /// Whether the card must come back later in this session.
    public var needsRedrill: Bool

    /// Easiness before the answer, in hundredths.
    public var easinessHundredthsBefore: Int { previous.easinessHundredths }
    /// Easiness after the answer, in hundredths.
    public var easinessHundredthsAfter: Int { schedule.easinessHundredths }
    /// Interval before the answer, in days.
    public var intervalDaysBefore: Int { previous.intervalDays }
    /// Interval after the answer, in days.
    public var intervalDaysAfter: Int { schedule.intervalDays }

    public init(
        grade: Grade, day: StudyDay, kind: ReviewKind,
        previous: CardSchedule, schedule: CardSchedule,
        becameLeech: Bool, needsRedrill: Bool
    ) {
        self.grade = grade
        self.day = day
        self.kind = kind
        self.previous = previous
        self.schedule = schedule
        self.becameLeech = becameLeech
        self.needsRedrill = needsRedrill
    }
}
