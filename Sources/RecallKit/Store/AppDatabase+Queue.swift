import GRDB

/// Where today's queue stands when a session begins: what was done earlier
/// today, how many cards of each kind are there to serve, and the cards
/// still to re-drill.
public struct QueueStart: Sendable {
    public var reviewsDoneToday: Int
    public var newIntroducedToday: Int
    /// Due reviews not answered today, available (not suspended, retired or buried).
    public var reviewsAvailable: Int
    /// New cards, available.
    public var newAvailable: Int
    /// Cards whose last answer today was below the re-drill grade, in the order they were missed.
    public var redrills: [String]
}

/// Where a page of the queue ended: the sort key of its last card, so the
/// next page starts after it (keyset paging along the index).
public struct QueueCursor: Sendable, Equatable {
    var dueDay: Int?
    var deckId: Int64
    var ordinal: Int
    var cardId: String
}

extension AppDatabase {
    /// The conditions a card meets to be served today (besides its kind).
    private static let available = "s.retired = 0 AND s.suspended = 0 AND (s.buriedUntil IS NULL OR s.buriedUntil <= :today)"
    private static let dueReview = "s.dueDay <= :today AND s.lastReviewDay IS NOT NULL AND s.lastReviewDay < :today"
    private static let newCard = "s.lastReviewDay IS NULL"

    /// Counts read from the indexes the queue is served from; nothing is loaded card by card.
    public func queueStart(on day: StudyDay, config: SchedulerConfig, deck: String? = nil) throws -> QueueStart {
        try read { db in
            let today = day.daysSince1970
            let match = DeckMatch.on("s.deckId", deck)
            func count(_ kind: String) throws -> Int {
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cardState s WHERE \(match.sql) AND \(kind) AND \(Self.available)",
                                 arguments: match.arguments + ["today": today]) ?? 0
            }
            return QueueStart(
                reviewsDoneToday: try Int.fetchOne(db, sql: """
                    SELECT COUNT(*) FROM reviewLog WHERE day = ? AND kind != 'drill' AND dueBefore IS NOT NULL
                    """, arguments: [today]) ?? 0,
                newIntroducedToday: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cardState WHERE introducedDay = ?",
                                                     arguments: [today]) ?? 0,
                reviewsAvailable: try count(Self.dueReview),
                newAvailable: try count(Self.newCard),
                redrills: try pendingRedrills(db, day: day, config: config))
        }
    }

    /// Up to `limit` cards of `kind` (`.review`: most overdue first, then deck
    /// and source order; `.new`: deck and source order) after `cursor`.
    public func queuePage(_ kind: DailyQueue.Kind, after cursor: QueueCursor?, limit: Int, on day: StudyDay,
                          deck: String? = nil) throws -> [(cardId: String, cursor: QueueCursor)] {
        guard limit > 0, kind != .redrill else { return [] }
        return try read { db in
            let match = DeckMatch.on("s.deckId", deck)
            var arguments = match.arguments + ["today": day.daysSince1970, "limit": limit]
            let review = kind == .review
            var after = "1"
            if let cursor {
                after = review ? "(s.dueDay, s.deckId, s.ordinal, s.cardId) > (:dueDay, :deckId, :ordinal, :cardId)"
                    : "(s.deckId, s.ordinal, s.cardId) > (:deckId, :ordinal, :cardId)"
                arguments += ["dueDay": cursor.dueDay, "deckId": cursor.deckId, "ordinal": cursor.ordinal, "cardId": cursor.cardId]
            }
            let order = review ? "s.dueDay, s.deckId, s.ordinal, s.cardId" : "s.deckId, s.ordinal, s.cardId"
            let rows = try Row.fetchAll(db.cachedStatement(sql: """
                SELECT s.cardId, s.dueDay, s.deckId, s.ordinal FROM cardState s
                WHERE \(match.sql) AND \(review ? Self.dueReview : Self.newCard) AND \(Self.available) AND \(after)
                ORDER BY \(order) LIMIT :limit
                """), arguments: arguments)
            return rows.map { row in
                let cardId: String = row[0]
                return (cardId, QueueCursor(dueDay: row[1], deckId: row[2], ordinal: row[3], cardId: cardId))
            }
        }
    }

    /// Cards whose last answer today was below the re-drill grade.
    func pendingRedrills(_ db: Database, day: StudyDay, config: SchedulerConfig) throws -> [String] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT r.cardId, r.grade FROM reviewLog r JOIN cardState s ON s.cardId = r.cardId
            WHERE r.day = ? AND s.retired = 0 AND s.suspended = 0 ORDER BY r.id
            """, arguments: [day.daysSince1970])
        var lastGrade: [String: Int] = [:]
        var order: [String] = []
        for row in rows {
            let id: String = row[0]
            if lastGrade[id] == nil { order.append(id) }
            lastGrade[id] = row[1]
        }
        return order.filter { lastGrade[$0, default: 5] < config.redrillBelow }
    }
}
