import GRDB

/// The writes an answer makes, as cached statements: a review takes well
/// under a millisecond to commit, most of it SQLite's own.
enum ScheduleStatements {
    /// Writes `schedule`'s columns of a `cardState` row (its placement is left alone).
    static func update(_ schedule: CardSchedule, cardId: String, introducedDay: Int?, in db: Database) throws {
        try db.cachedStatement(sql: """
            UPDATE cardState SET repetitions = ?, easiness = ?, intervalDays = ?, dueDay = ?, lapses = ?,
              lastReviewDay = ?, suspended = ?, leech = ?, buriedUntil = ?, introducedDay = ? WHERE cardId = ?
            """).execute(arguments: [
            schedule.repetitions, schedule.easinessHundredths, schedule.intervalDays, schedule.dueDay?.daysSince1970,
            schedule.lapses, schedule.lastReviewDay?.daysSince1970, schedule.isSuspended, schedule.isLeech,
            schedule.buriedUntil?.daysSince1970, introducedDay, cardId,
        ])
    }

    /// The day a card was first answered, or nil; throws when there is no such card.
    static func introducedDay(of cardId: String, in db: Database) throws -> Int? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT introducedDay FROM cardState WHERE cardId = ?"),
                                         arguments: [cardId]) else {
            throw StoreError.failed("no card \(cardId)")
        }
        return row[0]
    }

    /// Inserts the review-log row of an answer, with the card's deck and
    /// section copied from its state; returns the row id.
    static func log(_ outcome: ReviewOutcome, cardId: String, reviewedAt: String, durationMs: Int, in db: Database) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO reviewLog (cardId, deckId, sectionId, reviewedAt, day, grade, kind, easinessBefore, easinessAfter,
              intervalBefore, intervalAfter, repetitionsBefore, repetitionsAfter, lapsesAfter, dueBefore, dueAfter, durationMs)
            SELECT ?, s.deckId, s.sectionId, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM cardState s WHERE s.cardId = ?
            """).execute(arguments: [
            cardId, reviewedAt, outcome.day.daysSince1970, outcome.grade.rawValue, outcome.kind.rawValue,
            outcome.previous.easinessHundredths, outcome.schedule.easinessHundredths, outcome.previous.intervalDays,
            outcome.schedule.intervalDays, outcome.previous.repetitions, outcome.schedule.repetitions,
            outcome.schedule.lapses, outcome.previous.dueDay?.daysSince1970, outcome.schedule.dueDay?.daysSince1970,
            durationMs, cardId,
        ])
        return db.lastInsertedRowID
    }
}
