import Foundation
@testable import RecallKit

/// Review sessions driven by a seeded generator: random grades (most of
/// them failing, so cards lapse, are re-drilled and become leeches), undo,
/// bury and quitting, with answers often in the same second.
struct RandomStudy {
    struct Coverage {
        var answers = 0, drills = 0, undos = 0, buries = 0, sameSecondTwins = 0, leeches = 0
    }

    /// The time the sessions see; moved by hand, never read from the system.
    final class HandClock: @unchecked Sendable {
        var now = Date()
    }

    private var random: SeededGenerator
    private let config: SchedulerConfig
    private var undos = 0, buries = 0

    init(seed: UInt64, config: SchedulerConfig) {
        random = SeededGenerator(seed: seed)
        self.config = config
    }

    static let zone = TimeZone(secondsFromGMT: 3600)!

    /// 2026-11-10 plus `offset` days.
    static func studyDay(_ offset: Int) -> StudyDay { StudyDay(year: 2026, month: 11, day: 10).adding(days: offset) }

    /// Days until the next session: usually the next day, sometimes two or three.
    mutating func skip() -> Int { [1, 1, 1, 2, 3].randomElement(using: &random)! }

    /// One session on the day `offset`, from 09:00, until the queue is empty, a quit, or 80 steps.
    mutating func session(on database: AppDatabase, day offset: Int) throws {
        let clock = HandClock()
        clock.now = Clock(iso8601: "\(Self.studyDay(offset).isoDate)T09:00:00+01:00")!.now
        let session = try ReviewSession(database: database, clock: Clock(now: clock.now, timeZone: Self.zone), config: config,
                                        options: .init(newCards: Int.random(in: 3...8, using: &random)), now: { clock.now })
        for _ in 0..<80 {
            guard try session.current() != nil else { break }
            let roll = Int.random(in: 0..<100, using: &random)
            if roll < 3 { break }
            if roll < 10, session.canUndo {
                try session.undo()
                undos += 1
            } else if roll < 15 {
                try session.bury()
                buries += 1
            } else {
                // Mostly in the same second as the answer before.
                if Int.random(in: 0..<4, using: &random) == 0 { clock.now += Double(Int.random(in: 1...20, using: &random)) }
                // "again" most of all, so missed cards are re-drilled and answered alike.
                let grade = Grade(rawValue: [0, 1, 1, 1, 2, 3, 4, 4, 5].randomElement(using: &random)!)!
                _ = try session.answer(grade, durationMs: [0, 0, 0, 2000].randomElement(using: &random)!)
            }
        }
        _ = try session.finish()
    }

    func coverage(of database: AppDatabase) throws -> Coverage {
        let log = try database.backup().reviewLog
        var seen: [Backup.Review: Int] = [:]
        for review in log { seen[review.content, default: 0] += 1 }
        return Coverage(answers: log.count, drills: log.filter { $0.kind == "drill" }.count, undos: undos, buries: buries,
                        sameSecondTwins: seen.values.filter { $0 > 1 }.count,
                        leeches: try database.backup().cards.filter(\.schedule.leech).count)
    }
}
