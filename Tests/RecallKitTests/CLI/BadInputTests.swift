import Foundation
import Testing

/// Bad input gets a clear message naming the file, never a crash, and never
/// costs a stored card (issue: "Bad input never crashes and never loses stored cards").
@Suite(.serialized) struct BadInputTests {
    private static let goodNote = """
        ---
        title: Good note
        videoId: GOODVIDEO01
        ---

        ## Part

        The team built a "model factory" that turns out new checkpoints every week \("<a class=\"yt-timestamp\" data-t=\"01:02\">[01:02]</a>").
        """

    private func write(_ files: [String: [UInt8]], in directory: URL) throws {
        for (name, bytes) in files {
            try Data(bytes).write(to: directory.appendingPathComponent(name))
        }
    }

    @Test func eachBadFileIsNamedAndTheGoodOnesAreStored() throws {
        let (recall, directory) = try RecallProcess.withFreshCollection()
        let notes = directory.appendingPathComponent("notes")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        // Five megabytes of claims, the first one of a coined term the generator makes a card of.
        var big = "---\ntitle: Big\nvideoId: BIGVIDEO001\n---\n\nThe lab built a \"model factory\" for everything \(Notes.anchor("00:01")).\n\n"
        var index = 0
        while big.utf8.count < 5_000_000 {
            big += "Claim number \(index) says the \"term \(index)\" matters <a class=\"yt-timestamp\" data-t=\"\(index / 60 % 600):\(String(format: "%02d", index % 60))\">[x]</a>.\n\n"
            index += 1
        }
        try write([
            "a-good.md": Array(Self.goodNote.utf8),
            "b-empty.md": [],
            "c-binary.md": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D],
            "d-no-front-matter.md": Array("A \"model factory\" without front matter runs here \("[00:01:02]").\n".utf8),
            "e-unclosed.md": Array("---\ntitle: Unclosed\n---\nThe \"data engine\" is here <a class=\"yt-timestamp\" data-t=\"00:02\">[00:02] and goes on.\n".utf8),
            "f-invalid-utf8.md": Array("---\ntitle: Latin\n---\nThe lab built a ".utf8) + [0x93] + Array("model factory".utf8) + [0x94] + Array(" for everything [00:03].\n".utf8),
            "g-big.md": Array(big.utf8),
        ], in: notes)
        let missing = directory.appendingPathComponent("missing.md").path
        let output = try recall.run(["generate", notes.path, missing])
        #expect(output.status == 0)
        #expect(output.stderr.contains("b-empty.md: error: the file is empty"))
        #expect(output.stderr.contains("c-binary.md: error: not a text note (binary data)"))
        #expect(output.stderr.contains("missing.md: error: no such file or directory"))
        #expect(output.stderr.contains("d-no-front-matter.md:1: warning: no title in front matter"))
        #expect(output.stderr.contains("e-unclosed.md:4: warning: timestamp anchor is not closed"))
        #expect(output.stderr.contains("f-invalid-utf8.md:4: warning: bytes that are not UTF-8"))
        #expect(!output.stderr.contains("Fatal"))
        let decks = try #require(try recall.json(["decks", "--json"]) as? [[String: Any]])
        let names = Set(decks.compactMap { $0["name"] as? String })
        #expect(names == ["Good note", "Big", "d no front matter", "Unclosed", "Latin"])
    }

    @Test func nothingReadableExitsWithOne() throws {
        let (recall, directory) = try RecallProcess.withFreshCollection()
        try write(["empty.md": []], in: directory)
        let output = try recall.run(["generate", directory.appendingPathComponent("empty.md").path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("empty.md: error: the file is empty"))
        #expect(output.stderr.contains("recall: error: no note could be read"))
    }

    @Test func aFolderWithoutNotesExitsWithOne() throws {
        let (recall, directory) = try RecallProcess.withFreshCollection()
        let empty = directory.appendingPathComponent("nothing-here")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let output = try recall.run(["generate", empty.path])
        #expect(output.status == 1)
        #expect(output.stderr.contains("nothing-here: error: no notes here"))
    }

    @Test func aNoteEmptiedLaterKeepsItsStoredCards() throws {
        let (recall, directory) = try RecallProcess.withFreshCollection()
        let note = directory.appendingPathComponent("note.md")
        try write(["note.md": Array(Self.goodNote.utf8)], in: directory)
        try recall.run(["generate", note.path])
        let before = try #require(try recall.json(["cards", "--json"]) as? [Any]).count
        #expect(before == 1)
        for bytes in [[UInt8](), [0x00, 0x01, 0x02]] {
            try write(["note.md": bytes], in: directory)
            #expect(try recall.run(["generate", note.path]).status == 1)
            #expect(try #require(try recall.json(["cards", "--json"]) as? [Any]).count == before)
        }
    }
}
