import Foundation
import GRDB
import Testing
@testable import RecallKit

/// A note is its videoId, else its path relative to the folder given to
/// `generate` (PRODUCT.md §2): renaming or moving keeps cards and history,
/// `--prune` retires notes gone from the folder, `recall notes` lists them.
@Suite(.serialized) struct NoteIdentityTests {
    private static let claims = 3

    /// A folder `notes/` in a fresh place, and a recall using a collection beside it.
    private func setUp() throws -> (RecallProcess, URL) {
        let (recall, directory) = try RecallProcess.withFreshCollection()
        let folder = directory.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return (recall, folder)
    }

    private func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func generate(_ recall: RecallProcess, _ arguments: [String]) throws -> [String: Any] {
        let output = try recall.run(["generate"] + arguments + ["--json"])
        #expect(output.status == 0, "\(output.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
    }

    private func counts(_ report: [String: Any]) -> [Int] {
        ["added", "updated", "unchanged", "retired"].map { report[$0] as? Int ?? -1 }
    }

    /// Answers the first new card "good"; returns the card's id.
    private func reviewOne(_ recall: RecallProcess) throws -> String {
        let first = try #require((try recall.json(["cards", "--json"]) as? [[String: Any]])?.first)
        let id = try #require(first["id"] as? String)
        let output = try recall.run(["review", "--new", "1"], input: "good\n")
        #expect(output.status == 0, "\(output.stderr)")
        return id
    }

    private func repetitions(_ recall: RecallProcess, card id: String) throws -> Int? {
        let cards = try #require(try recall.json(["cards", "--json"]) as? [[String: Any]])
        let card = cards.first { $0["id"] as? String == id }
        return (card?["schedule"] as? [String: Any])?["repetitions"] as? Int
    }

    @Test func renamingANoteInPlaceAddsNothingAndKeepsItsHistory() throws {
        let (recall, folder) = try setUp()
        let original = folder.appendingPathComponent("crossover.md")
        try write(Notes.manyClaims(Self.claims, title: "Crossover"), to: original)
        let first = try generate(recall, [folder.path])
        let made = first["added"] as? Int ?? 0
        #expect(made >= Self.claims)
        let reviewed = try reviewOne(recall)
        #expect(try repetitions(recall, card: reviewed) == 1)
        try FileManager.default.moveItem(at: original, to: folder.appendingPathComponent("crossover-trials.md"))
        #expect(counts(try generate(recall, [folder.path])) == [0, 0, made, 0])
        #expect(try repetitions(recall, card: reviewed) == 1)
        #expect((try recall.json(["cards", "--json"]) as? [Any])?.count == made)
    }

    @Test func movingANoteToASubfolderAddsNothing() throws {
        let (recall, folder) = try setUp()
        let original = folder.appendingPathComponent("crossover.md")
        try write(Notes.manyClaims(Self.claims, title: "Crossover"), to: original)
        let made = try generate(recall, [folder.path])["added"] as? Int ?? 0
        let reviewed = try reviewOne(recall)
        let moved = folder.appendingPathComponent("trials/2024/crossover.md")
        try FileManager.default.createDirectory(at: moved.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: original, to: moved)
        #expect(counts(try generate(recall, [folder.path, "--prune"])) == [0, 0, made, 0])
        #expect(try repetitions(recall, card: reviewed) == 1)
        let notes = try #require(try recall.json(["notes", "--json"]) as? [[String: Any]])
        #expect(notes.count == 1)
        #expect(notes.first?["relativePath"] as? String == "trials/2024/crossover.md")
    }

    @Test func twoIndexFilesWithoutVideoIdAreTwoNotes() throws {
        let (recall, folder) = try setUp()
        try write(Notes.manyClaims(Self.claims, title: "Java", videoId: nil), to: folder.appendingPathComponent("java/index.md"))
        try write(Notes.manyClaims(Self.claims + 1, title: "Trials", videoId: nil), to: folder.appendingPathComponent("trials/index.md"))
        let first = try generate(recall, [folder.path])
        let made = first["added"] as? Int ?? 0
        #expect(made >= 2 * Self.claims + 1)
        #expect(counts(try generate(recall, [folder.path])) == [0, 0, made, 0])
        let notes = try #require(try recall.json(["notes", "--json"]) as? [[String: Any]])
        #expect(notes.compactMap { $0["key"] as? String } == ["java/index.md", "trials/index.md"])
    }

