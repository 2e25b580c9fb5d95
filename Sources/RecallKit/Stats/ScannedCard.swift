import GRDB
import GRDBSQLite

/// The current row of the stats pass over `cardState`, read straight from
/// SQLite's columns: the pass reads every card, and GRDB's generic row
/// access (a type check and a conversion per column) was half its time.
struct ScannedCard {
    /// The columns, in the order the accessors read them; the two `?` are today.
    static let columns = """
        s.sectionId, s.retired, s.suspended, COALESCE(s.buriedUntil, 0), s.lastReviewDay IS NULL, s.repetitions,
        s.intervalDays, COALESCE(s.lastReviewDay < ? AND s.dueDay <= ?, 0), s.lapses, s.ordinal, s.seconds, s.timestamp
        """

    private let statement: SQLiteStatement

    init(_ statement: Statement) { self.statement = statement.sqliteStatement }

    private func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(statement, column)) }

    var sectionId: Int64 { sqlite3_column_int64(statement, 0) }
    var isRetired: Bool { int(1) != 0 }
    var isSuspended: Bool { int(2) != 0 }
    var buriedUntil: Int { int(3) }
    var isNew: Bool { int(4) != 0 }
    var repetitions: Int { int(5) }
    var intervalDays: Int { int(6) }
    /// Answered before today and due by today.
    var isDue: Bool { int(7) != 0 }
    var lapses: Int { int(8) }
    var ordinal: Int { int(9) }
    var seconds: Int { int(10) }
    var timestamp: String {
        guard let text = sqlite3_column_text(statement, 11) else { return "" }
        return String(cString: text)
    }

    /// The state the card shows: 0 retired, 1 suspended, 2 buried, 3 new, 4 learning, 5 young, 6 mature.
    func state(today: Int) -> Int {
        if isRetired { return 0 }
        if isSuspended { return 1 }
        if buriedUntil > today { return 2 }
        if isNew { return 3 }
        if repetitions == 0 { return 4 }
        return intervalDays < CardSchedule.matureIntervalDays ? 5 : 6
    }
}
