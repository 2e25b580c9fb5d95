import GRDB

extension AppDatabase {
    /// Every figure of `recall stats` as of `day`, computed with SQL
    /// aggregates (never by loading every review).
    public func statistics(on day: StudyDay, config: SchedulerConfig = .standard, deck: String? = nil,
                           videoLink: (String, Int) -> String = VideoLink.url) throws -> Statistics {
        try read { db in
            let query = StatsQuery(db: db, today: day.daysSince1970, match: DeckMatch.condition(deck))
            var stats = Statistics(date: day.isoDate, deck: deck)
            stats.cards = try query.cardCounts()
            stats.today = try query.today(newPerDay: config.newCardsPerDay)
            stats.streakDays = try query.streak()
            stats.retention = try query.retention(mature: true)
            stats.retentionYoung = try query.retention(mature: false)
            stats.forecast = try query.forecast(days: 30)
            stats.reviews = try query.heatmap(days: 365)
            stats.intervals = try query.intervals()
            stats.retentionByWeek = try query.retentionByWeek(weeks: 12)
            stats.leeches = try query.leeches(link: videoLink)
            stats.sources = try query.sources(link: videoLink)
            return stats
        }
    }
}

/// The SQL behind `Statistics`, for one day and one deck filter.
struct StatsQuery {
    let db: Database
    let today: Int
    let match: (sql: String, arguments: StatementArguments)

    /// Cards that can be shown: neither retired nor suspended.
    static let available = "card.retiredAt IS NULL AND s.suspended = 0"

    func cardCounts() throws -> Statistics.CardCounts {
        let buried = "(s.buriedUntil IS NOT NULL AND s.buriedUntil > \(today))"
        let open = "card.retiredAt IS NULL AND s.suspended = 0 AND NOT \(buried)"
        let row = try Row.fetchOne(db, sql: """
            SELECT COUNT(*) - SUM(card.retiredAt IS NOT NULL),
              SUM(\(open) AND s.lastReviewDay IS NULL), SUM(\(open) AND s.lastReviewDay IS NOT NULL AND s.repetitions = 0),
              SUM(\(open) AND s.repetitions >= 1 AND s.intervalDays < 21), SUM(\(open) AND s.repetitions >= 1 AND s.intervalDays >= 21),
              SUM(card.retiredAt IS NULL AND s.suspended = 1), SUM(card.retiredAt IS NULL AND s.suspended = 0 AND \(buried)),
              SUM(card.retiredAt IS NOT NULL)
            FROM card JOIN cardState s ON s.cardId = card.id WHERE \(match.sql)
            """, arguments: match.arguments)
        var counts = Statistics.CardCounts()
        guard let row else { return counts }
        counts.total = row[0] ?? 0
        counts.new = row[1] ?? 0
        counts.learning = row[2] ?? 0
        counts.young = row[3] ?? 0
        counts.mature = row[4] ?? 0
        counts.suspended = row[5] ?? 0
        counts.buried = row[6] ?? 0
        counts.retired = row[7] ?? 0
        return counts
    }

    func today(newPerDay: Int) throws -> Statistics.Today {
        var figures = Statistics.Today()
        let answers = try Row.fetchOne(db, sql: """
            SELECT COUNT(*), SUM(r.grade >= 3), SUM(r.durationMs) FROM reviewLog r JOIN card ON card.id = r.cardId
            WHERE r.day = ? AND \(match.sql)
            """, arguments: [today] + match.arguments)
        figures.reviewed = answers?[0] ?? 0
        figures.passed = answers?[1] ?? 0
        figures.timeMs = answers?[2] ?? 0
        let open = "\(Self.available) AND (s.buriedUntil IS NULL OR s.buriedUntil <= \(today))"
        let row = try Row.fetchOne(db, sql: """
            SELECT SUM(s.lastReviewDay IS NOT NULL AND s.lastReviewDay < ? AND s.dueDay <= ?),
                   SUM(s.lastReviewDay IS NULL),
                   (SELECT COUNT(*) FROM cardState WHERE introducedDay = ?)
            FROM card JOIN cardState s ON s.cardId = card.id WHERE \(open) AND \(match.sql)
            """, arguments: [today, today, today] + match.arguments)
        figures.stillDue = row?[0] ?? 0
        let newCards: Int = row?[1] ?? 0
        let introduced: Int = row?[2] ?? 0
        figures.newAvailable = min(newCards, max(0, newPerDay - introduced))
        return figures
    }

    /// Study days in a row with at least one answer, ending today — or
    /// yesterday, while today is still open.
    func streak() throws -> Int {
        let days = try Int.fetchAll(db, sql: """
            SELECT DISTINCT r.day FROM reviewLog r JOIN card ON card.id = r.cardId
            WHERE r.day <= ? AND \(match.sql) ORDER BY r.day DESC
            """, arguments: [today] + match.arguments)
        return StreakCounter.count(daysDescending: days, today: today)
    }

