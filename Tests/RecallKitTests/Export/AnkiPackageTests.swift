import Foundation
import GRDB
import Testing
@testable import RecallKit

@Suite struct AnkiPackageTests {
    private func export(_ database: AppDatabase, scheduling: Bool = false, deck: String? = nil) throws -> String {
        let path = try ExportFixtures.temporaryFile("deck.apkg")
        _ = try CollectionExport.write(.apkg, from: database, to: path, deck: deck, withScheduling: scheduling,
                                       clock: ExportFixtures.clock)
        return path
    }

    @Test func holdsOneNoteTypeOneDeckAndANotePerCard() throws {
        let path = try export(try ExportFixtures.seeded())
        let queue = try ExportFixtures.openPackage(path)
        let count = try Notes.seedCardCount()
        try queue.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM notes") == count)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cards") == count)
            #expect(try Int.fetchOne(db, sql: "SELECT ver FROM col") == 11)
            let models = try #require(try String.fetchOne(db, sql: "SELECT models FROM col"))
            let model = try #require(try JSONSerialization.jsonObject(with: Data(models.utf8)) as? [String: [String: Any]])
            #expect(Array(model.keys) == ["1700000000001"])
            #expect(model["1700000000001"]?["name"] as? String == "recall Front/Back/Source")
            let fields = (model["1700000000001"]?["flds"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
            #expect(fields == ["Front", "Back", "Source"])
            let decks = try #require(try String.fetchOne(db, sql: "SELECT decks FROM col"))
            let names = try #require(try JSONSerialization.jsonObject(with: Data(decks.utf8)) as? [String: [String: Any]])
            #expect(Set(names.values.compactMap { $0["name"] as? String }) == ["Default", "redpointai", ExportFixtures.seedDeck])
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT did) FROM cards") == 1)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cards WHERE type = 0 AND queue = 0") == count)
            #expect(try Int.fetchAll(db, sql: "SELECT due FROM cards ORDER BY due") == Array(1...count))
        }
    }

    @Test func theTrickyCardSurvivesTheApkg() throws {
        let (database, id) = try ExportFixtures.withTrickyCard()
        let queue = try ExportFixtures.openPackage(try export(database))
        let row = try #require(try queue.read { (db: Database) throws in
            try Row.fetchOne(db, sql: "SELECT * FROM notes WHERE guid = ?", arguments: ["recall-\(id)"])
        })
        let fields = (row["flds"] as String).components(separatedBy: "\u{1F}")
        #expect(fields.count == 3)
        #expect(fields[0] == "#1 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 'it'\tis, &quot;quoted&quot;<br>second line [link](x)")
        #expect(HTMLText.unescape(fields[0]) == ExportFixtures.trickyFront)
        #expect(HTMLText.unescape(fields[1]) == ExportFixtures.trickyBack)
        #expect(fields[2] == "<a href=\"https://www.youtube.com/watch?v=VID12345678&amp;t=164s\">Small note › Models › Efficiency Gains</a> @ 02:44")
        #expect(row["tags"] as String == " channel Efficiency_Gains leech ")
        #expect(row["sfld"] as String == "#1 <script>alert(\"x\")</script> & 'it'\tis, \"quoted\"second line [link](x)")
        #expect(row["csum"] as Int64 == AnkiRows.checksum(row["sfld"]))
    }

    @Test func guidsAndIdsFollowTheCardIdsFromExportToExport() throws {
        let database = try ExportFixtures.seeded()
        let first = try ExportFixtures.openPackage(try export(database))
        let second = try ExportFixtures.openPackage(try export(database, deck: "redpointai::"))
        let sql = "SELECT guid, notes.id, cards.id AS cid FROM notes JOIN cards ON cards.nid = notes.id ORDER BY guid"
        let one = try first.read { db in try Row.fetchAll(db, sql: sql) }
        let two = try second.read { db in try Row.fetchAll(db, sql: sql) }
        #expect(one == two)
        let ids = try database.cards(on: Collections.today).map(\.id)
        #expect(Set(one.map { $0["guid"] as String }) == Set(ids.map { "recall-\($0)" }))
        #expect(AnkiNote.guid(cardId: "1f0b5e03315b6280") == "recall-1f0b5e03315b6280")
        #expect(AnkiIDs.derived("1f0b5e03315b6280") == AnkiIDs.derived("1f0b5e03315b6280"))
        #expect(one.allSatisfy { (1_000_000_000_000..<1_600_000_000_000).contains($0["id"] as Int64) })
    }

    @Test func theSameCardsGiveTheSameBytes() throws {
        let (database, _) = try ExportFixtures.reviewed()
        let one = try Data(contentsOf: URL(fileURLWithPath: try export(database, scheduling: true)))
        let two = try Data(contentsOf: URL(fileURLWithPath: try export(database, scheduling: true)))
        #expect(one == two)
    }

    @Test func schedulingCarriesStatesAndTheReviewLog() throws {
        let (database, ids) = try ExportFixtures.reviewed()
        let queue = try ExportFixtures.openPackage(try export(database, scheduling: true))
        let cards = try queue.read { (db: Database) throws in
            try ids.map { id in
                try Row.fetchOne(db, sql: """
                    SELECT type, queue, due, ivl, factor, reps, lapses, left FROM cards
                    JOIN notes ON notes.id = cards.nid WHERE guid = ?
                    """, arguments: ["recall-\(id)"]).map { row in (0..<8).map { row[$0] as Int } }
            }
        }
        // due: days from 2006-01-01 (day zero); 2026-11-21 is day 7629, 2026-11-27 day 7635.
        #expect(cards == [[2, 2, 7629, 1, 2500, 1, 0, 0], [1, 3, 7629, 0, 2500, 2, 0, 1], [2, 2, 7635, 6, 2460, 2, 0, 0]])
        let revlog = try queue.read { (db: Database) throws in
            try Row.fetchAll(db, sql: "SELECT id, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id")
                .map { row in (0..<7).map { row[$0] as Int64 } }
        }
        #expect(revlog == [
            [1_795_161_600_000, 3, 1, 0, 2500, 4321, 0],
            [1_795_161_610_000, 1, 1, 0, 2500, 4321, 0],
            [1_795_161_620_000, 3, 1, 1, 2500, 4321, 0],
            [1_795_161_630_000, 4, 1, 0, 2600, 4321, 0],
            [1_795_248_000_000, 2, 6, 1, 2460, 4321, 1],
        ])
        let crt = try queue.read { db in try Int64.fetchOne(db, sql: "SELECT crt FROM col") }
        #expect(crt == 1_136_113_200) // 2006-01-01 12:00 at +01:00
    }

    @Test func withoutSchedulingEveryCardIsNewAndNoReviewIsLogged() throws {
        let (database, _) = try ExportFixtures.reviewed()
        let queue = try ExportFixtures.openPackage(try export(database))
        try queue.read { (db: Database) throws in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM revlog") == 0)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM cards WHERE type != 0 OR queue != 0 OR reps != 0") == 0)
        }
    }

    @Test func gradesMapToAnkiEases() {
        #expect((0...5).map { AnkiRevlog.ease(grade: $0) } == [1, 1, 1, 2, 3, 4])
    }

    @Test func anEmptyDeckWritesNoFile() throws {
        let path = try ExportFixtures.temporaryFile("none.apkg")
        #expect(throws: ExportError.noCards(deck: "nothing::")) {
            try CollectionExport.write(.apkg, from: try ExportFixtures.seeded(), to: path, deck: "nothing::",
                                       clock: ExportFixtures.clock)
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent).isEmpty)
    }
}
