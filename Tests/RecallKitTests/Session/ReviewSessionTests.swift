import Foundation
import Testing
@testable import RecallKit

@Suite struct ReviewSessionTests {
    private let database: AppDatabase
    /// Enough cards for 75 new ones in a session (and 64 answers a day for days), whatever the seed gives.
    private static let claims = 80

    init() throws {
        database = try AppDatabase.inMemory()
        _ = try database.sync([try Notes.preparedClaims(Self.claims)], now: Collections.now, dryRun: false)
    }

    private func clock(_ text: String) -> Clock { Clock(iso8601: text)! }

    private func session(_ time: String = "2026-11-26T09:00:00+01:00", options: ReviewSession.Options = .init()) throws -> ReviewSession {
        try ReviewSession(database: database, clock: clock(time), options: options, now: { Date(timeIntervalSince1970: 1_800_000_000) })
    }

    @Test func anAnswerIsStoredWithItsLogRowAtOnce() throws {
        let review = try session()
        let first = try #require(try review.current())
        #expect(first.kind == .new)
        let result = try #require(try review.answer(.hesitant, durationMs: 1200))
        let stored = try #require(try database.card(id: first.card.id, on: review.day))
        #expect(stored.schedule == result.outcome.schedule)
        #expect(stored.schedule.dueDay == StudyDay(year: 2026, month: 11, day: 27))
        let log = try database.reviewLog()
        #expect(log.count == 1)
        #expect(log[0].cardId == first.card.id)
        #expect(log[0].grade == .hesitant)
        #expect(log[0].kind == .learn)
        #expect(log[0].durationMs == 1200)
        #expect(log[0].day == StudyDay(year: 2026, month: 11, day: 26))
    }

    @Test func undoRestoresTheScheduleAndRemovesTheLogRow() throws {
        let review = try session()
        let first = try #require(try review.current())
        _ = try review.answer(.hesitant, durationMs: 10)
        let second = try #require(try review.current())
        let before = second.card.schedule
        _ = try review.answer(.wrongRecognised, durationMs: 10)
        #expect(try database.reviewLog().count == 2)
        #expect(review.counts.redrill == 1)
        #expect(try review.undo())
        #expect(try database.reviewLog().map(\.cardId) == [first.card.id])
        #expect(try database.card(id: second.card.id, on: review.day)?.schedule == before)
        #expect(try review.current()?.card.id == second.card.id)
        #expect(review.counts.redrill == 0)
        #expect(review.summary.answers == 1)
    }

    @Test func failedCardsComeBackLastWithoutRescheduling() throws {
        let review = try session(options: .init(newCards: 2))
        let first = try #require(try review.current())
        _ = try review.answer(.blackout, durationMs: 1)
        let afterFail = try #require(try database.card(id: first.card.id, on: review.day)).schedule
        _ = try review.answer(.hesitant, durationMs: 1)
        let redrill = try #require(try review.current())
        #expect(redrill.card.id == first.card.id)
        #expect(redrill.kind == .redrill)
        _ = try review.answer(.hardPass, durationMs: 1)
        #expect(try review.current()?.kind == .redrill)
        _ = try review.answer(.perfect, durationMs: 1)
        #expect(try review.current() == nil)
        #expect(try database.card(id: first.card.id, on: review.day)?.schedule == afterFail)
        #expect(try database.reviewLog(cardId: first.card.id).map(\.kind) == [.learn, .drill, .drill])
    }

    @Test func newCardsFollowTheDailyLimitAcrossSessions() throws {
        let morning = try session()
        #expect(morning.counts.new == 20)
        for _ in 0..<5 { _ = try morning.answer(.perfect, durationMs: 1) }
        let evening = try session("2026-11-26T20:00:00+01:00")
        #expect(evening.counts.new == 15)
        let limited = try session("2026-11-26T21:00:00+01:00", options: .init(newCards: 7))
        #expect(limited.counts.new == 2)
    }

