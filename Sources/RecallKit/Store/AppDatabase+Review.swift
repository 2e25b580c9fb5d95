import GRDB

/// What an answer changed, so it can be undone exactly.
public struct AnswerReceipt: Sendable, Equatable {
    public let logId: Int64
    public let cardId: String
    public let previous: CardSchedule
    public let previousIntroducedDay: Int?
    /// The siblings the answer buried, with what their `buriedUntil` was.
    public var buriedSiblings: [BuriedSibling] = []
}

/// A sibling of an answered card, buried until the next day by the answer.
public struct BuriedSibling: Sendable, Equatable {
    public let cardId: String
    public let previousBuriedUntil: Int?
    /// What today's queue had it as before: a due review or a new card
    /// (nil: it was not to be served today anyway).
    public let wasQueuedAs: DailyQueue.Kind?
}

extension AppDatabase {
    /// One card with its source and schedule.
    public func card(id: String, on day: StudyDay) throws -> CardListing? {
        try readOnWriter { db in
            let statement = try db.cachedStatement(sql: "SELECT \(Self.listingColumns) FROM \(Self.listingTables) WHERE card.id = ?")
            return try Row.fetchOne(statement, arguments: [id]).map { Self.listing($0, on: day) }
        }
    }

    /// Stores an answer: the card's new schedule and its review-log row, and
    /// buries its siblings not answered that day until the next, in one
    /// transaction, committed before this returns.
    /// - Parameter answerId: the client's id of the answer, stored with it
    ///   (see `answeredCard(answerId:)`).
    public func record(_ outcome: ReviewOutcome, cardId: String, reviewedAt: String, durationMs: Int,
                       answerId: String? = nil) throws -> AnswerReceipt {
        try write { db in
            let introduced = try ScheduleStatements.introducedDay(of: cardId, in: db)
            try ScheduleStatements.update(outcome.schedule, cardId: cardId, introducedDay: introduced ?? outcome.day.daysSince1970,
                                          in: db)
            let logId = try ScheduleStatements.log(outcome, cardId: cardId, reviewedAt: reviewedAt, durationMs: durationMs, in: db)
            var receipt = AnswerReceipt(logId: logId, cardId: cardId, previous: outcome.previous,
                                        previousIntroducedDay: introduced)
            receipt.buriedSiblings = try burySiblings(of: cardId, on: outcome.day, in: db)
            if let answerId {
                try db.cachedStatement(sql: "INSERT INTO answerId (id, logId) VALUES (?, ?)").execute(arguments: [answerId, logId])
            }
            return receipt
        }
    }

    /// The card an answer sent with `answerId` graded, when it is stored (and not undone).
    public func answeredCard(answerId: String) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT l.cardId FROM answerId a JOIN reviewLog l ON l.id = a.logId WHERE a.id = ?",
                                arguments: [answerId])
        }
    }

    /// Buries until the next day the siblings of `cardId` that are not
    /// buried that long already and were not answered that day (their
    /// re-drills stay).
    private func burySiblings(of cardId: String, on day: StudyDay, in db: Database) throws -> [BuriedSibling] {
        let today = day.daysSince1970, tomorrow = day.adding(days: 1).daysSince1970
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT s.cardId, s.buriedUntil,
              CASE WHEN s.suspended = 0 AND s.retired = 0 AND (s.buriedUntil IS NULL OR s.buriedUntil <= :today) THEN
                CASE WHEN s.lastReviewDay IS NULL THEN 'new' WHEN s.dueDay <= :today THEN 'review' END
              END
            FROM card c JOIN card other ON other.sibling = c.sibling AND other.id != c.id
            JOIN cardState s ON s.cardId = other.id
            WHERE c.id = :card AND c.sibling != '' AND other.retiredAt IS NULL
              AND (s.buriedUntil IS NULL OR s.buriedUntil < :tomorrow) AND (s.lastReviewDay IS NULL OR s.lastReviewDay < :today)
            """), arguments: ["card": cardId, "tomorrow": tomorrow, "today": today])
        let buried = rows.map { row in
            BuriedSibling(cardId: row[0], previousBuriedUntil: row[1], wasQueuedAs: (row[2] as String?).flatMap(DailyQueue.Kind.init))
        }
        for sibling in buried {
            try db.cachedStatement(sql: "UPDATE cardState SET buriedUntil = ? WHERE cardId = ?")
                .execute(arguments: [tomorrow, sibling.cardId])
        }
        return buried
    }

    /// Takes an answer back: the schedule as it was and no log row.
    public func undo(_ receipt: AnswerReceipt) throws {
        try write { db in
            try ScheduleStatements.update(receipt.previous, cardId: receipt.cardId, introducedDay: receipt.previousIntroducedDay,
                                          in: db)
            _ = try ReviewLogRecord.deleteOne(db, key: receipt.logId)
            for sibling in receipt.buriedSiblings {
                try db.cachedStatement(sql: "UPDATE cardState SET buriedUntil = ? WHERE cardId = ?")
                    .execute(arguments: [sibling.previousBuriedUntil, sibling.cardId])
            }
        }
    }

    /// Saves a schedule changed outside an answer (bury, unbury).
    public func save(_ schedule: CardSchedule, cardId: String) throws {
        try write { db in
            let introduced = try ScheduleStatements.introducedDay(of: cardId, in: db)
            try ScheduleStatements.update(schedule, cardId: cardId, introducedDay: introduced, in: db)
        }
    }

    /// The review log, oldest first (all cards, or one).
    public func reviewLog(cardId: String? = nil) throws -> [ReviewLogEntry] {
        try read { db in
            var request = ReviewLogRecord.order(ReviewLogRecord.Columns.id)
            if let cardId { request = request.filter(ReviewLogRecord.Columns.cardId == cardId) }
            return try request.fetchAll(db).map(ReviewLogEntry.init)
        }
    }

    /// Cards due for review on `day` (not new, not suspended, not buried).
    public func dueCount(on day: StudyDay, deck: String? = nil) throws -> Int {
        try read { db in
            let match = DeckMatch.on("s.deckId", deck)
            return try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM cardState s
                WHERE s.lastReviewDay IS NOT NULL AND s.dueDay <= ? AND s.retired = 0 AND s.suspended = 0
                  AND (s.buriedUntil IS NULL OR s.buriedUntil <= ?) AND \(match.sql)
                """, arguments: [day.daysSince1970, day.daysSince1970] + match.arguments) ?? 0
        }
    }

    /// Whether the collection holds no card at all.
    public func isEmpty() throws -> Bool {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM card") == 0 }
    }
}
