import Foundation
import Testing

/// `show`, `suspend`, `unsuspend`, `reset`, `edit` and `retire` as a learner
/// runs them (PRODUCT.md §2, §5): the learner's word beats the generator's
/// until the claim itself changes.
@Suite(.serialized) struct CardCommandTests {
    static let claim = "The \"bakorax engine\" converts raw sensor streams into compact features."

    /// A fresh collection beside a note file of one claim (one card), generated.
    private func setUp(claim: String = Self.claim) throws -> (RecallProcess, URL) {
        let (recall, directory) = try RecallProcess.withFreshCollection()
        let note = directory.appendingPathComponent("note.md")
        try write(claim: claim, to: note)
        let generated = try recall.run(["generate", note.path])
        #expect(generated.status == 0, "\(generated.stderr)")
        return (recall, note)
    }

    private func write(claim: String, to note: URL) throws {
        try Data(Notes.note("## Basics\n\n- \(Notes.anchor("00:01:05")) \(claim)").utf8).write(to: note)
    }

    private func cards(_ recall: RecallProcess, all: Bool = false) throws -> [[String: Any]] {
        try #require(try recall.json(["cards", "--json"] + (all ? ["--all"] : [])) as? [[String: Any]])
    }

    private func onlyId(_ recall: RecallProcess) throws -> String {
        let list = try cards(recall)
        #expect(list.count == 1)
        return try #require(list.first?["id"] as? String)
    }

    private func schedule(_ card: [String: Any]?) -> [String: Any] { card?["schedule"] as? [String: Any] ?? [:] }

    private func deck(_ recall: RecallProcess) throws -> [String: Any] {
        try #require((try recall.json(["decks", "--json"]) as? [[String: Any]])?.first)
    }

    private func short(_ front: String) -> String {
        let line = front.replacingOccurrences(of: "\n", with: " — ")
        return line.count > 50 ? String(line.prefix(50)) + "…" : line
    }