    @Test func pruneRetiresAGoneNoteAndItsReturnBringsItsHistoryBack() throws {
        let (recall, folder) = try setUp()
        let note = folder.appendingPathComponent("crossover.md")
        let text = Notes.manyClaims(Self.claims, title: "Crossover")
        try write(text, to: note)
        try write(Notes.manyClaims(Self.claims, title: "Other", videoId: "OTHER123456"), to: folder.appendingPathComponent("other.md"))
        let made = try generate(recall, [folder.path])["added"] as? Int ?? 0
        let reviewed = try reviewOne(recall)
        let away = folder.deletingLastPathComponent().appendingPathComponent("crossover.md")
        try FileManager.default.moveItem(at: note, to: away)
        // Without --prune nothing is retired, and one line says so.
        let plain = try recall.run(["generate", folder.path])
        #expect(plain.stdout.contains(", 0 retired.\n"))
        #expect(plain.stdout.hasSuffix("1 note generated from this folder before is missing (\(made / 2) cards still in review); --prune retires them.\n"))
        let pruned = try generate(recall, [folder.path, "--prune"])
        #expect(pruned["retired"] as? Int == made / 2)
        let missing = try #require(pruned["missing"] as? [[String: Any]])
        #expect(missing.first?["key"] as? String == "VID12345678")
        #expect((try recall.json(["cards", "--json"]) as? [Any])?.count == made / 2)
        // A second prune has nothing left to do.
        #expect(counts(try generate(recall, [folder.path, "--prune"])) == [0, 0, made / 2, 0])
        try FileManager.default.moveItem(at: away, to: note)
        let back = try generate(recall, [folder.path, "--prune"])
        #expect(counts(back) == [0, made / 2, made / 2, 0])
        #expect(try repetitions(recall, card: reviewed) == 1)
        #expect((try recall.json(["cards", "--json"]) as? [Any])?.count == made)
    }

