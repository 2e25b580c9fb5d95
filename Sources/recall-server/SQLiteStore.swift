import Foundation
import RecallKit

/// The embedded store: one SQLite collection per learner under the data
/// folder (`learners/NAME.sqlite`), opened on first use and kept open.
final class SQLiteStore: CollectionStore, @unchecked Sendable {
    let registry: LearnerRegistry
    let clock: ServerClock
    private let lock = NSLock()
    private var open: [String: SQLiteCollection] = [:]

    init(registry: LearnerRegistry, clock: ServerClock) {
        self.registry = registry
        self.clock = clock
    }

    func learner(token: String) async throws -> String? {
        try registry.learner(token: token)
    }

    func collection(of learner: String) async throws -> any LearnerCollection {
        try lock.withLock {
            let path = registry.collectionPath(of: learner)
            // A learner removed (their file moved away) and added again starts afresh.
            if let collection = open[learner], FileManager.default.fileExists(atPath: path) { return collection }
            let database = try AppDatabase.open(path: path)
            let collection = SQLiteCollection(database: database, clock: clock)
            open[learner] = collection
            return collection
        }
    }
}

/// The server's time: the wall clock in the server's time zone, or a fixed
/// instant from `RECALL_NOW` (tests).
struct ServerClock: Sendable {
    let fixed: Clock?

    init(environment: [String: String]) throws {
        if let text = environment["RECALL_NOW"], !text.isEmpty {
            guard let clock = Clock(iso8601: text) else { throw APIError(.badRequest, "bad_clock", "RECALL_NOW is not an ISO 8601 time: \(text)") }
            fixed = clock
        } else {
            fixed = nil
        }
    }

    var now: Clock { fixed ?? Clock(now: Date(), timeZone: .current) }
}

/// One learner's SQLite collection. An actor: the learner's requests are
/// taken one at a time, so the session's queue and undo steps stay whole.
actor SQLiteCollection: LearnerCollection {
    let database: AppDatabase
    let clock: ServerClock
    let config = SchedulerConfig.standard
    private var session: ReviewSession?

    init(database: AppDatabase, clock: ServerClock) {
        self.database = database
        self.clock = clock
    }

    private var today: StudyDay { clock.now.today(rolloverHour: config.rolloverHour) }

    /// Today's session: made on first use, and again when the study day changes.
    private func current() throws -> ReviewSession {
        if let session, session.day == today { return session }
        let clock = self.clock
        let made = try ReviewSession(database: database, clock: clock.now, config: config, now: { clock.now.now })
        session = made
        return made
    }

    func decks() throws -> [DeckSummary] { try database.decks(on: today) }

    func cards(_ filter: CardFilter) throws -> [CardListing] {
        try database.requireDeck(filter.deck)
        return try database.cards(filter, on: today)
    }

    func card(_ id: String) throws -> CardDetail {
        guard let detail = try database.cardDetails([id], on: today).first else { throw CardIdError.unknown(id) }
        return detail
    }

    func next() throws -> NextCard? {
        let session = try current()
        guard let shown = try session.current() else { return nil }
        return NextCard(shown: shown, counts: session.counts, canUndo: session.canUndo)
    }

    func answer(_ request: AnswerRequest) throws -> AnswerReply {
        if let answered = try database.answeredCard(answerId: request.id) {
            guard answered == request.card else {
                throw APIError(.conflict, "answer_id_reused", "the answer id \(request.id) was already used for another card")
            }
            guard let card = try database.card(id: answered, on: today) else { throw CardIdError.unknown(answered) }
            return AnswerReply(card: card, redrill: false, leech: false, duplicate: true, next: try next())
        }
        let session = try current()
        guard let shown = try session.current(), shown.card.id == request.card else {
            throw APIError(.conflict, "not_current", "card \(request.card) is not the card to answer now (GET /v1/review/next)")
        }
        guard let result = try session.answer(request.grade, durationMs: request.durationMs, answerId: request.id) else {
            throw APIError(.conflict, "not_current", "the session is over")
        }
        return AnswerReply(card: result.card, redrill: result.redrill, leech: result.outcome.becameLeech, duplicate: false,
                           next: try next())
    }

    func undo() throws -> ReviewSession.Undone? { try current().undoLast() }

    func bury(card: String) throws {
        let session = try current()
        guard let shown = try session.current(), shown.card.id == card else {
            throw APIError(.conflict, "not_current", "card \(card) is not the card on show now (GET /v1/review/next)")
        }
        try session.bury()
    }

    func statistics() throws -> Statistics { try database.statistics(on: today, config: config) }

    func addNote(name: String, markdown: [UInt8]) throws -> GenerationReport {
        let note = try PreparedNote(bytes: markdown, file: name, relativePath: name)
        var report = try database.sync([note], now: clock.now.timestamp, dryRun: false)
        report.record(warnings: note.note.diagnostics, errors: [])
        session = nil // the queue is read again with the new cards
        return report
    }

    func export(_ format: ExportFormat) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("export.\(format.rawValue)").path
        _ = try CollectionExport.write(format, from: database, to: file, withScheduling: format == .apkg, clock: clock.now,
                                       rolloverHour: config.rolloverHour)
        return try Data(contentsOf: URL(fileURLWithPath: file))
    }

    func restore(_ backup: Data) throws -> RestoreReport {
        let decoded = try JSONBackup.decode(backup, file: "the request body")
        let report: RestoreReport
        do {
            report = try database.restore(decoded)
        } catch let error as BackupProblems {
            throw ImportError.invalid(file: "the request body", problems: error.problems)
        }
        session = nil
        return report
    }
}
