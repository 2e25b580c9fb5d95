import Foundation
import Testing
@testable import RecallKit

/// `recall stats` read at a glance: the sections forgotten most keep their
/// names whole (the note's title said once above them), "By note" shows the
/// notes studied most first, the HTML bars carry their figures, and
/// retention is coloured against the target only on a terminal.
@Suite struct StatsGlanceTests {
    static let longTitle = "Progress and bottlenecks in AI and robotics, a long conversation with the lab"
    static let d0 = StudyDay(year: 2026, month: 11, day: 1)

    /// Two notes: "Aardvark notes", never studied, and the long-titled one, studied for a month.
    static func collection() throws -> RecallProcess {
        let (recall, _) = try RecallProcess.withFreshCollection()
        let database = try AppDatabase.open(path: recall.database)
        let body = """
            ## Simulation to real transfer in the big test warehouse

            The lab built a "model factory" for everything \(Notes.anchor("01:00")).

            The team used a "data engine" to improve \(Notes.anchor("02:00")).

            ## Hardware

            The company bet on "ambient computing" early \(Notes.anchor("04:00")).
            """
        let studied = try Collections.prepared(Notes.note(body, title: longTitle), file: "notes/zz-studied.md")
        let other = try Collections.prepared(Notes.manyClaims(3, title: "Aardvark notes", videoId: "VIDAARDVARK"),
                                             file: "notes/aa-aardvark.md")
        _ = try database.sync([other, studied], now: Collections.now, dryRun: false)
        let ids = Dictionary(uniqueKeysWithValues: studied.cards.map { ($0.back, $0.id) })
        func answer(_ back: String, _ grade: Grade, on offset: Int) throws {
            let id = try #require(ids[back], "\(ids.keys)")
            let day = d0.adding(days: offset)
            let schedule = try #require(try database.card(id: id, on: day)).schedule
            _ = try database.record(SM2().review(schedule, grade: grade, on: day), cardId: id,
                                    reviewedAt: "\(day.isoDate)T09:00:00+01:00", durationMs: 1000)
        }
        try answer("model factory", .perfect, on: 0)
        try answer("data engine", .perfect, on: 0)
        try answer("ambient computing", .perfect, on: 0)
        try answer("model factory", .perfect, on: 1)
        try answer("data engine", .wrongRecognised, on: 1)
        try answer("ambient computing", .perfect, on: 1)
        try answer("data engine", .hesitant, on: 2)
        var at = recall
        at.now = "2026-11-03T09:00:00+01:00"
        return at
    }

    @Test func theTextDashboardKeepsSectionNamesAndShowsTheMostStudiedNoteFirst() throws {
        let recall = try Self.collection()
        let output = try recall.run(["stats"])
        #expect(output.status == 0)
        let text = output.stdout
        #expect(text.contains("""
            By note (studied most first: cards learned · 30-day retention)
              Progress and bottlenecks in AI and robotics… 3/3 · 67% of 3
              Aardvark notes                               0/3 · – (no reviews)
            """), "\(text)")
        #expect(text.contains("""
            Forgotten most (lapses · 30-day retention · moment to re-watch)
              Progress and bottlenecks in AI and robotics, a long conversation with the lab
                Simulation to real transfer in the big test warehouse · 1 lapse · 50% of 2
                  ▶ 02:00  https://www.youtube.com/watch?v=VID12345678&t=120s
            """), "\(text)")
        #expect(!text.contains("\u{1B}["))
    }

    @Test func theHTMLBarsCarryTheirFigures() throws {
        let recall = try Self.collection()
        let output = try recall.run(["stats", "--html", "-"])
        #expect(output.status == 0)
        #expect(output.stdout.contains("<text class=\"number\" x=\"648\" y=\"15\">50% of 2</text>"), "\(output.stdout)")
        #expect(output.stdout.contains(
            "<text class=\"label\" x=\"0\" y=\"13\">Simulation to real transfer in the big test warehouse ▶ 02:00</text>"))
        #expect(output.stdout.contains(
            "<text class=\"note\" x=\"0\" y=\"27\">Progress and bottlenecks in AI and robotics, a long conversation with…</text>"))
        #expect(output.stdout.contains("<text class=\"number\" x=\"648\" y=\"49\">100% of 1</text>"))
    }

    /// On a terminal (a pseudo-terminal), retention is green at the target and above, red far below it.
    @Test func retentionIsColouredOnATerminalOnly() throws {
        let recall = try Self.collection()
        var environment = ProcessInfo.processInfo.environment
        environment["RECALL_DB"] = recall.database
        environment["RECALL_CONFIG"] = recall.config
        environment["RECALL_NOW"] = recall.now
        environment["TERM"] = "xterm"
        environment.removeValue(forKey: "NO_COLOR")
        let terminal = try PseudoTerminal(executable: RecallProcess.executable, arguments: ["stats"], environment: environment)
        #expect(terminal.waitFor("Forgotten most"))
        #expect(terminal.waitForExit())
        #expect(terminal.waitFor("\u{1B}[31m50% of 2\u{1B}[0m"))
        #expect(terminal.output.contains("\u{1B}[31m67% of 3\u{1B}[0m"))
        environment["NO_COLOR"] = "1"
        let plain = try PseudoTerminal(executable: RecallProcess.executable, arguments: ["stats"], environment: environment)
        #expect(plain.waitFor("Forgotten most"))
        #expect(plain.waitForExit())
        #expect(!plain.output.contains("\u{1B}[31m"))

        // The learner's own target: at 60%, 67% passes (green) and 50% is near it (yellow).
        try Data("retention_target = 60\n".utf8).write(to: URL(fileURLWithPath: recall.config))
        environment.removeValue(forKey: "NO_COLOR")
        let lower = try PseudoTerminal(executable: RecallProcess.executable, arguments: ["stats"], environment: environment)
        #expect(lower.waitFor("Forgotten most"))
        #expect(lower.waitForExit())
        #expect(lower.output.contains("target 60%"))
        #expect(lower.output.contains("\u{1B}[33m50% of 2\u{1B}[0m"))
        #expect(lower.output.contains("\u{1B}[32m67% of 3\u{1B}[0m"))
    }
}
