/// The scheduling state of one card: everything SM-2 needs, nothing else.
///
/// A plain value. `SM2.review` returns a new one; to undo an answer, keep the
/// previous value.
public struct CardSchedule: Equatable, Sendable, Codable {
    /// Interval (days) from which a review card counts as mature.
    public static let matureIntervalDays = 21
    /// Easiness of a card never answered, in hundredths (EF 2.5).
    public static let initialEasinessHundredths = 250
    /// Lowest easiness SM-2 allows, in hundredths (EF 1.3).
    public static let minimumEasinessHundredths = 130

    /// A card never answered.
    public static let new = CardSchedule()

    /// Successful reviews in a row since the last failure (SM-2's n).
    public var repetitions: Int
    /// Easiness factor in exact hundredths: 250 means EF 2.5.
    public var easinessHundredths: Int
    /// Days from the last scheduling answer to the due day.
    public var intervalDays: Int
    /// The day the card is next due; `nil` while new.
    public var dueDay: StudyDay?
    /// Failures after at least one success (q < 3 with n > 0).
    public var lapses: Int
    /// The last day an answer scheduled this card.
    public var lastReviewDay: StudyDay?
    /// Kept out of every queue until unsuspended.
    public var isSuspended: Bool
    /// Flagged as a leech by repeated lapses.
    public var isLeech: Bool
    /// Hidden from queues on days before this one.
    public var buriedUntil: StudyDay?

    public init(
        repetitions: Int = 0,
        easinessHundredths: Int = CardSchedule.initialEasinessHundredths,
        intervalDays: Int = 0,
        dueDay: StudyDay? = nil,
        lapses: Int = 0,
        lastReviewDay: StudyDay? = nil,
        isSuspended: Bool = false,
        isLeech: Bool = false,
        buriedUntil: StudyDay? = nil
    ) {
        self.repetitions = repetitions
        self.easinessHundredths = easinessHundredths
        self.intervalDays = intervalDays
        self.dueDay = dueDay
        self.lapses = lapses
        self.lastReviewDay = lastReviewDay
        self.isSuspended = isSuspended
        self.isLeech = isLeech
        self.buriedUntil = buriedUntil
    }

    /// The card's state on `day`. Suspension wins over burying, which wins
    /// over the learning state. Never `.retired`: the caller knows that.
    public func state(on day: StudyDay) -> CardState {
        if isSuspended { return .suspended }
        if let buriedUntil, buriedUntil > day { return .buried }
        if lastReviewDay == nil { return .new }
        if repetitions == 0 { return .learning }
        return intervalDays < Self.matureIntervalDays ? .young : .mature
    }

    /// Whether the card is due for review on `day` (answered before, due by
    /// then, neither suspended nor buried). New cards are never "due".
    public func isDue(on day: StudyDay) -> Bool {
        guard let dueDay, dueDay <= day else { return false }
        let state = state(on: day)
        return state != .suspended && state != .buried
    }

    /// The easiness as written in the SM-2 paper, e.g. `"2.36"`.
    public var easinessText: String {
        let fraction = easinessHundredths % 100
        return "\(easinessHundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
