import Foundation
import RecallKit

/// Where the learners' collections live: the one interface the API reaches
/// storage through. `SQLiteStore` keeps a SQLite collection per learner;
/// a PostgreSQL store would implement the same two protocols.
protocol CollectionStore: Sendable {
    /// The learner a bearer token belongs to, or nil.
    func learner(token: String) async throws -> String?
    /// The collection of a learner known to the store.
    func collection(of learner: String) async throws -> any LearnerCollection
}

/// One learner's collection and today's review session on it. Every call is
/// the learner's alone: nothing here can name another learner's data.
protocol LearnerCollection: Sendable {
    func decks() async throws -> [DeckSummary]
    func cards(_ filter: CardFilter) async throws -> [CardListing]
    func card(_ id: String) async throws -> CardDetail
    func next() async throws -> NextCard?
    func answer(_ answer: AnswerRequest) async throws -> AnswerReply
    func undo() async throws -> ReviewSession.Undone?
    func bury(card: String) async throws
    func statistics() async throws -> Statistics
    func addNote(name: String, markdown: [UInt8]) async throws -> GenerationReport
    func export(_ format: ExportFormat) async throws -> Data
    func restore(_ backup: Data) async throws -> RestoreReport
}

/// The card the session shows next.
struct NextCard: Sendable {
    let shown: SessionCard
    let counts: DailyQueue.Counts
    let canUndo: Bool
}

/// `POST /v1/review/answers`: the card, the grade and the client's id of the answer.
struct AnswerRequest: Sendable {
    let card: String
    let grade: Grade
    let id: String
    let durationMs: Int
}

/// What an answer did; `duplicate` when the client's id was answered before
/// (the request is a retry, and nothing was stored again).
struct AnswerReply: Sendable {
    let card: CardListing
    let redrill: Bool
    let leech: Bool
    let duplicate: Bool
    /// The card to show after this one (nil: the session is done), saving the client a round trip.
    let next: NextCard?
}

/// Why the API refused a request, with the status the client gets.
struct APIError: Error, Sendable {
    enum Kind: Sendable { case badRequest, unauthorized, notFound, conflict, tooLarge, unsupportedType, unsound, tooMany, serverFault }
    let kind: Kind
    let code: String
    let message: String

    init(_ kind: Kind, _ code: String, _ message: String) {
        self.kind = kind
        self.code = code
        self.message = message
    }
}
