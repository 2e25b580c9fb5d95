import Foundation
import Testing
@testable import RecallKit

/// Random study (answers, undo, bury, quitting, re-drills, leeches, several
/// days, from a seeded generator and a hand-moved clock), then export →
/// import into a fresh collection → export: the same bytes, and the same
/// `stats --json` on both collections.
@Suite struct BackupRoundTripPropertyTests {
    /// Leeches after 2 lapses, then every 2, so a few days make some.
    static let config = SchedulerConfig(leechThreshold: 2, leechRepeat: 2, newCardsPerDay: 8)

    @Test(arguments: [2, 3, 4] as [UInt64])
    func randomStudySurvivesExportImportExport(seed: UInt64) throws {
        let folder = try Collections.temporaryDirectory()
        let studied = try AppDatabase.open(path: folder.appendingPathComponent("studied.sqlite").path)
        let notes = try [Notes.seedPath, try Notes.corpusFiles()[0]].map { path in
            try PreparedNote(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: (path as NSString).lastPathComponent)
        }
        _ = try studied.sync(notes, now: "2026-11-01T09:00:00+01:00", dryRun: false)
        var study = RandomStudy(seed: seed, config: Self.config)
        var day = 0
        for _ in 0..<12 {
            day += study.skip()
            try study.session(on: studied, day: day)
        }
        let coverage = try study.coverage(of: studied)
        #expect(coverage.answers > 100 && coverage.drills > 0 && coverage.undos > 0 && coverage.buries > 0)
        #expect(coverage.sameSecondTwins > 0 && coverage.leeches > 0, "\(coverage)")

        let first = try JSONBackup.encode(try studied.backup())
        let restored = try AppDatabase.open(path: folder.appendingPathComponent("restored.sqlite").path)
        let report = try restored.restore(try JSONBackup.decode(first, file: "backup.json"))
        #expect(report.reviewsAdded == coverage.answers && report.reviewsPresent == 0)
        #expect(try JSONBackup.encode(try restored.backup()) == first)
        let decks = try studied.backup().decks.map(\.name)
        #expect(decks.count == 2)
        for offset in [day, day + 1, day + 30] {
            let today = RandomStudy.studyDay(offset)
            for deck in [nil] + decks {
                let expected = try studied.statistics(on: today, config: Self.config, deck: deck).json
                #expect(try restored.statistics(on: today, config: Self.config, deck: deck).json == expected, "day \(offset), \(deck ?? "all")")
            }
        }
        let again = try restored.restore(try JSONBackup.decode(first, file: "backup.json"))
        #expect(again.changedNothing && again.reviewsPresent == coverage.answers)
        #expect(try JSONBackup.encode(try restored.backup()) == first)
    }
}
