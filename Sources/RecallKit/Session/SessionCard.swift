/// The card a session shows now, with what every grade would do.
public struct SessionCard: Sendable {
    public let card: CardListing
    public let kind: DailyQueue.Kind
    /// Days until the card is due again for each grade 0...5.
    public let intervals: [Grade: Int]
}

/// What one answer did.
public struct AnswerResult: Sendable {
    public let card: CardListing
    public let outcome: ReviewOutcome
    /// The card comes back later in this session (graded below 4).
    public let redrill: Bool
}

/// The end-of-session figures.
public struct SessionSummary: Sendable, Equatable {
    /// Answers given (re-drills included).
    public var answers = 0
    /// Distinct cards answered.
    public var cards = 0
    /// Answers graded 3 or more.
    public var passed = 0
    public var durationMs = 0
    public var leeches: [String] = []
    /// Reviews due on the next study day.
    public var dueTomorrow = 0
}