    @Test func dueReviewsComeFirstMostOverdueFirst() throws {
        let day1 = try session()
        let first = try #require(try day1.current()).card.id
        _ = try day1.answer(.perfect, durationMs: 1)
        let second = try #require(try day1.current()).card.id
        _ = try day1.answer(.perfect, durationMs: 1)
        var schedule = try #require(try database.card(id: second, on: day1.day)).schedule
        schedule.dueDay = StudyDay(year: 2026, month: 11, day: 20)
        try database.save(schedule, cardId: second)
        let later = try session("2026-11-28T09:00:00+01:00")
        #expect(later.counts.review == 2)
        #expect(try later.current()?.card.id == second)
        _ = try later.answer(.hesitant, durationMs: 1)
        #expect(try later.current()?.card.id == first)
        #expect(try later.current()?.kind == .review)
        _ = try later.answer(.hesitant, durationMs: 1)
        #expect(try later.current()?.kind == .new)
    }

    @Test func theStudyDayRollsOverAtFourInTheMorning() throws {
        let late = try session("2026-11-27T03:59:00+01:00")
        #expect(late.day == StudyDay(year: 2026, month: 11, day: 26))
        let early = try session("2026-11-27T04:00:00+01:00")
        #expect(early.day == StudyDay(year: 2026, month: 11, day: 27))
        _ = try late.answer(.perfect, durationMs: 1)
        #expect(try database.reviewLog().first?.day == StudyDay(year: 2026, month: 11, day: 26))
    }

    @Test func buryingHidesACardUntilTomorrow() throws {
        let today = try session()
        let buried = try #require(try today.current()).card.id
        try today.bury()
        #expect(try today.current()?.card.id != buried)
        #expect(try session("2026-11-26T18:00:00+01:00").current()?.card.id != buried)
        #expect(try session("2026-11-27T09:00:00+01:00").current()?.card.id == buried)
        #expect(try database.reviewLog().isEmpty)
    }

    /// A suspended card leaves the session with its re-drill; undo puts both back where they were.
    @Test func suspendingTakesTheCardAndItsRedrillOutAndUndoPutsThemBack() throws {
        let review = try session(options: .init(newCards: 2))
        let first = try #require(try review.current()).card.id
        _ = try review.answer(.blackout, durationMs: 1) // comes back as a re-drill at the end
        let second = try #require(try review.current()).card.id
        _ = try review.answer(.hesitant, durationMs: 1)
        #expect(review.counts == DailyQueue.Counts(new: 0, review: 0, redrill: 1))
        #expect(try review.current()?.card.id == first)
        try review.suspend()
        #expect(try review.current() == nil)
        #expect(try database.card(id: first, on: review.day)?.state == .suspended)
        #expect(try review.undoLast() == .suspend)
        #expect(try database.card(id: first, on: review.day)?.state != .suspended)
        #expect(try review.current()?.card.id == first && (try review.current()?.kind) == .redrill)
        #expect(try database.reviewLog().map(\.cardId) == [first, second])
    }

    /// The new-card limit counts cards introduced: a buried new card frees its
    /// place for the next one, as a session started again would see it.
    @Test func aBuriedNewCardFreesItsPlaceUnderTheLimit() throws {
        let review = try session(options: .init(newCards: 2))
        #expect(review.counts == DailyQueue.Counts(new: 2, review: 0, redrill: 0))
        let buried = try #require(try review.current()).card.id
        try review.bury()
        #expect(review.counts == DailyQueue.Counts(new: 2, review: 0, redrill: 0))
        let second = try #require(try review.current()).card.id
        _ = try review.answer(.hesitant, durationMs: 1)
        let third = try #require(try review.current()).card.id
        #expect(Set([buried, second, third]).count == 3)
        #expect(try session(options: .init(newCards: 2)).counts == DailyQueue.Counts(new: 1, review: 0, redrill: 0))
        #expect(try review.undoLast() == .answer)
        #expect(try review.undoLast() == .bury)
        #expect(try review.current()?.card.id == buried)
        #expect(review.counts == DailyQueue.Counts(new: 2, review: 0, redrill: 0))
    }

    /// An edit from the session is stored as the learner's and shown at once.
    @Test func anEditFromTheSessionShowsAtOnce() throws {
        let review = try session()
        let card = try #require(try review.current()).card
        let changes = try review.edit(front: nil, back: "my answer")
        #expect(changes.map(\.line) == ["Edited \(card.id): \(CardCommands.short(card.front))"])
        #expect(try review.current()?.card.back == "my answer")
        #expect(try review.current()?.card.front == card.front)
        #expect(try review.shownText().back == "my answer")
    }

