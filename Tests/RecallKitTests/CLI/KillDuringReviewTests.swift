import Foundation
import Testing
@testable import RecallKit

/// `recall review` on a pseudo-terminal, answered with keys, then killed with
/// SIGKILL: every answered card keeps its state and log row, the rest none.
@Suite(.serialized) struct KillDuringReviewTests {
    @Test func sigkillLosesNoAnsweredCard() throws {
        let (recall, folder) = try RecallProcess.withFreshCollection()
        // Cards of their own claims (no siblings buried with an answer), more than the 20 new a day.
        let note = folder.appendingPathComponent("many-claims.md")
        try Data(Notes.manyClaims(30).utf8).write(to: note)
        #expect(try recall.run(["generate", note.path]).status == 0)
        var environment = ProcessInfo.processInfo.environment
        environment["RECALL_DB"] = recall.database
        environment["RECALL_CONFIG"] = recall.config
        environment["RECALL_NOW"] = "2026-11-26T09:00:00+01:00"
        environment["TERM"] = "xterm-256color"
        environment["NO_COLOR"] = "1"
        let terminal = try PseudoTerminal(executable: RecallProcess.executable, arguments: ["review"], environment: environment)
        #expect(terminal.waitFor("show answer"))
        terminal.send(" ")
        #expect(terminal.waitFor("a/h/g/e grade"))
        terminal.send("g")
        #expect(terminal.waitFor("new 19"))
        terminal.send(" ")
        #expect(terminal.waitFor("a/h/g/e grade"))
        terminal.send("a")
        #expect(terminal.waitFor("again 1"))
        terminal.send(" ")
        #expect(terminal.waitFor("a/h/g/e grade"))
        terminal.killHard()
        #expect(terminal.process.terminationReason == .uncaughtSignal)

        let database = try AppDatabase.open(path: recall.database)
        let day = StudyDay(year: 2026, month: 11, day: 26)
        let log = try database.reviewLog()
        #expect(log.map(\.grade) == [.hesitant, .wrongRecognised])
        #expect(Set(log.map(\.cardId)).count == 2)
        let cards = try database.cards(on: day)
        let answered = cards.filter { $0.schedule.lastReviewDay != nil }
        #expect(Set(answered.map(\.id)) == Set(log.map(\.cardId)))
        let good = try #require(cards.first { $0.id == log[0].cardId })
        #expect(good.schedule.repetitions == 1 && good.schedule.dueDay == day.adding(days: 1))
        let again = try #require(cards.first { $0.id == log[1].cardId })
        #expect(again.schedule.repetitions == 0 && again.schedule.lastReviewDay == day)
        #expect(cards.filter { $0.state == .new }.count == cards.count - 2)
    }

    @Test func aSecondReviewOnTheSameCollectionSaysItIsInUse() throws {
        let (recall, _) = try RecallProcess.withFreshCollection()
        try recall.run(["generate", "seeds/"])
        var environment = ProcessInfo.processInfo.environment
        environment["RECALL_DB"] = recall.database
        environment["RECALL_CONFIG"] = recall.config
        environment["RECALL_NOW"] = "2026-11-26T09:00:00+01:00"
        environment["TERM"] = "xterm"
        let first = try PseudoTerminal(executable: RecallProcess.executable, arguments: ["review"], environment: environment)
        #expect(first.waitFor("show answer"))
        let second = try recall.run(["review"], input: "q\n")
        #expect(second.status == 1)
        #expect(second.stderr.contains("another review session"))
        first.send("q")
        first.process.waitUntilExit()
        #expect(first.process.terminationStatus == 0)
        #expect(try recall.run(["review"], input: "q\n").status == 0)
    }

    @Test func twoGeneratorsAtOnceLeaveTheCollectionWhole() throws {
        let (recall, _) = try RecallProcess.withFreshCollection()
        let group = DispatchGroup()
        let results = ResultBox()
        for folder in ["seeds/", "Tests/RecallKitTests/Fixtures/corpus"] {
            group.enter()
            DispatchQueue.global().async {
                let output = try? recall.run(["generate", folder])
                results.append(output?.status ?? -1)
                group.leave()
            }
        }
        group.wait()
        #expect(results.values == [0, 0])
        let database = try AppDatabase.open(path: recall.database)
        let check = try database.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        #expect(check == "ok")
        #expect(try database.decks(on: StudyDay(year: 2026, month: 11, day: 26)).count == 11)
    }
}

final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [Int32] = []
    func append(_ value: Int32) { lock.lock(); items.append(value); lock.unlock() }
    var values: [Int32] { lock.lock(); defer { lock.unlock() }; return items.sorted() }
}
