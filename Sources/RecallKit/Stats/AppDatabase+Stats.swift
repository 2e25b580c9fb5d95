import GRDB

extension AppDatabase {
    /// Every figure of `recall stats` as of `day`, computed with SQL
    /// aggregates (never by loading every review). On a collection file the
    /// pass over `cardState` and the review-log figures run at the same time,
    /// on two connections that see the same state.
    public func statistics(on day: StudyDay, config: SchedulerConfig = .standard, deck: String? = nil,
                           videoLink: (String, Int) -> String = VideoLink.url) throws -> Statistics {
        let today = day.daysSince1970
        let (scan, reviews) = try reportingStoreErrors {
            guard let pool = writer as? DatabasePool else {
                return try writer.read { db in
                    let query = StatsQuery(db: db, today: today, deck: deck)
                    return (try query.scan(), try query.reviewFigures())
                }
            }
            return try pool.concurrentReads(
                { db in try StatsQuery(db: db, today: today, deck: deck).scan() },
                { db in try StatsQuery(db: db, today: today, deck: deck).reviewFigures() })
        }
        return reviews.statistics(scan, config: config, today: today, deck: deck, link: videoLink)
    }
}

/// The figures that do not need the pass over `cardState`.
struct ReviewFigures: Sendable {
    var reviewedToday = Statistics.Today()
    var introducedToday = 0
    var streakDays = 0
    var retention = Statistics.Retention()
    var retentionYoung = Statistics.Retention()
    var forecast: [Statistics.Forecast] = []
    var reviews: [Statistics.DayCount] = []
    var retentionByWeek: [Statistics.WeekRetention] = []
    var leeches: [LeechRow] = []
    var sectionRetention: [Int64: Statistics.Retention] = [:]
    var places = NotePlaces()

    /// The whole report, once the scan is done.
    func statistics(_ scan: StatsQuery.Scan, config: SchedulerConfig, today: Int, deck: String?,
                    link: (String, Int) -> String) -> Statistics {
        var stats = Statistics(date: StudyDay(daysSince1970: today).isoDate, deck: deck)
        stats.cards = scan.census.counts
        stats.intervals = scan.census.intervals
        stats.today = reviewedToday
        stats.today.stillDue = scan.census.stillDue
        stats.today.newAvailable = min(scan.census.counts.new, max(0, config.newCardsPerDay - introducedToday))
        stats.streakDays = streakDays
        stats.retention = retention
        stats.retentionYoung = retentionYoung
        stats.forecast = forecast
        stats.reviews = reviews
        stats.retentionByWeek = retentionByWeek
        stats.leeches = leeches.map { $0.leech(link: link) }
        stats.sources = SourceReport(places: places, retention: sectionRetention, sectionsPerNote: deck == nil ? StatsQuery.sectionsPerNote : Int.max,
                                     sourceOrder: deck != nil).sources(scan.sections, link: link)
        return stats
    }
}

/// The SQL behind `Statistics`, for one day and one deck filter. It reads
/// `cardState` (which carries each card's deck, section and retirement),
/// `reviewLog` through covering indexes, and `reviewDay`; never a card's text.
struct StatsQuery {
    let db: Database
    let today: Int
    let deck: String?
    /// The deck filter on `cardState s`.
    let cards: (sql: String, arguments: StatementArguments)
    /// The deck filter on `reviewLog r`.
    let answers: (sql: String, arguments: StatementArguments)

    init(db: Database, today: Int, deck: String?) {
        self.db = db
        self.today = today
        self.deck = deck
        cards = DeckMatch.on("s.deckId", deck)
        answers = DeckMatch.on("r.deckId", deck)
    }

    /// Cards that can be shown: neither retired nor suspended.
    static let available = "s.retired = 0 AND s.suspended = 0"

    /// What one pass over `cardState` tells: cards by the state they show
    /// (retired, then suspended, buried, new … mature), review cards by
    /// interval bucket, and the reviews still due today.
    struct Census: Sendable {
        var counts = Statistics.CardCounts()
        var intervals = IntervalBuckets.all.map { Statistics.IntervalBucket(label: $0.label, minDays: $0.min, cards: 0) }
        var stillDue = 0
    }