    @Test func showPrintsEverythingAboutACard() throws {
        let (recall, note) = try setUp()
        let id = try onlyId(recall)
        let output = try recall.run(["show", String(id.prefix(8))])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stdout == """
            id         \(id)
            deck       channel::Test note
            note       VID12345678 (\(note.path))
            section    Basics
            kind       cloze
            front      Test note › Basics
                       The "[…]" converts raw sensor streams into compact features.
            back       bakorax engine
            claim      \(Self.claim)
            moments    00:01:05 (65 s) https://www.youtube.com/watch?v=VID12345678&t=65s
            state      new
            schedule   EF 2.50 · interval 0 days · repetitions 0 · due — · lapses 0
            reviews    none

            """)
        let json = try #require(try recall.json(["show", id, "--json"]) as? [[String: Any]])
        #expect(json.first?["id"] as? String == id)
        #expect(json.first?["claim"] as? String == Self.claim)
        #expect((json.first?["reviews"] as? [Any])?.isEmpty == true)
        #expect(((json.first?["source"] as? [String: Any])?["moments"] as? [Any])?.count == 1)
        #expect(try recall.run(["show", id]).stdout.contains("reviews    none"))
    }

    @Test func suspendTakesACardOutOfTheDueCountsAndUnsuspendBringsItBack() throws {
        var (recall, _) = try setUp()
        let id = try onlyId(recall)
        #expect(try recall.run(["review", "--new", "1"], input: "good\n").status == 0)
        recall.now = "2026-11-27T09:00:00+01:00"
        #expect(try deck(recall)["due"] as? Int == 1)
        let front = try #require(try cards(recall).first?["front"] as? String)
        let suspended = try recall.run(["suspend", id])
        #expect(suspended.stdout == "Suspended \(id): \(short(front))\n")
        #expect(try deck(recall)["due"] as? Int == 0)
        #expect(try deck(recall)["suspended"] as? Int == 1)
        #expect(try recall.run(["suspend", id]).stdout == "\(id) is already suspended: nothing changed\n")
        #expect(try recall.run(["unsuspend", id]).stdout == "Unsuspended \(id): \(short(front))\n")
        #expect(try deck(recall)["due"] as? Int == 1)
        #expect(try recall.run(["unsuspend", id]).stdout == "\(id) is not suspended: nothing changed\n")
    }

    @Test func anUnsuspendedLeechComesBackToReview() throws {
        var (recall, _) = try setUp()
        let id = try onlyId(recall)
        #expect(try recall.run(["config", "leech_threshold", "1"]).status == 0)
        #expect(try recall.run(["review", "--new", "1"], input: "good\n").status == 0)
        recall.now = "2026-11-27T09:00:00+01:00"
        #expect(try recall.run(["review"], input: "again\n").status == 0)
        let leech = schedule(try cards(recall).first)
        #expect(leech["state"] as? String == "suspended" && leech["lapses"] as? Int == 1)
        #expect(try recall.run(["show", id]).stdout.contains("state      suspended, leech"))
        recall.now = "2026-11-28T09:00:00+01:00"
        #expect(try deck(recall)["due"] as? Int == 0)
        let back = try recall.run(["unsuspend", String(id.prefix(6))])
        #expect(back.stdout.hasPrefix("Unsuspended \(id) (a leech; its 1 lapse is kept): "))
        #expect(try deck(recall)["due"] as? Int == 1)
        let review = try recall.run(["review"], input: "good\n")
        #expect(review.stdout.contains("bakorax engine"), "\(review.stdout)")
        let after = schedule(try cards(recall).first)
        #expect(after["lapses"] as? Int == 1 && after["state"] as? String != "suspended")
    }

    @Test func resetMakesACardNewAndKeepsItsReviewLog() throws {
        let (recall, _) = try setUp()
        let id = try onlyId(recall)
        #expect(try recall.run(["review", "--new", "1"], input: "good\n").status == 0)
        #expect(schedule(try cards(recall).first)["repetitions"] as? Int == 1)
        let reset = try recall.run(["reset", id])
        #expect(reset.stdout.hasPrefix("Reset \(id) (new again; its review log is kept): "))
        let card = schedule(try cards(recall).first)
        #expect(card["state"] as? String == "new" && card["repetitions"] as? Int == 0 && card["due"] is NSNull)
        let shown = try #require(try recall.json(["show", id, "--json"]) as? [[String: Any]])
        #expect((shown.first?["reviews"] as? [Any])?.count == 1)
        #expect(try recall.run(["reset", id]).stdout == "\(id) is already new: nothing changed\n")
    }

    @Test func editWithFlagsIsWhatTheReviewAndExportsShow() throws {
        let (recall, note) = try setUp()
        let id = try onlyId(recall)
        let edited = try recall.run(["edit", id, "--front", "What turns sensor streams into features?", "--back", "the bakorax"])
        #expect(edited.stdout == "Edited \(id): What turns sensor streams into features?\n", "\(edited.stderr)")
        let card = try #require(try cards(recall).first)
        #expect(card["front"] as? String == "What turns sensor streams into features?" && card["back"] as? String == "the bakorax")
        #expect(card["edited"] as? Bool == true)
        let show = try recall.run(["show", id]).stdout
        #expect(show.contains("back       the bakorax   [your edit]") && show.contains("generated  back: bakorax engine"))
        let review = try recall.run(["review", "--new", "1"], input: "good\n")
        #expect(review.stdout.contains("What turns sensor streams into features?") && review.stdout.contains("the bakorax"))
        let tsv = try recall.run(["export", "--format", "tsv", "-o", "-"])
        #expect(tsv.stdout.contains("What turns sensor streams into features?") && tsv.stdout.contains("the bakorax"))
        #expect(!tsv.stdout.contains("bakorax engine"))
        #expect(try recall.run(["edit", id, "--back", "the bakorax"]).stdout == "\(id) already reads so: nothing changed\n")
        #expect(try recall.run(["edit", id, "--generated"]).stdout.hasPrefix("Restored the generated text of \(id): "))
        #expect(try cards(recall).first?["back"] as? String == "bakorax engine")
        _ = note
    }

    @Test func editThroughTheEditor() throws {
        var (recall, note) = try setUp()
        let id = try onlyId(recall)
        let script = note.deletingLastPathComponent().appendingPathComponent("editor.sh")
        try Data("#!/bin/sh\nsed -i 's/^bakorax engine$/the bakorax engine (a feature extractor)/' \"$1\"\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        recall.environment["EDITOR"] = script.path
        let edited = try recall.run(["edit", id])
        #expect(edited.status == 0, "\(edited.stderr)")
        #expect(edited.stdout.hasPrefix("Edited \(id): "))
        #expect(try cards(recall).first?["back"] as? String == "the bakorax engine (a feature extractor)")
        recall.environment["EDITOR"] = "true"
        #expect(try recall.run(["edit", id]).stdout == "\(id): the file was left unchanged or emptied: nothing changed\n")
        let emptier = note.deletingLastPathComponent().appendingPathComponent("empty.sh")
        try Data("#!/bin/sh\n: > \"$1\"\n".utf8).write(to: emptier)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: emptier.path)
        recall.environment["EDITOR"] = emptier.path
        #expect(try recall.run(["edit", id]).stdout == "\(id): the file was left unchanged or emptied: nothing changed\n")
        #expect(try cards(recall).first?["back"] as? String == "the bakorax engine (a feature extractor)")
    }

    @Test func anEditIsKeptAcrossRegenerationUntilTheClaimChanges() throws {
        let (recall, note) = try setUp()
        let id = try onlyId(recall)
        #expect(try recall.run(["edit", id, "--back", "the bakorax"]).status == 0)
        let again = try recall.run(["generate", note.path])
        #expect(again.stdout.contains("0 added, 0 updated, 1 unchanged, 0 retired") && !again.stdout.contains("dropped"))
        #expect(try cards(recall).first?["back"] as? String == "the bakorax")
        try write(claim: Self.claim.replacingOccurrences(of: "features.", with: "features quickly."), to: note)
        let changed = try recall.run(["generate", note.path])
        #expect(changed.stdout.contains("\(id): its claim changed, so your edit was dropped: "), "\(changed.stdout)")
        let card = try #require(try cards(recall).first)
        #expect(card["id"] as? String == id && card["back"] as? String == "bakorax engine" && card["edited"] as? Bool == false)
    }

    @Test func aRetiredCardIsNeverRegeneratedUntilItsClaimChanges() throws {
        let (recall, note) = try setUp()
        let id = try onlyId(recall)
        #expect(try recall.run(["retire", id]).stdout.hasPrefix("Retired \(id): "))
        #expect(try cards(recall).isEmpty)
        for _ in 0..<2 { #expect(try recall.run(["generate", note.path]).status == 0) }
        #expect(try cards(recall).isEmpty)
        let retired = schedule(try cards(recall, all: true).first)
        #expect(retired["state"] as? String == "retired" && retired["retired_by"] as? String == "learner")
        #expect(try recall.run(["cards", "--all"]).stdout.contains("retired               [retired by you]"))
        #expect(try recall.run(["retire", id]).stdout == "\(id) is already retired: nothing changed\n")
        try write(claim: Self.claim.replacingOccurrences(of: "features.", with: "features quickly."), to: note)
        let changed = try recall.run(["generate", note.path])
        #expect(changed.stdout.contains("\(id): its claim changed, so the card you retired comes back as a new card: "))
        let back = try #require(try cards(recall).first)
        #expect(back["id"] as? String == id && schedule(back)["state"] as? String == "new")
    }

    @Test func unsuspendBringsBackACardTheLearnerRetired() throws {
        let (recall, _) = try setUp()
        let id = try onlyId(recall)
        #expect(try recall.run(["retire", id]).status == 0)
        #expect(try recall.run(["unsuspend", id]).stdout.hasPrefix("Brought back \(id) (you had retired it): "))
        #expect(try cards(recall).count == 1)
    }

    @Test func severalIdsInOneCommandAndAnUnknownIdChangesNothing() throws {
        let (recall, directory) = try RecallProcess.withFreshCollection()
        let note = directory.appendingPathComponent("many.md")
        try Data(Notes.manyClaims(3).utf8).write(to: note)
        #expect(try recall.run(["generate", note.path]).status == 0)
        let ids = try cards(recall).compactMap { $0["id"] as? String }
        #expect(ids.count >= 3)
        let refused = try recall.run(["suspend", ids[0], "abcdef0123456789", ids[1]])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("no card \"abcdef0123456789\"; nothing changed"))
        #expect(try cards(recall).allSatisfy { schedule($0)["state"] as? String == "new" })
        #expect(try recall.run(["suspend", "12"]).stderr.contains("\"12\" is too short"))
        let suspended = try recall.run(["suspend"] + ids.map { String($0.prefix(6)) } + [ids[0]])
        #expect(suspended.status == 0, "\(suspended.stderr)")
        let lines = suspended.stdout.split(separator: "\n")
        #expect(lines.count == ids.count)
        #expect(zip(lines, ids).allSatisfy { $0.hasPrefix("Suspended \($1): ") })
        #expect(try cards(recall).allSatisfy { schedule($0)["state"] as? String == "suspended" })
        #expect(try recall.run(["unsuspend"] + ids).stdout.split(separator: "\n").count == ids.count)
    }

    @Test func aBackupRoundTripKeepsEditsAndRetirements() throws {
        let (recall, directory) = try RecallProcess.withFreshCollection()
        let note = directory.appendingPathComponent("many.md")
        try Data(Notes.manyClaims(3).utf8).write(to: note)
        #expect(try recall.run(["generate", note.path]).status == 0)
        let ids = try cards(recall).compactMap { $0["id"] as? String }
        #expect(try recall.run(["edit", ids[0], "--front", "My own question?", "--back", "my answer"]).status == 0)
        #expect(try recall.run(["retire", ids[1]]).status == 0)
        let first = directory.appendingPathComponent("first.json").path
        #expect(try recall.run(["export", "--format", "json", "-o", first]).status == 0)
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: first)), as: UTF8.self)
        #expect(text.contains("\"learnerFront\" : \"My own question?\"") && text.contains("\"learnerRetired\" : true"))
        #expect(text.contains("\"version\" : 3"))
        var restored = RecallProcess(database: directory.appendingPathComponent("restored.sqlite").path)
        restored.now = recall.now
        #expect(try restored.run(["import", first]).status == 0)
        let second = directory.appendingPathComponent("second.json").path
        #expect(try restored.run(["export", "--format", "json", "-o", second]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)) == Data(contentsOf: URL(fileURLWithPath: second)))
        #expect(try cards(restored).first { $0["id"] as? String == ids[0] }?["front"] as? String == "My own question?")
        #expect(try cards(restored).allSatisfy { $0["id"] as? String != ids[1] })
        #expect(try restored.run(["generate", note.path]).status == 0)
        #expect(try cards(restored).allSatisfy { $0["id"] as? String != ids[1] })
        #expect(try cards(restored).first { $0["id"] as? String == ids[0] }?["back"] as? String == "my answer")
    }
}
