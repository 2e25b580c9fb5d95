import Foundation
import RecallKit

/// Figures on an existing (large) collection, in process: opening it and
/// showing the first card, answer commit latency, `stats --json`, due
/// counts, an apkg export, and peak memory. Answers go to a copy of the file,
/// so the collection can be measured again.
struct CollectionScenario {
    let path: String
    let answers: Int
    let repeats: Int

    func run() throws -> Report {
        var report = Report()
        let clock = Clock(iso8601: ProcessInfo.processInfo.environment["RECALL_NOW"] ?? "2026-11-26T09:00:00+01:00")!
        let day = clock.today(rolloverHour: 4)
        let firsts = try (0..<repeats).map { _ in
            try Measure.seconds { () -> SessionCard? in
                let database = try AppDatabase.open(path: path)
                return try ReviewSession(database: database, clock: clock).current()
            }.1
        }
        report.set("first_card_median_ms", Measure.median(firsts) * 1e3)
        let database = try AppDatabase.open(path: path)
        let stats = try (0..<repeats).map { _ in try Measure.seconds { try database.statistics(on: day).json }.1 }
        report.set("stats_json_median_ms", Measure.median(stats) * 1e3)
        let counts = try (0..<repeats).map { _ in try Measure.seconds { try database.decks(on: day) }.1 }
        report.set("deck_counts_median_ms", Measure.median(counts) * 1e3)
        let export = FileManager.default.temporaryDirectory.appendingPathComponent("recall-perf-\(UUID().uuidString).apkg").path
        defer { try? FileManager.default.removeItem(atPath: export) }
        let (_, apkg) = try Measure.seconds { try CollectionExport.write(.apkg, from: database, to: export, clock: clock) }
        report.set("apkg_export_s", apkg)
        try commitLatency(into: &report, clock: clock)
        report.set("peak_memory_mb", Measure.peakMegabytes)
        return report
    }

    /// Answers `answers` cards on a copy of the collection, timing each commit.
    private func commitLatency(into report: inout Report, clock: Clock) throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("recall-perf-\(UUID().uuidString).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) } }
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        let session = try ReviewSession(database: try AppDatabase.open(path: copy), clock: clock,
                                        options: .init(newCards: answers, reviews: answers))
        var commits: [Double] = []
        while commits.count < answers, try session.current() != nil {
            commits.append(try Measure.seconds { _ = try session.answer(.hesitant, durationMs: 1000) }.1)
        }
        report.set("answers", commits.count)
        report.set("commit_p50_ms", Measure.percentile(commits, 50) * 1e3)
        report.set("commit_p99_ms", Measure.percentile(commits, 99) * 1e3)
    }
}
