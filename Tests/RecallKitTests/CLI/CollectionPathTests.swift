import Foundation
import GRDB
import Testing

/// `--db` under hostile use: another program's database is refused
/// untouched, reading commands never create or write anything, an empty path
/// is a usage error, and a read-only collection reads like any other.
@Suite(.serialized) struct CollectionPathTests {
    /// Every command that only reads, with arguments that need nothing else.
    private static func readingCommands(exportTo folder: URL) -> [[String]] {
        [["cards"], ["cards", "--json"], ["decks"], ["decks", "--json"], ["stats"], ["stats", "--json"],
         ["export", "--format", "json", "-o", folder.appendingPathComponent("out.json").path],
         ["export", "--format", "apkg", "-o", folder.appendingPathComponent("out.apkg").path],
         ["export", "--format", "md", "-o", folder.appendingPathComponent("out.md").path]]
    }

    /// An SQLite file shaped like Anki's `collection.anki2`, in rollback or WAL mode.
    private func ankiLikeDatabase(at path: String, wal: Bool) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            if wal { try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try db.execute(sql: """
                CREATE TABLE col (id INTEGER PRIMARY KEY, crt INTEGER NOT NULL, models TEXT NOT NULL);
                CREATE TABLE notes (id INTEGER PRIMARY KEY, guid TEXT NOT NULL, flds TEXT NOT NULL);
                CREATE TABLE cards (id INTEGER PRIMARY KEY, nid INTEGER NOT NULL, due INTEGER NOT NULL);
                CREATE TABLE revlog (id INTEGER PRIMARY KEY, cid INTEGER NOT NULL, ease INTEGER NOT NULL);
                INSERT INTO col VALUES (1, 1700000000, '{}');
                INSERT INTO notes VALUES (1, 'abc', 'front' || char(31) || 'back');
                INSERT INTO cards VALUES (1, 1, 0);
                """)
        }
        try queue.close()
    }

    @Test(arguments: [false, true])
    func aDatabaseOfAnotherProgramIsRefusedAndLeftByteIdentical(wal: Bool) throws {
        let folder = try Collections.temporaryDirectory()
        let anki = folder.appendingPathComponent("collection.anki2").path
        try ankiLikeDatabase(at: anki, wal: wal)
        let backup = folder.appendingPathComponent("backup.json")
        try Data(#"{"cards": [], "decks": [], "documents": [], "format": "recall-backup", "reviewLog": [], "version": 1}"#.utf8)
            .write(to: backup)
        let before = try FolderState(folder)
        #expect(before.names == ["backup.json", "collection.anki2"])
        let recall = RecallProcess(database: anki)
        let commands = Self.readingCommands(exportTo: folder)
            + [["generate", "seeds/"], ["generate", "seeds/", "--dry-run"], ["import", backup.path], ["review"]]
        for command in commands {
            let output = try recall.run(command, input: "good\n")
            #expect(output.status == 1, "\(command)")
            #expect(output.stderr == "recall: error: \(anki) is an SQLite database of another program "
                + "(tables: cards, col, notes, revlog), not a recall collection; it was left untouched\n", "\(command)")
            #expect(output.stdout.isEmpty, "\(command)")
        }
        #expect(try FolderState(folder) == before)
    }

    @Test func readingCommandsNeverCreateACollectionOrAFolder() throws {
        let folder = try Collections.temporaryDirectory()
        let missing = folder.appendingPathComponent("no/such/dir/col.sqlite").path
        let recall = RecallProcess(database: missing)
        for command in Self.readingCommands(exportTo: folder) {
            let output = try recall.run(command)
            #expect(output.status == 1, "\(command)")
            #expect(output.stderr == "recall: error: there is no collection at \(missing) (nothing was created); "
                + "add notes with: recall generate NOTES\n", "\(command)")
        }
        let plan = try recall.run(["generate", "seeds/", "--dry-run"])
        #expect(plan.status == 0)
        let cards = try Notes.seedCardCount()
        #expect(plan.stdout.hasSuffix("Plan for 1 note: \(cards) added, 0 updated, 0 unchanged, 0 retired (dry run: nothing was written).\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        // An empty file is not a collection either, and stays empty.
        let empty = folder.appendingPathComponent("empty.sqlite")
        try Data().write(to: empty)
        let before = try FolderState(folder)
        let output = try RecallProcess(database: empty.path).run(["decks"])
        #expect(output.status == 1)
        #expect(output.stderr == "recall: error: \(empty.path) is an empty file, not a recall collection (it was left untouched); "
            + "add notes with: recall generate NOTES\n")
        #expect(try FolderState(folder) == before)
    }

    @Test func anEmptyDbPathIsAUsageError() throws {
        let (recall, folder) = try RecallProcess.withFreshCollection()
        var defaults = recall
        defaults.environment = ["XDG_DATA_HOME": folder.appendingPathComponent("data").path, "HOME": folder.path]
        for command in [["decks"], ["cards"], ["stats"], ["generate", "seeds/"], ["review"],
                        ["export", "--format", "json", "-o", folder.appendingPathComponent("x.json").path]] {
            let output = try defaults.run(command + ["--db", ""])
            #expect(output.status == 2, "\(command)")
            #expect(output.stderr.hasPrefix("recall: error: --db needs the path of a collection; it was given an empty one\n"), "\(command)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aReadOnlyCollectionIsReadByEveryReadingCommand() throws {
        var (recall, folder) = try RecallProcess.withFreshCollection()
        #expect(try recall.run(["generate", "seeds/"]).status == 0)
        recall.now = "2026-11-25T09:00:00+01:00"
        #expect(try recall.run(["review"], input: "good\nagain\ngood\nq\n").status == 0)
        recall.now = "2026-11-26T09:00:00+01:00"
        let out = try Collections.temporaryDirectory()
        let expected = try recall.run(["stats", "--json"]).stdout
        let before = try FolderState(folder)
        #expect(before.names == ["collection.sqlite", "collection.sqlite.review-lock"])
        let locked = try ReadOnlyFiles([recall.database, folder.path])
        defer { locked.restore() }
        for command in Self.readingCommands(exportTo: out) + [["generate", "seeds/", "--dry-run"]] {
            let output = try recall.run(command)
            #expect(output.status == 0, "\(command): \(output.stderr)")
        }
        #expect(try recall.run(["stats", "--json"]).stdout == expected)
        let cards = try #require(try recall.json(["cards", "--json"]) as? [[String: Any]])
        #expect(cards.count == (try Notes.seedCardCount()))
        #expect(try FolderState(folder) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["out.apkg", "out.json", "out.md"])
    }

    /// A collection whose last answers are still in its write-ahead log (its
    /// writer was killed): reading shows them and leaves both files as they are.
    @Test func readingCommandsLeaveTheCollectionFileAsItIs() throws {
        let (recall, folder) = try RecallProcess.withFreshCollection()
        #expect(try recall.run(["generate", "seeds/"]).status == 0)
        let snapshot = try Collections.temporaryDirectory()
        let writer = try DatabaseQueue(path: recall.database)
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
            try db.execute(sql: "UPDATE card SET back = 'only in the log' WHERE id = (SELECT MIN(id) FROM card)")
        }
        for name in ["collection.sqlite", "collection.sqlite-wal"] {
            try FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: snapshot.appendingPathComponent(name))
        }
        try writer.close()
        let copy = RecallProcess(database: snapshot.appendingPathComponent("collection.sqlite").path)
        let before = try FolderState(snapshot)
        let out = try Collections.temporaryDirectory()
        for command in Self.readingCommands(exportTo: out) {
            let output = try copy.run(command)
            #expect(output.status == 0, "\(command): \(output.stderr)")
        }
        let cards = try #require(try copy.json(["cards", "--json"]) as? [[String: Any]])
        #expect(cards.filter { $0["back"] as? String == "only in the log" }.count == 1)
        let after = try FolderState(snapshot)
        #expect(after.entries["collection.sqlite"] == before.entries["collection.sqlite"])
        #expect(after.entries["collection.sqlite-wal"] == before.entries["collection.sqlite-wal"])
    }
}
