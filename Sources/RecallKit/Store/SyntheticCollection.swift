import GRDB

/// Builds large collections for benchmarks and scale tests: copies of real
/// notes' cards, each with a plausible SM-2 history over the past year
/// (grades from a fixed pseudo-random sequence, answers on due days).
public struct SyntheticCollection {
    public var cards: Int
    public var reviewsPerCard: Int
    public var today: StudyDay
    /// Share of answers that pass: SM-2 on due days answers about ten times a
    /// year at 85 %, more often when more answers fail.
    var passPercent: Int { min(95, max(50, 100 - reviewsPerCard * 3 / 2)) }

    public init(cards: Int, reviewsPerCard: Int, today: StudyDay) {
        self.cards = cards
        self.reviewsPerCard = reviewsPerCard
        self.today = today
    }

    /// Inserts the cards (and their history) in one transaction; returns
    /// the number of cards and review-log rows written.
    @discardableResult
    public func build(into database: AppDatabase, from notes: [PreparedNote], now: String) throws -> (cards: Int, reviews: Int) {
        let templates = notes.flatMap { note in note.cards.map { (note, $0) } }
        guard !templates.isEmpty, cards > 0 else { return (0, 0) }
        return try database.write { db in
            var writer = try BulkWriter(db: db, now: now)
            var random = SplitMix(seed: 0x5EED)
            var reviews = 0
            for index in 0..<cards {
                let (note, template) = templates[index % templates.count]
                let copy = index / templates.count
                let card = try writer.card(template, note: note, copy: copy)
                reviews += try history(for: card, index: index, random: &random, writer: &writer)
            }
            return (cards, reviews)
        }
    }

    /// Answers a card on its due days (SM-2 as the review would), from a day
    /// in the first months of the year until today.
    private func history(for cardId: String, index: Int, random: inout SplitMix, writer: inout BulkWriter) throws -> Int {
        let scheduler = SM2()
        var schedule = CardSchedule.new
        guard reviewsPerCard > 0, index % 10 != 0 else { // one card in ten stays new
            try writer.state(cardId, schedule, introduced: nil)
            return 0
        }
        var day = today.adding(days: -365 + Int(random.next() % 60))
        let first = day
        var outcomes: [ReviewOutcome] = []
        while day < today, outcomes.count < reviewsPerCard * 3 {
            let roll = Int(random.next() % 100)
            let grade: Grade = roll < passPercent ? (roll % 3 == 0 ? .perfect : .hesitant) : .wrongRecognised
            let outcome = scheduler.review(schedule, grade: grade, on: day)
            outcomes.append(outcome)
            schedule = outcome.schedule
            day = schedule.dueDay ?? day.adding(days: 1)
        }
        try writer.state(cardId, schedule, introduced: first.daysSince1970) // before its answers: they copy its deck
        for outcome in outcomes {
            try writer.log(cardId, outcome, durationMs: 2000 + Int(random.next() % 8000))
        }
        return outcomes.count
    }
}

/// Prepared statements for bulk inserts.
struct BulkWriter {
    let db: Database
    let now: String
    private let cardStatement: Statement
    private let stateStatement: Statement
    private let logStatement: Statement
    private var documents: Set<String> = []
    private var decks: [String: Int64] = [:]

    init(db: Database, now: String) throws {
        self.db = db
        self.now = now
        cardStatement = try db.makeStatement(sql: """
            INSERT INTO card (id, documentId, deckId, ordinal, kind, front, back, claim, section, tags, timestamp, seconds,
              anchors, line, createdAt, updatedAt) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        stateStatement = try db.makeStatement(sql: """
            INSERT INTO cardState (cardId, repetitions, easiness, intervalDays, dueDay, lapses, lastReviewDay, suspended, leech,
              buriedUntil, introducedDay) VALUES (?,?,?,?,?,?,?,?,?,?,?)
            """)
        logStatement = try db.makeStatement(sql: """
            INSERT INTO reviewLog (cardId, reviewedAt, day, grade, kind, easinessBefore, easinessAfter, intervalBefore,
              intervalAfter, repetitionsBefore, repetitionsAfter, lapsesAfter, dueBefore, dueAfter, durationMs)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
    }

    /// Inserts a copy of `template`; returns its id.
    mutating func card(_ template: CardDraft, note: PreparedNote, copy: Int) throws -> String {
        let document = copy == 0 ? note.source : "\(note.source)#\(copy)"
        let deckName = copy == 0 ? note.note.deckName : "\(note.note.deckName) #\(copy)"
        let deckId = try deck(deckName)
        if documents.insert(document).inserted {
            try DocumentRecord(id: document, path: note.note.file, title: note.note.title, videoId: note.note.videoId,
                               channel: note.note.channel, deckId: deckId, contentHash: note.contentHash, updatedAt: now).insert(db)
        }
        let id = copy == 0 ? template.id : CardIdentity.hex("\(template.id)#\(copy)", digits: 16)
        let record = CardRecord(draft: template, documentId: document, deckId: deckId, now: now)
        try cardStatement.execute(arguments: [id, document, deckId, record.ordinal, record.kind, record.front, record.back,
                                              record.claim, record.section, record.tags, record.timestamp, record.seconds,
                                              record.anchors, record.line, now, now])
        return id
    }

    private mutating func deck(_ name: String) throws -> Int64 {
        if let id = decks[name] { return id }
        let id = try DeckRecord.id(named: name, in: db)
        decks[name] = id
        return id
    }

    func state(_ cardId: String, _ schedule: CardSchedule, introduced: Int?) throws {
        try stateStatement.execute(arguments: [cardId, schedule.repetitions, schedule.easinessHundredths, schedule.intervalDays,
                                               schedule.dueDay?.daysSince1970, schedule.lapses,
                                               schedule.lastReviewDay?.daysSince1970, schedule.isSuspended, schedule.isLeech,
                                               schedule.buriedUntil?.daysSince1970, introduced])
    }

    func log(_ cardId: String, _ outcome: ReviewOutcome, durationMs: Int) throws {
        try logStatement.execute(arguments: [cardId, "\(outcome.day.isoDate)T12:00:00Z", outcome.day.daysSince1970,
                                             outcome.grade.rawValue, outcome.kind.rawValue, outcome.previous.easinessHundredths,
                                             outcome.schedule.easinessHundredths, outcome.previous.intervalDays,
                                             outcome.schedule.intervalDays, outcome.previous.repetitions,
                                             outcome.schedule.repetitions, outcome.schedule.lapses,
                                             outcome.previous.dueDay?.daysSince1970, outcome.schedule.dueDay?.daysSince1970,
                                             durationMs])
    }
}

/// A small, fast, seeded pseudo-random generator (SplitMix64).
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