    /// What one pass over `cardState` gives: the census, and each section's
    /// tally (live cards only).
    struct Scan: Sendable {
        var census = Census()
        var sections: [SectionTally] = []
    }

    /// One pass over `cardState` in section order, through its covering index.
    /// (SQLite groups by sorting; tallying a plain scan here is several times faster.)
    func scan() throws -> Scan {
        let statement = try db.makeStatement(sql: """
            SELECT \(ScannedCard.columns) FROM cardState s INDEXED BY cardState_section
            WHERE \(cards.sql) ORDER BY s.sectionId
            """)
        let cursor = try Row.fetchCursor(statement, arguments: [today, today] + cards.arguments)
        let card = ScannedCard(statement)
        var scan = Scan()
        var tally: SectionTally?
        while try cursor.next() != nil {
            let state = card.state(today: today)
            scan.census.counts.add(1, state: state)
            if state >= 4, card.isDue { scan.census.stillDue += 1 }
            if state >= 5 { scan.census.intervals[IntervalBuckets.index(of: card.intervalDays)].cards += 1 }
            guard state > 0 else { continue }
            let section = card.sectionId
            if tally?.id != section {
                if let done = tally { scan.sections.append(done) }
                tally = SectionTally(id: section)
            }
            tally?.add(card)
        }
        if let done = tally { scan.sections.append(done) }
        scan.census.counts.total = scan.census.counts.suspended + scan.census.counts.buried + scan.census.counts.new
            + scan.census.counts.learning + scan.census.counts.young + scan.census.counts.mature
        return scan
    }

