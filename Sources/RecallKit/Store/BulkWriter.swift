import GRDB

extension AppDatabase {
    /// Runs `body` in one write transaction with a `BulkWriter`: how tools
    /// that build large collections (`recall-perf make-collection`) write
    /// cards, schedules and answers of their own making.
    public func bulkWrite<T>(now: String, _ body: (inout BulkWriter) throws -> T) throws -> T {
        try write { db in
            var writer = try BulkWriter(db: db, now: now)
            return try body(&writer)
        }
    }
}

/// Prepared statements for bulk inserts.
public struct BulkWriter {
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

    /// Inserts copy number `copy` of `template` (copy 0 is the card itself;
    /// later copies get their own id, document and deck); returns its id.
    public mutating func card(_ template: CardDraft, note: PreparedNote, copy: Int) throws -> String {
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

    /// Inserts the `cardState` row of a card just inserted; `introduced` is a day since 1970.
    public func state(_ cardId: String, _ schedule: CardSchedule, introduced: Int?) throws {
        try stateStatement.execute(arguments: [cardId, schedule.repetitions, schedule.easinessHundredths, schedule.intervalDays,
                                               schedule.dueDay?.daysSince1970, schedule.lapses,
                                               schedule.lastReviewDay?.daysSince1970, schedule.isSuspended, schedule.isLeech,
                                               schedule.buriedUntil?.daysSince1970, introduced])
    }

    /// Adds an answer to the review log, at noon (UTC) of its day.
    public func log(_ cardId: String, _ outcome: ReviewOutcome, durationMs: Int) throws {
        try logStatement.execute(arguments: [cardId, "\(outcome.day.isoDate)T12:00:00Z", outcome.day.daysSince1970,
                                             outcome.grade.rawValue, outcome.kind.rawValue, outcome.previous.easinessHundredths,
                                             outcome.schedule.easinessHundredths, outcome.previous.intervalDays,
                                             outcome.schedule.intervalDays, outcome.previous.repetitions,
                                             outcome.schedule.repetitions, outcome.schedule.lapses,
                                             outcome.previous.dueDay?.daysSince1970, outcome.schedule.dueDay?.daysSince1970,
                                             durationMs])
    }
}
