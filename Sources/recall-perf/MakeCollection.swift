import Foundation
import RecallKit

/// `recall-perf make-collection N DB`: builds a large collection for the
/// benchmarks, copies of the cards of the given notes (`--from`, default
/// `seeds`), with about `--reviews-per-card` answers each (default 10) over
/// the past year. "Today" is `$RECALL_NOW`, else the system clock.
struct MakeCollection {
    let cards: Int
    let path: String
    let reviewsPerCard: Int
    let from: [String]

    init(_ options: Options) {
        let given = options.positional
        cards = given.count == 2 ? Int(given[0]) ?? 0 : 0
        path = given.count == 2 ? given[1] : ""
        reviewsPerCard = options.reviewsPerCard
        from = options.from.isEmpty ? ["seeds"] : options.from
    }

    func run() throws -> String {
        guard !path.isEmpty else { throw BenchError("make-collection needs N and the path of the collection to make") }
        guard cards > 0 else { throw BenchError("N must be at least 1") }
        guard reviewsPerCard >= 0 else { throw BenchError("--reviews-per-card must be 0 or more") }
        let clock = try Self.clock()
        let database = try AppDatabase.open(path: path)
        guard try database.isEmpty() else { throw BenchError("make-collection needs an empty collection (\(path))") }
        let notes = NotePreparation.prepare(NoteFiles.collect(from).files).notes
        guard !notes.isEmpty else { throw BenchError("no notes to copy cards from in \(from.joined(separator: ", "))") }
        let builder = SyntheticCollection(cards: cards, reviewsPerCard: reviewsPerCard,
                                          today: clock.today(rolloverHour: SchedulerConfig.standard.rolloverHour))
        let started = Date()
        let made = try builder.build(into: database, from: notes, now: clock.timestamp)
        return "made \(made.cards) cards and \(made.reviews) review-log rows in \(String(format: "%.1f", Date().timeIntervalSince(started))) s"
    }

    private static func clock() throws -> Clock {
        guard let text = ProcessInfo.processInfo.environment["RECALL_NOW"], !text.isEmpty else { return .system }
        guard let clock = Clock(iso8601: text) else { throw BenchError("cannot read the time \"\(text)\" of RECALL_NOW") }
        return clock
    }
}
