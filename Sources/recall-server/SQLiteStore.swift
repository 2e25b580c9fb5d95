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
            let collection = SQLiteCollection(database: database, clock: clock, name: learner)
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

/// One learner's SQLite collection. Every call runs on the learner's own
/// serial queue: the learner's requests are taken one at a time (so the
/// session's queue and undo steps stay whole), and a request that waits on
/// the disk (each answer is flushed before its reply) holds one of
/// Dispatch's threads, never one of the few that run Swift's tasks; other
/// learners' requests go on meanwhile.
final class SQLiteCollection: LearnerCollection, @unchecked Sendable {
    let database: AppDatabase
    let clock: ServerClock
    let config = SchedulerConfig.standard
    /// Guards `session` and every use of the collection.
    private let queue: DispatchQueue
    private var session: ReviewSession?

    init(database: AppDatabase, clock: ServerClock, name: String) {
        self.database = database
        self.clock = clock
        queue = DispatchQueue(label: "recall.learner.\(name)")
    }

    /// Runs `body` on the learner's queue and waits for it without blocking a task thread.
    private func serially<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }

    func decks() async throws -> [DeckSummary] { try await serially { try self.decksNow() } }
    func cards(_ filter: CardFilter) async throws -> [CardListing] { try await serially { try self.cardsNow(filter) } }
    func card(_ id: String) async throws -> CardDetail { try await serially { try self.cardNow(id) } }
    func next() async throws -> NextCard? { try await serially { try self.nextNow() } }
    func answer(_ answer: AnswerRequest) async throws -> AnswerReply { try await serially { try self.answerNow(answer) } }
    func undo() async throws -> ReviewSession.Undone? { try await serially { try self.current().undoLast() } }
    func bury(card: String) async throws { try await serially { try self.buryNow(card) } }
    func statistics() async throws -> Statistics {
        try await serially { try self.database.statistics(on: self.today, config: self.config) }
    }
    func addNote(name: String, markdown: [UInt8]) async throws -> GenerationReport {
        try await serially { try self.addNoteNow(name: name, markdown: markdown) }
    }
    func export(_ format: ExportFormat) async throws -> Data { try await serially { try self.exportNow(format) } }
    func restore(_ backup: Data) async throws -> RestoreReport { try await serially { try self.restoreNow(backup) } }

    private var today: StudyDay { clock.now.today(rolloverHour: config.rolloverHour) }

    /// Today's session: made on first use, and again when the study day changes.
    private func current() throws -> ReviewSession {
        if let session, session.day == today { return session }
        let clock = self.clock
        let made = try ReviewSession(database: database, clock: clock.now, config: config, now: { clock.now.now })
        session = made
        return made
    }

    private func decksNow() throws -> [DeckSummary] { try database.decks(on: today) }

    private func cardsNow(_ filter: CardFilter) throws -> [CardListing] {
        try database.requireDeck(filter.deck)
        return try database.cards(filter, on: today)
    }

    private func cardNow(_ id: String) throws -> CardDetail {
        guard let detail = try database.cardDetails([id], on: today).first else { throw CardIdError.unknown(id) }
        return detail
    }

    private func nextNow() throws -> NextCard? {
        let session = try current()
        guard let shown = try session.current() else { return nil }
        return NextCard(shown: shown, counts: session.counts, canUndo: session.canUndo)
    }

    private func answerNow(_ request: AnswerRequest) throws -> AnswerReply {
        if let answered = try database.answeredCard(answerId: request.id) {
            guard answered == request.card else {
                throw APIError(.conflict, "answer_id_reused", "the answer id \(request.id) was already used for another card")
            }
            guard let card = try database.card(id: answered, on: today) else { throw CardIdError.unknown(answered) }
            return AnswerReply(card: card, redrill: false, leech: false, duplicate: true, next: try nextNow())
        }
        let session = try current()
        guard let shown = try session.current(), shown.card.id == request.card else {
            throw APIError(.conflict, "not_current", "card \(request.card) is not the card to answer now (GET /v1/review/next)")
        }
        guard let result = try session.answer(request.grade, durationMs: request.durationMs, answerId: request.id) else {
            throw APIError(.conflict, "not_current", "the session is over")
        }
        return AnswerReply(card: result.card, redrill: result.redrill, leech: result.outcome.becameLeech, duplicate: false,
                           next: try nextNow())
    }

    private func buryNow(_ card: String) throws {
        let session = try current()
        guard let shown = try session.current(), shown.card.id == card else {
            throw APIError(.conflict, "not_current", "card \(card) is not the card on show now (GET /v1/review/next)")
        }
        try session.bury()
    }

    private func addNoteNow(name: String, markdown: [UInt8]) throws -> GenerationReport {
        let note = try PreparedNote(bytes: markdown, file: name, relativePath: name)
        var report = try database.sync([note], now: clock.now.timestamp, dryRun: false)
        report.record(warnings: note.note.diagnostics, errors: [])
        session = nil // the queue is read again with the new cards
        return report
    }

    private func exportNow(_ format: ExportFormat) throws -> Data {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("export.\(format.rawValue)").path
        _ = try CollectionExport.write(format, from: database, to: file, withScheduling: format == .apkg, clock: clock.now,
                                       rolloverHour: config.rolloverHour)
        return try Data(contentsOf: URL(fileURLWithPath: file))
    }

    private func restoreNow(_ backup: Data) throws -> RestoreReport {
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
