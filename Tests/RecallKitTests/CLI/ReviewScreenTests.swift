import Foundation
import Testing
@testable import RecallKit

/// The full-screen review on pseudo-terminals of several sizes: a long card
/// keeps its header, question and key hints on screen, no line is wider than
/// the terminal, and the small messages say what happened.
@Suite(.serialized) struct ReviewScreenTests {
    static let title = "A rather long note title about progress and bottlenecks in robotics"

    /// A note of one long claim (its card's front and claim both long).
    static func longNote() -> String {
        let filler = (1...14).map { "step \($0) of the long rollout kept every robot arm in the warehouse busy" }
        let claim = "The lab built the \"bakorax engine\" while " + filler.joined(separator: ", and ")
        return Notes.note("## A section whose name is long enough to fold on a small screen\n\n\(claim) \(Notes.anchor("00:30")).",
                          title: title)
    }

    /// A collection holding `note`, and the environment of a review on it.
    static func collection(_ note: String) throws -> (RecallProcess, URL, [String: String]) {
        let (recall, folder) = try RecallProcess.withFreshCollection()
        let file = folder.appendingPathComponent("note.md")
        try Data(note.utf8).write(to: file)
        #expect(try recall.run(["generate", file.path]).status == 0)
        var environment = ProcessInfo.processInfo.environment
        environment["RECALL_DB"] = recall.database
        environment["RECALL_CONFIG"] = recall.config
        environment["RECALL_NOW"] = recall.now
        environment["TERM"] = "xterm-256color"
        environment.removeValue(forKey: "NO_COLOR")
        return (recall, folder, environment)
    }