    /// All figures but the scan's, on this connection.
    func reviewFigures() throws -> ReviewFigures {
        var figures = ReviewFigures()
        let done = try Row.fetchOne(db, sql: """
            SELECT COUNT(*), SUM(r.grade >= 3), SUM(r.durationMs) FROM reviewLog r WHERE r.day = ? AND \(answers.sql)
            """, arguments: [today] + answers.arguments)
        figures.reviewedToday.reviewed = done?[0] ?? 0
        figures.reviewedToday.passed = done?[1] ?? 0
        figures.reviewedToday.timeMs = done?[2] ?? 0
        figures.introducedToday = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cardState s WHERE s.introducedDay = ? AND \(cards.sql)",
                                                   arguments: [today] + cards.arguments) ?? 0
        figures.streakDays = try streak()
        figures.retention = try retention(mature: true)
        figures.retentionYoung = try retention(mature: false)
        figures.forecast = try forecast(days: 30)
        figures.reviews = try heatmap(days: 365)
        figures.retentionByWeek = try retentionByWeek(weeks: 12)
        figures.leeches = try leeches()
        figures.sectionRetention = try sectionRetention()
        figures.places = try NotePlaces(db)
        return figures
    }

    /// Study days in a row with at least one answer, ending today — or
    /// yesterday, while today is still open.
    func streak() throws -> Int {
        let sql = deck == nil
            ? "SELECT day FROM reviewDay WHERE day <= ? AND answers > 0 ORDER BY day DESC"
            : "SELECT DISTINCT r.day FROM reviewLog r WHERE r.day <= ? AND \(answers.sql) ORDER BY r.day DESC"
        let cursor = try Int.fetchCursor(db, sql: sql, arguments: [today] + answers.arguments)
        var days: [Int] = []
        while let day = try cursor.next() {
            if let last = days.last, day != last - 1 { break }
            days.append(day)
        }
        return StreakCounter.count(daysDescending: days, today: today)
    }

    /// Passed share of first answers of the day (no re-drills) on review
    /// cards, last 30 days; mature means an interval of 21 days or more before the answer.
    func retention(mature: Bool) throws -> Statistics.Retention {
        if deck == nil {
            let prefix = mature ? "mature" : "young"
            let row = try Row.fetchOne(db, sql: """
                SELECT SUM(\(prefix)Reviews), SUM(\(prefix)Passed) FROM reviewDay WHERE day > ? AND day <= ?
                """, arguments: [today - 30, today])
            return Statistics.Retention(reviews: row?[0] ?? 0, passed: row?[1] ?? 0)
        }
        let interval = mature ? "r.intervalBefore >= 21" : "r.intervalBefore < 21"
        let row = try Row.fetchOne(db, sql: """
            SELECT COUNT(*), SUM(r.grade >= 3) FROM reviewLog r
            WHERE r.day > ? AND r.day <= ? AND r.kind != 'drill' AND r.repetitionsBefore >= 1 AND \(interval) AND \(answers.sql)
            """, arguments: [today - 30, today] + answers.arguments)
        return Statistics.Retention(reviews: row?[0] ?? 0, passed: row?[1] ?? 0)
    }

    /// Reviews due each of the next `days` days (overdue ones count today).
    func forecast(days: Int) throws -> [Statistics.Forecast] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT MAX(s.dueDay, COALESCE(s.buriedUntil, 0), ?) AS day, COUNT(*) FROM cardState s
            WHERE \(Self.available) AND s.lastReviewDay IS NOT NULL AND s.dueDay < ? AND \(cards.sql)
            GROUP BY day
            """, arguments: [today, today + days] + cards.arguments)
        var due: [Int: Int] = [:]
        for row in rows { due[row[0]] = row[1] }
        return (0..<days).map { offset in
            Statistics.Forecast(date: StudyDay(daysSince1970: today + offset).isoDate, due: due[today + offset, default: 0])
        }
    }

    /// Answers per day for the last `days` days, oldest first.
    func heatmap(days: Int) throws -> [Statistics.DayCount] {
        let sql = deck == nil
            ? "SELECT day, answers FROM reviewDay WHERE day > ? AND day <= ?"
            : "SELECT r.day, COUNT(*) FROM reviewLog r WHERE r.day > ? AND r.day <= ? AND \(answers.sql) GROUP BY r.day"
        var counts: [Int: Int] = [:]
        for row in try Row.fetchAll(db, sql: sql, arguments: [today - days, today] + answers.arguments) { counts[row[0]] = row[1] }
        return (0..<days).reversed().map { back in
            Statistics.DayCount(date: StudyDay(daysSince1970: today - back).isoDate, count: counts[today - back, default: 0])
        }
    }

    func retentionByWeek(weeks: Int) throws -> [Statistics.WeekRetention] {
        let sql = deck == nil
            ? """
              SELECT (? - day) / 7 AS week, SUM(matureReviews + youngReviews), SUM(maturePassed + youngPassed) FROM reviewDay
              WHERE day > ? AND day <= ? GROUP BY week
              """
            : """
              SELECT (? - r.day) / 7 AS week, COUNT(*), SUM(r.grade >= 3) FROM reviewLog r
              WHERE r.day > ? AND r.day <= ? AND r.kind != 'drill' AND r.repetitionsBefore >= 1 AND \(answers.sql) GROUP BY week
              """
        let rows = try Row.fetchAll(db, sql: sql, arguments: [today, today - 7 * weeks, today] + answers.arguments)
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
    /// The bucket an interval falls in.
    static func index(of days: Int) -> Int {
        var index = all.count - 1
        while index > 0, days < all[index].min { index -= 1 }
        return index
    }

    static let all: [(label: String, min: Int)] = [
        ("1d", 1), ("2–3d", 2), ("4–7d", 4), ("1–2w", 8), ("2w–1mo", 15), ("1–3mo", 31), ("3–6mo", 91),
        ("6–12mo", 181), ("1y+", 366),
    ]
}

extension Statistics.CardCounts {
    /// Adds `count` cards of the census state `state` (0 retired … 6 mature).
    mutating func add(_ count: Int, state: Int) {
        switch state {
        case 0: retired += count
        case 1: suspended += count
        case 2: buried += count
        case 3: new += count
        case 4: learning += count
        case 5: young += count
        default: mature += count
        }
    }
}