    @Test func aLeechIsSuspendedAndReported() throws {
        let review = try session()
        let id = try #require(try review.current()).card.id
        var schedule = CardSchedule(repetitions: 3, easinessHundredths: 200, intervalDays: 10,
                                    dueDay: StudyDay(year: 2026, month: 11, day: 26), lapses: 7,
                                    lastReviewDay: StudyDay(year: 2026, month: 11, day: 16))
        try database.save(schedule, cardId: id)
        let due = try session("2026-11-26T10:00:00+01:00")
        #expect(try due.current()?.card.id == id)
        let result = try #require(try due.answer(.blackout, durationMs: 1))
        #expect(result.outcome.becameLeech)
        #expect(!result.redrill)
        schedule = try #require(try database.card(id: id, on: due.day)).schedule
        #expect(schedule.isLeech && schedule.isSuspended && schedule.lapses == 8)
        #expect(try due.finish().leeches == [id])
        #expect(try session("2026-11-27T10:00:00+01:00").current()?.card.id != id)
    }

    @Test func theReviewLimitCountsReviewsDoneEarlier() throws {
        let first = try session(options: .init(newCards: 3))
        for _ in 0..<3 { _ = try first.answer(.perfect, durationMs: 1) }
        let next = try session("2026-11-27T09:00:00+01:00", options: .init(newCards: 0, reviews: 2))
        #expect(next.counts.review == 2)
        _ = try next.answer(.perfect, durationMs: 1)
        let again = try session("2026-11-27T10:00:00+01:00", options: .init(newCards: 0, reviews: 2))
        #expect(again.counts.review == 1)
    }

    @Test func aLongReviewOnAFileCheckpointsInTheBackgroundAndKeepsEveryAnswer() throws {
        let path = try Collections.temporaryDirectory().appendingPathComponent("c.sqlite").path
        let onFile = try AppDatabase.open(path: path)
        _ = try onFile.sync([try Notes.preparedClaims(Self.claims)], now: Collections.now, dryRun: false)
        func autocheckpoint() throws -> Int? {
            try onFile.readOnWriter { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") }
        }
        let review = try ReviewSession(database: onFile, clock: clock("2026-11-26T09:00:00+01:00"),
                                       options: .init(newCards: 75), now: { Date(timeIntervalSince1970: 1_800_000_000) })
        #expect(try autocheckpoint() == 0) // the writer leaves checkpoints to the background connection
        var answered = 0
        while answered < 100, try review.current() != nil {
            _ = try review.answer(answered % 3 == 0 ? .wrongRecognised : .hesitant, durationMs: 900)
            answered += 1
        }
        #expect(answered == 100) // a background checkpoint after 64, and re-drills past the 75 new cards
        _ = try review.finish()
        #expect(try autocheckpoint() == 1000)
        let reopened = try AppDatabase.open(path: path)
        #expect(try reopened.reviewLog().count == 100)
        #expect(try reopened.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") } == "ok")
    }

    @Test func aReviewLeftWithoutFinishingWhileACheckpointRunsEndsCleanly() throws {
        let path = try Collections.temporaryDirectory().appendingPathComponent("c.sqlite").path
        let onFile = try AppDatabase.open(path: path)
        _ = try onFile.sync([try Notes.preparedClaims(Self.claims)], now: Collections.now, dryRun: false)
        var answered = 0
        for round in 0..<3 {
            // The 64th answer starts a background checkpoint; the session is dropped at once, unfinished.
            var review: ReviewSession? = try ReviewSession(
                database: onFile, clock: clock("2026-11-2\(6 + round)T09:00:00+01:00"), options: .init(newCards: 75, reviews: 200),
                now: { Date(timeIntervalSince1970: 1_800_000_000) })
            for _ in 0..<64 where try review?.answer(.hesitant, durationMs: 900) != nil { answered += 1 }
            review = nil
        }
        #expect(answered >= 64 * 2) // days 1 and 2 reach a background checkpoint
        #expect(try onFile.reviewLog().count == answered)
        #expect(try onFile.readOnWriter { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") } == 1000)
    }
}
