import Foundation
import RecallKit

/// What anki_sched.py measures for Anki, measured for recall on a fresh
/// collection file: (a) adding N cards in one transaction, (b) building
/// today's queue and answering M cards "good", each answer committed (its
/// own transaction, WAL, synchronous=FULL) before the next card, (c) the
/// deck due counts.
struct CompareScenario {
    let cards: Int
    let answers: Int
    let repeats: Int

    func run() throws -> Report {
        var report = Report()
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("recall-perf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let database = try AppDatabase.open(path: directory.appendingPathComponent("collection.sqlite").path)
        let clock = Clock(iso8601: "2026-11-26T09:00:00+01:00")!

        let (notes, prepare) = try Measure.seconds { try Corpus.copies(cards: cards) }
        let added = notes.reduce(0) { $0 + $1.cards.count }
        report.set("n_cards", added)
        report.set("a_prepare_cards_s", prepare)
        let (_, add) = try Measure.seconds { try database.sync(notes, now: clock.timestamp, dryRun: false) }
        report.set("a_add_cards_s", add)
        report.set("a_add_cards_per_card_us", add / Double(added) * 1e6)

        let (session, queue) = try Measure.seconds {
            try ReviewSession(database: database, clock: clock, options: .init(newCards: added, reviews: 9999))
        }
        report.set("b_build_queue_s", queue)
        report.set("b_queue_cards", session.counts.total)
        var fetch = 0.0
        var commits: [Double] = []
        let (_, total) = try Measure.seconds {
            for _ in 0..<answers {
                let (shown, fetched) = try Measure.seconds { try session.current() }
                fetch += fetched
                guard shown != nil else { break }
                let (_, commit) = try Measure.seconds { _ = try session.answer(.hesitant, durationMs: 1000) }
                commits.append(commit)
            }
        }
        report.set("b_answered", commits.count)
        report.set("b_fetch_and_answer_total_s", total)
        report.set("b_fetch_total_s", fetch)
        report.set("b_per_card_ms", total / Double(max(commits.count, 1)) * 1e3)
        report.set("b_commit_p50_ms", Measure.percentile(commits, 50) * 1e3)
        report.set("b_commit_p99_ms", Measure.percentile(commits, 99) * 1e3)
        report.set("b_queue_and_answer_s", queue + total)
        report.set("b_review_log_rows", try database.reviewLog().count)

        let day = clock.today(rolloverHour: 4)
        let counts = try (0..<repeats).map { _ in try Measure.seconds { try database.decks(on: day) }.1 }
        report.set("c_deck_counts_median_s", Measure.median(counts))
        report.set("peak_memory_mb", Measure.peakMegabytes)
        return report
    }
}
