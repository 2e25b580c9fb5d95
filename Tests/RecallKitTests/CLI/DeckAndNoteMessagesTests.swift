import Foundation
import Testing

/// A `--deck` that matches nothing is an error naming the closest decks;
/// empty results and notes that give no card each get one clear line.
@Suite(.serialized) struct DeckAndNoteMessagesTests {
    private static let deck = "redpointai::Progress and bottlenecks in AI and robotics"
    private static let title = "Progress and bottlenecks in AI and robotics"

    @Test func anUnknownDeckIsAnErrorNamingTheClosest() throws {
        let (recall, folder) = try RecallProcess.withFreshCollection()
        #expect(try recall.run(["generate", "seeds/"]).status == 0)
        let typo = "Progres and botlenecks"
        let expected = "recall: error: no deck matches \"\(typo)\"; did you mean \"\(Self.title)\", \"\(Self.deck)\" or "
            + "\"redpointai::\"? (recall decks lists them all)\n"
        for command in [["review"], ["stats"], ["stats", "--json"], ["cards"], ["cards", "--json"],
                        ["export", "-o", folder.appendingPathComponent("deck.md").path]] {
            let output = try recall.run(command + ["--deck", typo], input: "good\n")
            #expect(output.status == 1, "\(command)")
            #expect(output.stderr == expected, "\(command)")
            #expect(output.stdout.isEmpty, "\(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("deck.md").path))
        let nothing = try recall.run(["stats", "--deck", "nosuchdeck"])
        #expect(nothing.stderr == "recall: error: no deck matches \"nosuchdeck\"; did you mean \"\(Self.title)\", "
            + "\"\(Self.deck)\" or \"redpointai::\"? (recall decks lists them all)\n")
        for name in ["redpointai::", "REDPOINTAI", Self.title.lowercased(), Self.deck] {
            #expect(try recall.run(["cards", "--deck", name]).status == 0, "\(name)")
        }
    }

    @Test func emptyResultsSayWhatWasAskedInOneLine() throws {
        let (recall, _) = try RecallProcess.withFreshCollection()
        #expect(try recall.run(["generate", "seeds/"]).status == 0)
        let due = try recall.run(["cards", "--due"])
        #expect(due.status == 0 && due.stdout.isEmpty)
        #expect(due.stderr == "No cards due today.\n")
        let search = try recall.run(["cards", "--deck", "redpointai::", "--search", "zebra"])
        #expect(search.stderr == "No cards in deck \"redpointai::\", containing \"zebra\".\n")
        let review = try recall.run(["review", "--new", "0", "--deck", "redpointai::"])
        #expect(review.status == 0)
        #expect(review.stdout == "Nothing to review today in \"redpointai::\": no reviews due and no new cards left. "
            + "Due tomorrow: 0 cards.\n")
    }

    @Test func aNoteThatGivesNoCardIsNamedInOneLine() throws {
        let (recall, folder) = try RecallProcess.withFreshCollection()
        let note = folder.appendingPathComponent("plain.md")
        try Data("---\ntitle: Plain\nvideoId: PLAINVIDEO1\n---\n\n## Part\n\nA paragraph without any moment cited.\n".utf8).write(to: note)
        let output = try recall.run(["generate", note.path])
        #expect(output.status == 0)
        #expect(output.stderr == "\(note.path): warning: no cards from this note: it has no timestamp anchor, "
            + "and a card needs a claim that cites one\n")
        let report = try #require(try recall.json(["generate", note.path, "--json"]) as? [String: Any])
        let warnings = try #require(report["warnings"] as? [[String: Any]])
        #expect(warnings.map { $0["message"] as? String } == [
            "no cards from this note: it has no timestamp anchor, and a card needs a claim that cites one",
        ])
    }

    @Test func aFolderNamedLikeANoteIsSearchedNotRead() throws {
        let (recall, folder) = try RecallProcess.withFreshCollection()
        let notes = folder.appendingPathComponent("notes")
        let lookalike = notes.appendingPathComponent("x.md")
        try FileManager.default.createDirectory(at: lookalike, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: Notes.seedPath), to: lookalike.appendingPathComponent("inner.md"))
        let cards = try Notes.seedCardCount()
        let runs = [(notes.path, "1 note: \(cards) added, 0 updated, 0 unchanged, 0 retired.\n"),
                    (lookalike.path, "1 note: 0 added, 0 updated, \(cards) unchanged, 0 retired.\n")]
        for (path, summary) in runs {
            let output = try recall.run(["generate", path])
            #expect(output.status == 0, "\(path): \(output.stderr)")
            #expect(!output.stderr.contains("error"), "\(path): \(output.stderr)")
            #expect(output.stdout.hasSuffix(summary), "\(path): \(output.stdout)")
        }
    }
}