    /// The screen fits: no more lines than rows, none wider than the columns;
    /// the header (deck and counts), `question` and the key hints show.
    static func expectFits(_ screen: [String], _ terminal: PseudoTerminal, question: String, hints: String,
                           sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(screen.count <= terminal.rows, "\(screen.count) lines:\n\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
        for line in screen {
            #expect(line.count <= terminal.columns, "\(line.count) columns: \(line)", sourceLocation: sourceLocation)
        }
        #expect(screen.first?.hasPrefix(" channel::A rather") == true, "\(screen)", sourceLocation: sourceLocation)
        #expect(screen.first?.contains("new 1") == true, "\(screen)", sourceLocation: sourceLocation)
        #expect(screen.contains { $0.contains(question) }, "\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
        #expect(screen.last?.contains(hints) == true, "\(screen.joined(separator: "\n"))", sourceLocation: sourceLocation)
    }

    @Test(arguments: [(40, 12), (80, 24)])
    func aLongCardFitsTheScreen(columns: Int, rows: Int) throws {
        let (_, _, environment) = try Self.collection(Self.longNote())
        let terminal = try PseudoTerminal(executable: RecallProcess.executable, arguments: ["review"], environment: environment,
                                          columns: columns, rows: rows)
        #expect(terminal.waitFor("q quit"))
        let question = try #require(terminal.waitForScreen { $0.last?.contains("space") == true })
        Self.expectFits(question, terminal, question: "The lab built the", hints: "space")
        terminal.send(" ")
        #expect(terminal.waitFor("a/h/g/e grade"))
        var screen = try #require(terminal.waitForScreen { $0.last?.contains("a/h/g/e grade") == true })
        Self.expectFits(screen, terminal, question: "The lab built the", hints: "a/h/g/e grade")
        #expect(screen.contains { $0.contains("lines 1–") }, "\(screen.joined(separator: "\n"))")
        // Scrolled to the end: the interval of each grade shows, the question and hints still do.
        terminal.send(String(repeating: "j", count: 200))
        #expect(terminal.waitFor("k/↑ back"))
        // 200 keys make many frames: wait for the one at the end, drawn whole.
        screen = try #require(terminal.waitForScreen {
            $0.contains { $0.contains("4 good") } && $0.last?.contains("a/h/g/e grade") == true
        })
        Self.expectFits(screen, terminal, question: "The lab built the", hints: "a/h/g/e grade")
        #expect(screen.contains { $0.contains("4 good") }, "\(screen.joined(separator: "\n"))")
        terminal.send("q")
        #expect(terminal.waitForExit())
        #expect(terminal.process.terminationStatus == 0)
    }

    @Test func undoingABuryNamesTheBury() throws {
        let (_, _, environment) = try Self.collection(Notes.manyClaims(3))
        let terminal = try PseudoTerminal(executable: RecallProcess.executable, arguments: ["review"], environment: environment)
        #expect(terminal.waitFor("show answer"))
        terminal.send("s")
        #expect(terminal.waitFor("Buried until tomorrow (u to undo)."))
        terminal.send("u")
        #expect(terminal.waitFor("Bury undone: the card is back in today's review."))
        terminal.send(" ")
        #expect(terminal.waitFor("a/h/g/e grade"))
        terminal.send("g")
        #expect(terminal.waitFor("show answer"))
        terminal.send("u")
        #expect(terminal.waitFor("Last answer undone."))
        terminal.send("q")
        #expect(terminal.waitForExit())
        #expect(terminal.process.terminationStatus == 0)
    }

    /// `x` suspends the card on screen (undo brings it back), `E` opens it in
    /// the learner's editor and asks the card again with the new text; both
    /// stay in the collection.
    @Test func theSuspendAndEditKeysChangeTheCardOnScreen() throws {
        let (recall, folder, base) = try Self.collection(Notes.manyClaims(2))
        let script = folder.appendingPathComponent("editor.sh")
        try Data("#!/bin/sh\nsed -i '/^back:$/{n;s/.*/my own answer/}' \"$1\"\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        var environment = base
        environment["EDITOR"] = script.path
        let cards = { () throws -> [[String: Any]] in try #require(try recall.json(["cards", "--json"]) as? [[String: Any]]) }
        let ids = try cards().compactMap { $0["id"] as? String }
        #expect(ids.count == 2)

        let terminal = try PseudoTerminal(executable: RecallProcess.executable, arguments: ["review"], environment: environment)
        #expect(terminal.waitFor("x suspend · E edit"))
        #expect(terminal.waitFor("new 2"))
        terminal.send("x")
        #expect(terminal.waitFor("Suspended: out of review until you unsuspend it (u to undo"))
        #expect(terminal.waitFor("new 1"))
        terminal.send("u")
        #expect(terminal.waitFor("Suspension undone: the card is back in today's review."))
        terminal.send("x")
        #expect(terminal.waitFor("Suspended: out of review"))
        // The second card, edited from its answer side.
        terminal.send(" ")
        #expect(terminal.waitFor("a/h/g/e grade"))
        terminal.send("E")
        #expect(terminal.waitFor("(recall edit "))
        // The edited card is asked again, with its new answer.
        terminal.send(" ")
        #expect(terminal.waitFor("my own answer"))
        terminal.send("q")
        #expect(terminal.waitForExit())
        #expect(terminal.process.terminationStatus == 0)

        let after = try #require(try recall.json(["cards", "--json", "--all"]) as? [[String: Any]])
        let states = after.map { ($0["schedule"] as? [String: Any])?["state"] as? String }
        #expect(states.filter { $0 == "suspended" }.count == 1, "\(after)")
        let edited = after.filter { $0["edited"] as? Bool == true }
        #expect(edited.count == 1 && edited.first?["back"] as? String == "my own answer", "\(after)")
        #expect(try recall.run(["review"], input: "q\n").stdout.contains("back: my own answer"))
        // The line review takes `x` too.
        let line = try recall.run(["review"], input: "x\n")
        #expect(line.stdout.contains("\nsuspended\n"), "\(line.stdout)")
        let suspended = try #require(try recall.json(["cards", "--json", "--all"]) as? [[String: Any]])
            .filter { ($0["schedule"] as? [String: Any])?["state"] as? String == "suspended" }
        #expect(suspended.count == 2)
    }

    @Test func theSeedMessageShowsOnTheFirstScreen() throws {
        let (recall, _) = try RecallProcess.withFreshCollection()
        var environment = ProcessInfo.processInfo.environment
        environment["RECALL_DB"] = recall.database
        environment["RECALL_CONFIG"] = recall.config
        environment["RECALL_NOW"] = recall.now
        environment["TERM"] = "xterm"
        let terminal = try PseudoTerminal(executable: RecallProcess.executable, arguments: ["review"], environment: environment)
        #expect(terminal.waitFor("show answer"))
        let screen = terminal.screen()
        #expect(screen.joined(separator: " ").contains("The collection was empty: generated"), "\(screen.joined(separator: "\n"))")
        terminal.send("q")
        #expect(terminal.waitForExit())
    }

    /// A fake `xdg-open` on PATH records the link it is given.
    @Test func theOpenKeyRunsXdgOpenWithTheCitedMoment() throws {
        let (_, folder, base) = try Self.collection(Notes.manyClaims(1))
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let record = folder.appendingPathComponent("opened.txt")
        let script = bin.appendingPathComponent("xdg-open")
        try Data("#!/bin/sh\nprintf '%s\\n' \"$@\" > '\(record.path)'\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        var environment = base
        environment["PATH"] = bin.path + ":/usr/bin:/bin"
        let terminal = try PseudoTerminal(executable: RecallProcess.executable, arguments: ["review"], environment: environment)
        #expect(terminal.waitFor("show answer"))
        terminal.send(" ")
        #expect(terminal.waitFor("o open video"))
        terminal.send("o")
        #expect(terminal.waitFor("Opened ▶ 00:30 in the browser (xdg-open)."))
        var opened = ""
        for _ in 0..<100 where opened.isEmpty {
            opened = (try? String(contentsOf: record, encoding: .utf8)) ?? ""
            if opened.isEmpty { usleep(50_000) }
        }
        #expect(opened == "https://www.youtube.com/watch?v=VID12345678&t=30s\n")
        terminal.send("q")
        #expect(terminal.waitForExit())

        // No opener in PATH: one line says so.
        environment["PATH"] = folder.appendingPathComponent("empty").path
        let bare = try PseudoTerminal(executable: RecallProcess.executable, arguments: ["review"], environment: environment)
        #expect(bare.waitFor("show answer"))
        bare.send(" ")
        #expect(bare.waitFor("a/h/g/e grade"))
        bare.send("o")
        #expect(bare.waitFor("Opening a browser is not available here"))
        bare.send("q")
        #expect(bare.waitForExit())
    }

    @Test func quittingWithRedrillsSaysHowManyAreLeft() throws {
        let (recall, _, _) = try Self.collection(Notes.manyClaims(3))
        let first = try recall.run(["review"], input: "a\na\nq\n")
        #expect(first.stdout.hasSuffix("""
            Due tomorrow: 2 cards.
            Quit with 2 re-drills left (cards missed today): run recall review again today to drill them.

            """), "\(first.stdout)")
        let again = try recall.run(["review"], input: "q\n")
        #expect(again.stdout.hasSuffix("""
            Quit with 2 re-drills left (cards missed today): run recall review again today to drill them.
            Nothing answered. Due tomorrow: 2 cards.

            """), "\(again.stdout)")
    }

    @Test func anEmptyDaySaysWhenTheNextCardIsDue() throws {
        var (recall, _, _) = try Self.collection(Notes.manyClaims(1))
        recall.now = "2026-11-26T09:00:00+01:00"
        #expect(try recall.run(["review"], input: "e\n").status == 0)
        recall.now = "2026-11-27T09:00:00+01:00"
        #expect(try recall.run(["review"], input: "g\n").status == 0)
        recall.now = "2026-11-28T09:00:00+01:00"
        let empty = try recall.run(["review"])
        #expect(empty.stdout == "Nothing to review today: no reviews due and no new cards left. Due tomorrow: 0 cards. "
            + "Next due: 2026-12-03 (in 5 days), 1 card.\n")
    }
}