    @Test func notesListsKeyCountsTitleAndPath() throws {
        let (recall, folder) = try setUp()
        try write(Notes.manyClaims(Self.claims, title: "Crossover"), to: folder.appendingPathComponent("crossover.md"))
        try write(Notes.manyClaims(Self.claims, title: "Java basics", videoId: nil), to: folder.appendingPathComponent("java/index.md"))
        let report = try generate(recall, [folder.path])
        let documents = try #require(report["documents"] as? [[String: Any]])
        let cards = Dictionary(uniqueKeysWithValues: documents.map { ($0["title"] as? String ?? "", $0["cards"] as? Int ?? 0) })
        let crossover = try #require(cards["Crossover"]), java = try #require(cards["Java basics"])
        let output = try recall.run(["notes"])
        #expect(output.status == 0)
        func row(_ key: String, _ active: Int, _ retired: Int, _ title: String, _ path: String) -> String {
            key.padding(toLength: 13, withPad: " ", startingAt: 0) + String(format: "%7d%9d  ", active, retired)
                + title.padding(toLength: 11, withPad: " ", startingAt: 0) + "  " + path
        }
        #expect(output.stdout == """
            note           cards  retired  title        path
            \(row("VID12345678", crossover, 0, "Crossover", folder.appendingPathComponent("crossover.md").path))
            \(row("java/index.md", java, 0, "Java basics", folder.appendingPathComponent("java/index.md").path))

            2 notes: \(crossover + java) cards in the collection, 0 retired.

            """)
        let json = try #require(try recall.json(["notes", "--json"]) as? [[String: Any]])
        #expect(json.map { $0["key"] as? String } == ["VID12345678", "java/index.md"])
        #expect(json.first?["active"] as? Int == crossover)
        #expect(json.first?["folder"] as? String == folder.path)
    }

    @Test func notesRemoveRetiresANotesCards() throws {
        let (recall, folder) = try setUp()
        try write(Notes.manyClaims(Self.claims, title: "Crossover"), to: folder.appendingPathComponent("crossover.md"))
        try write(Notes.manyClaims(Self.claims, title: "Java basics", videoId: nil), to: folder.appendingPathComponent("java/index.md"))
        let made = try generate(recall, [folder.path])["added"] as? Int ?? 0
        let removed = try recall.run(["notes", "remove", "java/index.md"])
        #expect(removed.status == 0, "\(removed.stderr)")
        #expect(removed.stdout == "java/index.md (Java basics): retired \(made / 2) cards.\n")
        #expect((try recall.json(["cards", "--json"]) as? [Any])?.count == made / 2)
        let again = try recall.run(["notes", "remove", "java/index.md"])
        #expect(again.stdout == "java/index.md (Java basics): no cards left in review; nothing changed.\n")
        let unknown = try recall.run(["notes", "remove", "VID12345678", "nope.md"])
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("no note \"nope.md\""))
        // All or nothing: the known note was not touched.
        #expect((try recall.json(["cards", "--json"]) as? [Any])?.count == made / 2)
        // Reading the notes never creates a collection.
        let elsewhere = RecallProcess(database: folder.appendingPathComponent("none/collection.sqlite").path)
        #expect(try elsewhere.run(["notes"]).status == 1)
        #expect(try elsewhere.run(["notes", "remove", "x"]).status == 1)
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("none").path))
    }

    /// A collection of the first release (notes keyed `videoId/stem` or
    /// `stem`, card ids made from those keys), with an answered card, is
    /// migrated: regenerating its unchanged notes adds and updates nothing,
    /// and the card keeps its id and history.
    @Test func aCollectionKeyedTheOldWayKeepsEveryCardAndItsHistory() throws {
        let (recall, folder) = try setUp()
        let video = folder.appendingPathComponent("crossover.md")
        let plain = folder.appendingPathComponent("trials/index.md")
        try write(Notes.manyClaims(Self.claims, title: "Crossover"), to: video)
        try write(Notes.manyClaims(Self.claims, title: "Trials", videoId: nil), to: plain)
        let old = [
            try PreparedNote(bytes: Array(try Data(contentsOf: video)), file: video.path, key: "VID12345678/crossover"),
            try PreparedNote(bytes: Array(try Data(contentsOf: plain)), file: plain.path, key: "index"),
        ]
        let queue = try DatabaseQueue(path: recall.database)
        try Schema.migrator.migrate(queue, upTo: "v2-siblings")
        let answered = try #require(old[0].cards.first?.id)
        try queue.write { db in
            for note in old {
                let deckId = try DeckRecord.id(named: note.note.deckName, in: db)
                try db.execute(sql: """
                    INSERT INTO document (id, path, title, videoId, channel, deckId, contentHash, updatedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [note.source, note.note.file, note.note.title, note.note.videoId, note.note.channel,
                                     deckId, note.contentHash, Collections.now])
                var inserter = try CardInserter(db, documentId: note.source, deckId: deckId, now: Collections.now)
                for card in note.cards { try inserter.insert(card) }
            }
            try db.execute(sql: """
                INSERT INTO reviewLog (cardId, reviewedAt, day, grade, kind, easinessBefore, easinessAfter, intervalBefore,
                  intervalAfter, repetitionsBefore, repetitionsAfter, lapsesAfter, durationMs)
                VALUES (?, ?, ?, 4, 'new', 250, 250, 0, 1, 0, 1, 0, 1000)
                """, arguments: [answered, Collections.now, Collections.today.daysSince1970])
            try db.execute(sql: "UPDATE cardState SET repetitions = 1, intervalDays = 1, dueDay = ?, lastReviewDay = ? WHERE cardId = ?",
                           arguments: [Collections.today.daysSince1970 + 1, Collections.today.daysSince1970, answered])
        }
        try queue.close()
        let made = old.reduce(0) { $0 + $1.cards.count }
        #expect(counts(try generate(recall, [folder.path])) == [0, 0, made, 0])
        #expect(try repetitions(recall, card: answered) == 1)
        let ids = Set(try #require(try recall.json(["cards", "--json"]) as? [[String: Any]]).compactMap { $0["id"] as? String })
        #expect(ids == Set(old.flatMap { $0.cards.map(\.id) }))
        let notes = try #require(try recall.json(["notes", "--json"]) as? [[String: Any]])
        #expect(notes.compactMap { $0["key"] as? String } == ["VID12345678", "trials/index.md"])
        // Once migrated, the note follows its file: renamed, still nothing added.
        try FileManager.default.moveItem(at: video, to: folder.appendingPathComponent("crossover-trials.md"))
        #expect(counts(try generate(recall, [folder.path])) == [0, 0, made, 0])
        #expect(try repetitions(recall, card: answered) == 1)
        let answers = try DatabaseQueue(path: recall.database).read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reviewLog WHERE cardId = ?", arguments: [answered])
        }
        #expect(answers == 1)
    }
}
