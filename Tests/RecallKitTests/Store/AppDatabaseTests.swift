import Foundation
import GRDB
import Testing
@testable import RecallKit

@Suite struct AppDatabaseTests {
    private let seed: PreparedNote

    init() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Notes.seedPath))
        seed = try PreparedNote(bytes: Array(data), file: "seeds/progress-and-bottlenecks-in-ai-and-robotics.md")
    }

    @Test func storesTheSeedAndASecondRunChangesNothing() throws {
        let database = try AppDatabase.inMemory()
        let first = try database.sync([seed], now: Collections.now, dryRun: false)
        #expect(first.added == seed.cards.count)
        let second = try database.sync([seed], now: Collections.now, dryRun: false)
        #expect(second.added == 0 && second.updated == 0 && second.retired == 0)
        #expect(second.unchanged == seed.cards.count)
        #expect(try database.cards(on: Collections.today).count == seed.cards.count)
    }

    @Test func aDryRunWritesNothing() throws {
        let database = try AppDatabase.inMemory()
        let plan = try database.sync([seed], now: Collections.now, dryRun: true)
        #expect(plan.added == seed.cards.count && plan.dryRun)
        #expect(try database.cards(on: Collections.today).isEmpty)
    }

    @Test func listsCardsWithSourceAndSchedule() throws {
        // A note of known cards: the seed's answers change with the generator.
        let note = try Collections.prepared(Notes.note("""
            ## Current State of AI Models

            ### Model Efficiency

            The lab built a "model factory" for everything \(Notes.anchor("02:44")).

            The "humongous teacher models" train the small ones \(Notes.anchor("03:34")).

            ## Robots

            The robot learned "sim to real transfer" quickly in the big test warehouse \(Notes.anchor("43:07")).

            The team used a "data engine" to improve the teacher models \(Notes.anchor("44:00")).
            """, title: "Progress in AI", videoId: "AU9Fdgs0ZaI"), file: "notes/progress.md")
        let database = try AppDatabase.inMemory()
        _ = try database.sync([note], now: Collections.now, dryRun: false)
        let card = try #require(try database.cards(on: Collections.today).first { $0.back == "model factory" })
        #expect(card.deck == "channel::Progress in AI")
        #expect(card.citation.seconds == 164)
        #expect(card.citation.url == "https://www.youtube.com/watch?v=AU9Fdgs0ZaI&t=164s")
        #expect(card.state == .new)
        #expect(card.section == ["Current State of AI Models", "Model Efficiency"])
        // Text in the front, back or claim, in source order.
        let found = try database.cards(CardFilter(deck: "channel::", search: "teacher models"), on: Collections.today)
        #expect(found.map(\.back) == ["humongous teacher models", "data engine"])
        #expect(try database.cards(CardFilter(deck: "fireship::"), on: Collections.today).isEmpty)
    }

    @Test func retiredCardsAreKeptButHidden() throws {
        let database = try AppDatabase.inMemory()
        let note = try Collections.prepared(Notes.note("A \"model factory\" runs every day here \(Notes.anchor("01:00")).\n\nYann LeCun doubts original thinking in large models \(Notes.anchor("02:00"))."))
        _ = try database.sync([note], now: Collections.now, dryRun: false)
        let shorter = try Collections.prepared(Notes.note("Yann LeCun doubts original thinking in large models \(Notes.anchor("02:00"))."))
        let report = try database.sync([shorter], now: Collections.now, dryRun: false)
        #expect(report.retired == 1)
        #expect(try database.cards(on: Collections.today).count == 1)
        let all = try database.cards(CardFilter(includeRetired: true), on: Collections.today)
        #expect(all.map(\.state).sorted { $0.rawValue < $1.rawValue } == [.new, .retired])
    }

    @Test func decksCountTheirCards() throws {
        let database = try AppDatabase.inMemory()
        _ = try database.sync([seed], now: Collections.now, dryRun: false)
        let decks = try database.decks(on: Collections.today)
        #expect(decks.map(\.name) == ["redpointai::Progress and bottlenecks in AI and robotics"])
        #expect(decks.first?.new == seed.cards.count)
        #expect(decks.first?.due == 0)
    }

    @Test func aFileCollectionUsesWALAndForeignKeys() throws {
        let path = try Collections.temporaryDirectory().appendingPathComponent("c.sqlite").path
        let database = try AppDatabase.open(path: path)
        let (mode, keys) = try database.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Bool.fetchOne(db, sql: "PRAGMA foreign_keys"))
        }
        #expect(mode == "wal")
        #expect(keys == true)
        // Commits are flushed to the disk (FULL = 2), not only handed to the OS.
        #expect(try database.readOnWriter { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") } == 2)
    }

    @Test func aCollectionFromANewerRecallIsRefusedUntouched() throws {
        let path = try Collections.temporaryDirectory().appendingPathComponent("c.sqlite").path
        let database = try AppDatabase.open(path: path)
        _ = try database.sync([seed], now: Collections.now, dryRun: false)
        try database.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v999-future')") }
        #expect(throws: StoreError.newerSchema) { try AppDatabase.open(path: path) }
        let queue = try DatabaseQueue(path: path)
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM card") } == seed.cards.count)
    }

    @Test func aFileThatIsNotACollectionIsRefused() throws {
        let path = try Collections.temporaryDirectory().appendingPathComponent("c.sqlite").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.notACollection(path: path)) { try AppDatabase.open(path: path) }
    }

    @Test func anotherProgramsDatabaseIsRefusedAndLeftAsItWas() throws {
        let folder = try Collections.temporaryDirectory()
        let path = folder.appendingPathComponent("other.sqlite").path
        let other = try DatabaseQueue(path: path)
        try other.write { db in try db.execute(sql: "CREATE TABLE col (id INTEGER PRIMARY KEY); CREATE TABLE notes (id INTEGER)") }
        try other.close()
        let before = try FolderState(folder)
        #expect(throws: StoreError.foreignDatabase(path: path, tables: ["col", "notes"])) { try AppDatabase.open(path: path) }
        #expect(throws: StoreError.foreignDatabase(path: path, tables: ["col", "notes"])) { try AppDatabase.openForReading(path: path) }
        #expect(try FolderState(folder) == before)
    }

    @Test func readingAMissingCollectionCreatesNothing() throws {
        let folder = try Collections.temporaryDirectory()
        let path = folder.appendingPathComponent("sub/c.sqlite").path
        #expect(throws: StoreError.missing(path: path)) { try AppDatabase.openForReading(path: path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        _ = try AppDatabase.open(path: path)
        let reading = try AppDatabase.openForReading(path: path)
        #expect(try reading.isEmpty())
        #expect(throws: StoreError.self) {
            try reading.write { db in try db.execute(sql: "INSERT INTO deck (name) VALUES ('x')") }
        }
    }

    @Test func deckCountsAgreeWithTheirDefinitionInSQL() throws {
        // A year of synthetic answers: new, due, buried, suspended (leeches) and learned cards in several decks.
        let database = try AppDatabase.inMemory()
        let today = StudyDay(year: 2026, month: 11, day: 26)
        try AnsweredCopies.build(into: database, cards: 600, reviewsPerCard: 14, from: seed, today: today, now: Collections.now)
        try database.write { db in
            try db.execute(sql: "UPDATE cardState SET buriedUntil = ? WHERE ordinal % 7 = 0", arguments: [today.daysSince1970 + 1])
            try db.execute(sql: "UPDATE card SET retiredAt = ? WHERE ordinal % 11 = 3", arguments: [Collections.now])
        }
        let expected = try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT deck.name, COUNT(*), SUM(s.lastReviewDay IS NULL AND s.suspended = 0),
                  SUM(s.lastReviewDay IS NOT NULL AND s.suspended = 0 AND s.dueDay <= ? AND (s.buriedUntil IS NULL OR s.buriedUntil <= ?)),
                  SUM(s.lastReviewDay IS NOT NULL), SUM(s.suspended)
                FROM cardState s JOIN deck ON deck.id = s.deckId WHERE s.retired = 0 GROUP BY deck.name ORDER BY deck.name
                """, arguments: [today.daysSince1970, today.daysSince1970]).map { row -> [Int] in
                [row[1], row[2], row[3], row[4], row[5]]
            }
        }
        let decks = try database.decks(on: today)
        #expect(decks.map { [$0.total, $0.new, $0.due, $0.learned, $0.suspended] } == expected)
        // A deck for each copy of the seed's cards that the 600 need.
        #expect(decks.count == (600 + seed.cards.count - 1) / seed.cards.count)
        #expect(decks.contains { $0.suspended > 0 } && decks.contains { $0.due > 0 } && decks.contains { $0.new > 0 })
    }
}
