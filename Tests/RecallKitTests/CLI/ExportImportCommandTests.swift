import Foundation
import Testing

/// `recall export` and `recall import` as a user runs them.
@Suite(.serialized) struct ExportImportCommandTests {
    private func reviewedCollection() throws -> (RecallProcess, URL) {
        var (recall, folder) = try RecallProcess.withFreshCollection()
        #expect(try recall.run(["generate", "seeds/"]).status == 0)
        recall.now = "2026-11-20T09:00:00+01:00"
        #expect(try recall.run(["review"], input: "good\nagain\neasy\nhard\ngood\nq\n").status == 0)
        recall.now = "2026-11-21T09:00:00+01:00"
        #expect(try recall.run(["review"], input: "again\ngood\neasy\nq\n").status == 0)
        return (recall, folder)
    }

    @Test func jsonExportImportExportGivesIdenticalFiles() throws {
        let (recall, folder) = try reviewedCollection()
        let cards = try Notes.seedCardCount()
        let first = folder.appendingPathComponent("first.json").path
        let export = try recall.run(["export", "--format", "json", "-o", first])
        #expect(export.status == 0)
        #expect(export.stderr == "Wrote \(cards) cards and 8 review-log rows to \(first).\n")
        var restored = RecallProcess(database: folder.appendingPathComponent("restored.sqlite").path)
        restored.now = recall.now
        let imported = try restored.run(["import", first])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.hasPrefix("Imported \(first): \(cards) cards added, 0 updated, 0 unchanged; "))
        let second = folder.appendingPathComponent("second.json").path
        #expect(try restored.run(["export", "--format", "json", "-o", second]).status == 0)
        let one = try Data(contentsOf: URL(fileURLWithPath: first))
        #expect(one == (try Data(contentsOf: URL(fileURLWithPath: second))))
        let text = String(decoding: one, as: UTF8.self)
        #expect(text.contains("\"kind\" : \"review\"") && text.contains("\"kind\" : \"learn\""))
        let answers = try #require(try JSONSerialization.jsonObject(with: one) as? [String: Any])["reviewLog"] as? [Any]
        #expect(answers?.count == 8)
        let again = try restored.run(["import", first])
        #expect(again.status == 0)
        #expect(again.stdout == "Imported \(first): 0 cards added, 0 updated, \(cards) unchanged; 0 review-log rows added, "
            + "8 already present. Nothing changed: the collection already held all of it.\n")
        let third = folder.appendingPathComponent("third.json").path
        #expect(try restored.run(["export", "--format", "json", "-o", third]).status == 0)
        #expect(one == (try Data(contentsOf: URL(fileURLWithPath: third))))
    }

    @Test func anEmptyCollectionExportsToJSON() throws {
        let (recall, folder) = try RecallProcess.withFreshCollection()
        #expect(try recall.run(["import", try emptyBackup(in: folder)]).status == 0)
        let path = folder.appendingPathComponent("empty.json").path
        let export = try recall.run(["export", "--format", "json", "-o", path])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stderr == "Wrote 0 cards to \(path).\n")
        let backup = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
        #expect(backup["format"] as? String == "recall-backup")
        #expect((backup["cards"] as? [Any])?.count == 0 && (backup["reviewLog"] as? [Any])?.count == 0)
    }

    /// A backup of an empty collection, as a file.
    private func emptyBackup(in folder: URL) throws -> String {
        let path = folder.appendingPathComponent("nothing.json")
        let text = #"{"cards": [], "decks": [], "documents": [], "format": "recall-backup", "reviewLog": [], "version": 1}"#
        try Data(text.utf8).write(to: path)
        return path.path
    }

    @Test func aNewerBackupIsRefusedAndTheCollectionIsUntouched() throws {
        let (recall, folder) = try reviewedCollection()
        let backup = folder.appendingPathComponent("b.json").path
        #expect(try recall.run(["export", "--format", "json", "-o", backup]).status == 0)
        let newer = folder.appendingPathComponent("newer.json")
        let current = try String(contentsOfFile: backup, encoding: .utf8)
        let text = current.replacingOccurrences(of: "\"version\" : 3", with: "\"version\" : 9")
        #expect(text != current)
        try Data(text.utf8).write(to: newer)
        let refused = try recall.run(["import", newer.path])
        #expect(refused.status == 1)
        #expect(refused.stderr == "recall: error: \(newer.path) was written by a newer recall (backup format version 9; this recall reads up to 3); upgrade recall to import it; nothing was changed\n")
        let garbage = folder.appendingPathComponent("garbage.json")
        try Data("not json".utf8).write(to: garbage)
        let notJSON = try recall.run(["import", garbage.path])
        #expect(notJSON.status == 1 && notJSON.stderr.hasPrefix("recall: error: \(garbage.path) is not valid JSON ("))
        let missing = try recall.run(["import", folder.appendingPathComponent("nope.json").path])
        #expect(missing.stderr.contains("nope.json: the file does not exist; nothing was changed"))
        let after = folder.appendingPathComponent("after.json").path
        #expect(try recall.run(["export", "--format", "json", "-o", after]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: backup)) == (try Data(contentsOf: URL(fileURLWithPath: after))))
    }

    @Test func everyFormatIsWrittenAndAMissingFolderLeavesNothing() throws {
        let (recall, folder) = try reviewedCollection()
        for format in ["apkg", "tsv", "csv", "json", "md"] {
            let path = folder.appendingPathComponent("deck.\(format)").path
            let output = try recall.run(["export", "--format", format, "-o", path, "--deck", "redpointai::"])
            #expect(output.status == 0, "\(format): \(output.stderr)")
            #expect(FileManager.default.fileExists(atPath: path))
        }
        let scheduled = try recall.run(["export", "--format", "apkg", "--with-scheduling", "-o", folder.appendingPathComponent("s.apkg").path])
        #expect(scheduled.stderr == "Wrote \(try Notes.seedCardCount()) cards and 8 review-log rows to \(folder.path)/s.apkg.\n")
        let missing = folder.appendingPathComponent("no/such/deck.apkg").path
        let failed = try recall.run(["export", "--format", "apkg", "-o", missing])
        #expect(failed.status == 1)
        #expect(failed.stderr == "recall: error: cannot write \(missing): the folder \(folder.path)/no/such does not exist (nothing was written)\n")
        let usage = try recall.run(["export", "--format", "tsv", "--with-scheduling", "-o", folder.appendingPathComponent("x.tsv").path])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("--with-scheduling applies to --format apkg"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("x.tsv").path))
    }
}