    /// Passed share of first answers of the day (no re-drills) on review
    /// cards, last 30 days; mature means an interval of 21 days or more before the answer.
    func retention(mature: Bool) throws -> Statistics.Retention {
        let interval = mature ? "r.intervalBefore >= 21" : "r.intervalBefore < 21"
        let row = try Row.fetchOne(db, sql: """
            SELECT COUNT(*), SUM(r.grade >= 3) FROM reviewLog r JOIN card ON card.id = r.cardId
            WHERE r.day > ? AND r.day <= ? AND r.kind != 'drill' AND r.repetitionsBefore >= 1 AND \(interval) AND \(match.sql)
            """, arguments: [today - 30, today] + match.arguments)
        return Statistics.Retention(reviews: row?[0] ?? 0, passed: row?[1] ?? 0)
    }

    /// Reviews due each of the next `days` days (overdue ones count today).
    func forecast(days: Int) throws -> [Statistics.Forecast] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT MAX(s.dueDay, COALESCE(s.buriedUntil, 0), ?) AS day, COUNT(*) FROM card JOIN cardState s ON s.cardId = card.id
            WHERE \(Self.available) AND s.lastReviewDay IS NOT NULL AND s.dueDay < ? AND \(match.sql)
            GROUP BY day
            """, arguments: [today, today + days] + match.arguments)
        var due: [Int: Int] = [:]
        for row in rows { due[row[0]] = row[1] }
        return (0..<days).map { offset in
            Statistics.Forecast(date: StudyDay(daysSince1970: today + offset).isoDate, due: due[today + offset, default: 0])
        }
    }

    /// Answers per day for the last `days` days, oldest first.
    func heatmap(days: Int) throws -> [Statistics.DayCount] {
        let sql = match.sql == "1"
            ? "SELECT r.day, COUNT(*) FROM reviewLog r WHERE r.day > ? AND r.day <= ? GROUP BY r.day"
            : "SELECT r.day, COUNT(*) FROM reviewLog r JOIN card ON card.id = r.cardId WHERE r.day > ? AND r.day <= ? AND \(match.sql) GROUP BY r.day"
        var counts: [Int: Int] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: [today - days, today] + match.arguments) { counts[row[0]] = row[1] }
        return (0..<days).reversed().map { back in
            Statistics.DayCount(date: StudyDay(daysSince1970: today - back).isoDate, count: counts[today - back, default: 0])
        }
    }

    func intervals() throws -> [Statistics.IntervalBucket] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT s.intervalDays, COUNT(*) FROM card JOIN cardState s ON s.cardId = card.id
            WHERE \(Self.available) AND s.repetitions >= 1 AND \(match.sql) GROUP BY s.intervalDays
            """, arguments: match.arguments)
        var buckets = IntervalBuckets.all.map { Statistics.IntervalBucket(label: $0.label, minDays: $0.min, cards: 0) }
        for row in rows {
            let days: Int = row[0]
            if let index = IntervalBuckets.all.lastIndex(where: { days >= $0.min }) { buckets[index].cards += row[1] as Int }
        }
        return buckets
    }

    func retentionByWeek(weeks: Int) throws -> [Statistics.WeekRetention] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT (? - r.day) / 7 AS week, COUNT(*), SUM(r.grade >= 3) FROM reviewLog r JOIN card ON card.id = r.cardId
            WHERE r.day > ? AND r.day <= ? AND r.kind != 'drill' AND r.repetitionsBefore >= 1 AND \(match.sql) GROUP BY week
            """, arguments: [today, today - 7 * weeks, today] + match.arguments)
        var figures: [Int: Statistics.Retention] = [:]
        for row in rows { figures[row[0]] = Statistics.Retention(reviews: row[1], passed: row[2]) }
        return (0..<weeks).reversed().map { back in
            Statistics.WeekRetention(week: StudyDay(daysSince1970: today - 7 * back - 6).isoDate,
                                     retention: figures[back] ?? Statistics.Retention())
        }
    }
}

/// Consecutive study days.
enum StreakCounter {
    /// `daysDescending`: distinct days with answers, newest first.
    static func count(daysDescending: [Int], today: Int) -> Int {
        guard let newest = daysDescending.first, newest >= today - 1 else { return 0 }
        var expected = newest
        var streak = 0
        for day in daysDescending {
            guard day == expected else { break }
            streak += 1
            expected -= 1
        }
        return streak
    }
}

/// The interval histogram's buckets.
enum IntervalBuckets {
    static let all: [(label: String, min: Int)] = [
        ("1d", 1), ("2–3d", 2), ("4–7d", 4), ("1–2w", 8), ("2w–1mo", 15), ("1–3mo", 31), ("3–6mo", 91),
        ("6–12mo", 181), ("1y+", 366),
    ]
}
