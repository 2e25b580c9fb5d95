import GRDB

/// When the next review falls, for a day with nothing left to do.
public struct NextDue: Sendable, Equatable {
    /// The first study day after the one asked about with a review due.
    public let day: StudyDay
    /// Reviews due that day.
    public let cards: Int
}

extension AppDatabase {
    /// The first study day after `day` on which a review falls due (a
    /// buried card counts from the day it comes back), with how many; nil
    /// when no card has a review scheduled. Suspended and retired cards, and
    /// new ones, do not count.
    public func nextDue(after day: StudyDay, deck: String? = nil) throws -> NextDue? {
        try read { db in
            let match = DeckMatch.on("s.deckId", deck)
            let row = try Row.fetchOne(db, sql: """
                SELECT MAX(s.dueDay, COALESCE(s.buriedUntil, 0)) AS falls, COUNT(*) FROM cardState s
                WHERE s.lastReviewDay IS NOT NULL AND s.dueDay IS NOT NULL AND s.retired = 0 AND s.suspended = 0
                  AND MAX(s.dueDay, COALESCE(s.buriedUntil, 0)) > ? AND \(match.sql)
                GROUP BY falls ORDER BY falls LIMIT 1
                """, arguments: [day.daysSince1970] + match.arguments)
            guard let row, let falls: Int = row[0] else { return nil }
            return NextDue(day: StudyDay(daysSince1970: falls), cards: row[1])
        }
    }
}
