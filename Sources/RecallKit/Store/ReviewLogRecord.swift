import GRDB

/// A row of `reviewLog`: one answer, with the state before and after it.
struct ReviewLogRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "reviewLog"
    var id: Int64?
    var cardId: String
    var reviewedAt: String
    var day: Int
    var grade: Int
    var kind: String
    var easinessBefore: Int
    var easinessAfter: Int
    var intervalBefore: Int
    var intervalAfter: Int
    var repetitionsBefore: Int
    var repetitionsAfter: Int
    var lapsesAfter: Int
    var dueBefore: Int?
    var dueAfter: Int?
    var durationMs: Int

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let cardId = Column(CodingKeys.cardId)
        static let day = Column(CodingKeys.day)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    init(cardId: String, outcome: ReviewOutcome, reviewedAt: String, durationMs: Int) {
        self.cardId = cardId
        self.reviewedAt = reviewedAt
        day = outcome.day.daysSince1970
        grade = outcome.grade.rawValue
        kind = outcome.kind.rawValue
        easinessBefore = outcome.previous.easinessHundredths
        easinessAfter = outcome.schedule.easinessHundredths
        intervalBefore = outcome.previous.intervalDays
        intervalAfter = outcome.schedule.intervalDays
        repetitionsBefore = outcome.previous.repetitions
        repetitionsAfter = outcome.schedule.repetitions
        lapsesAfter = outcome.schedule.lapses
        dueBefore = outcome.previous.dueDay?.daysSince1970
        dueAfter = outcome.schedule.dueDay?.daysSince1970
        self.durationMs = durationMs
    }
}

/// One answer as stored, for callers outside the store.
public struct ReviewLogEntry: Sendable, Equatable, Codable {
    public var id: Int64
    public var cardId: String
    public var reviewedAt: String
    public var day: StudyDay
    public var grade: Grade
    public var kind: ReviewKind
    public var easinessBefore: Int
    public var easinessAfter: Int
    public var intervalBefore: Int
    public var intervalAfter: Int
    public var durationMs: Int

    init(_ record: ReviewLogRecord) {
        id = record.id ?? 0
        cardId = record.cardId
        reviewedAt = record.reviewedAt
        day = StudyDay(daysSince1970: record.day)
        grade = Grade(rawValue: record.grade) ?? .blackout
        kind = ReviewKind(rawValue: record.kind) ?? .review
        easinessBefore = record.easinessBefore
        easinessAfter = record.easinessAfter
        intervalBefore = record.intervalBefore
        intervalAfter = record.intervalAfter
        durationMs = record.durationMs
    }
}
