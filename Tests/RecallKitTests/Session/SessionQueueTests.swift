import Foundation
import Testing
@testable import RecallKit

/// Today's queue read from the indexes a page at a time: the order and the
/// limits hold across page boundaries, and the counts are exact.
@Suite struct SessionQueueTests {
    private let database: AppDatabase
    private let ids: [String]
    private let today = StudyDay(year: 2026, month: 11, day: 26)

    /// 150 cards of one note; the first `due` made due reviews, each `overdue(i)` days overdue.
    init() throws {
        database = try AppDatabase.inMemory()
        _ = try database.sync([try Notes.preparedClaims(150)], now: Collections.now, dryRun: false)
        ids = try database.cards(on: StudyDay(year: 2026, month: 11, day: 26)).map(\.id)
    }

    private func makeDue(_ count: Int, overdue: (Int) -> Int) throws {
        for index in 0..<count {
            var schedule = try #require(try database.card(id: ids[index], on: today)).schedule
            schedule.repetitions = 2
            schedule.intervalDays = 6
            schedule.lastReviewDay = today.adding(days: -6 - overdue(index))
            schedule.dueDay = today.adding(days: -overdue(index))
            try database.save(schedule, cardId: ids[index])
            // Introduced on its first answer, long ago.
            try database.write { db in
                try db.execute(sql: "UPDATE cardState SET introducedDay = ? WHERE cardId = ?",
                               arguments: [today.adding(days: -60).daysSince1970, ids[index]])
            }
        }
    }

    private func serve(_ options: ReviewSession.Options, answer count: Int) throws -> [(String, DailyQueue.Kind)] {
        let session = try ReviewSession(database: database, clock: Clock(iso8601: "2026-11-26T09:00:00+01:00")!,
                                        options: options, now: { Date(timeIntervalSince1970: 1_800_000_000) })
        var served: [(String, DailyQueue.Kind)] = []
        for _ in 0..<count {
            guard let shown = try session.current() else { break }
            served.append((shown.card.id, shown.kind))
            _ = try session.answer(.perfect, durationMs: 1)
        }
        return served
    }

    @Test func reviewsMostOverdueFirstAcrossPagesThenNewInSourceOrder() throws {
        // 100 due reviews (more than a page): card i is (i % 3) days overdue.
        try makeDue(100) { $0 % 3 }
        let session = try ReviewSession(database: database, clock: Clock(iso8601: "2026-11-26T09:00:00+01:00")!,
                                        options: .init(newCards: 5, reviews: 90))
        #expect(session.counts == DailyQueue.Counts(new: 5, review: 90, redrill: 0))
        let served = try serve(.init(newCards: 5, reviews: 90), answer: 200)
        let mostOverdueFirst: [Int] = [2, 1, 0].flatMap { overdue in (0..<100).filter { $0 % 3 == overdue } }
        let expectedReviews = mostOverdueFirst.prefix(90).map { ids[$0] }
        #expect(served.count == 95)
        #expect(served.prefix(90).map(\.0) == Array(expectedReviews))
        #expect(served.prefix(90).allSatisfy { $0.1 == .review })
        #expect(served.suffix(5).map(\.0) == Array(ids[100..<105]))
        #expect(served.suffix(5).allSatisfy { $0.1 == .new })
    }

    @Test func aSecondSessionTheSameDayTakesUpWhereTheLimitsLeaveIt() throws {
        try makeDue(70) { _ in 1 }
        let first = try serve(.init(newCards: 10, reviews: 65), answer: 40)
        #expect(first.count == 40 && first.allSatisfy { $0.1 == .review })
        let session = try ReviewSession(database: database, clock: Clock(iso8601: "2026-11-26T18:00:00+01:00")!,
                                        options: .init(newCards: 10, reviews: 65))
        #expect(session.counts == DailyQueue.Counts(new: 10, review: 25, redrill: 0))
        let second = try serve(.init(newCards: 10, reviews: 65), answer: 100)
        #expect(second.map(\.0) == Array(ids[40..<65]) + Array(ids[70..<80]))
    }
}
