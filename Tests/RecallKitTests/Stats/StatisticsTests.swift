import Foundation
import Testing
@testable import RecallKit

/// A collection with a known history (scripted grades on fixed days) and
/// every figure of `recall stats` checked exactly.
@Suite struct StatisticsTests {
    static let d0 = StudyDay(year: 2026, month: 11, day: 1)
    let database: AppDatabase
    let ids: [String: String] // answer → card id

    init() throws {
        try self.init(database: AppDatabase.inMemory())
    }

    init(database: AppDatabase) throws {
        self.database = database
        let body = """
            ## Section A

            The lab built a "model factory" for everything \(Notes.anchor("01:00")).

            The team used a "data engine" to improve \(Notes.anchor("02:00")).

            ## Section B

            The robot learned "sim to real transfer" quickly in the big test warehouse \(Notes.anchor("03:00")).

            The company bet on "ambient computing" early \(Notes.anchor("04:00")).
            """
        let note = try Collections.prepared(Notes.note(body, title: "Stats note"), file: "notes/stats.md")
        _ = try database.sync([note], now: Collections.now, dryRun: false)
        ids = Dictionary(uniqueKeysWithValues: note.cards.map { ($0.back, $0.id) })
        try history()
    }

    private func day(_ offset: Int) -> StudyDay { Self.d0.adding(days: offset) }

    private func answer(_ back: String, _ grade: Grade, on offset: Int) throws {
        let id = ids[back]!
        let schedule = try #require(try database.card(id: id, on: day(offset))).schedule
        let outcome = SM2().review(schedule, grade: grade, on: day(offset))
        _ = try database.record(outcome, cardId: id, reviewedAt: "\(day(offset).isoDate)T09:00:00+01:00", durationMs: 1000)
    }

    private func history() throws {
        try answer("model factory", .perfect, on: 0)
        try answer("data engine", .wrongFeltEasy, on: 0)
        try answer("data engine", .hesitant, on: 0) // re-drill
        try answer("model factory", .perfect, on: 1)
        try answer("data engine", .hesitant, on: 1)
        try answer("data engine", .wrongRecognised, on: 2) // lapse
        try answer("model factory", .hesitant, on: 7)
        try answer("model factory", .hardPass, on: 24)
        try database.save(CardSchedule(repetitions: 5, intervalDays: 30, dueDay: day(29), lastReviewDay: day(-1)), cardId: ids["sim to real transfer"]!)
        try database.save(CardSchedule(repetitions: 4, intervalDays: 25, dueDay: day(28), lastReviewDay: day(3)), cardId: ids["ambient computing"]!)
        try answer("ambient computing", .wrongRecognised, on: 28) // mature lapse
        try answer("sim to real transfer", .hesitant, on: 29) // mature pass
        try answer("ambient computing", .hesitant, on: 29)
    }

    private func stats(at time: String) throws -> Statistics {
        try database.statistics(on: Clock(iso8601: time)!.today(rolloverHour: 4))
    }

    @Test func countsCardsByState() throws {
        let cards = try stats(at: "2026-11-30T10:00:00+01:00").cards
        #expect(cards == Statistics.CardCounts(total: 4, new: 0, learning: 1, young: 1, mature: 2, suspended: 0, buried: 0, retired: 0))
    }

    @Test func todayCountsAnswersAndWhatIsStillDue() throws {
        let today = try stats(at: "2026-11-30T10:00:00+01:00").today
        #expect(today.reviewed == 2 && today.passed == 2 && today.timeMs == 2000)
        #expect(today.stillDue == 1)
        #expect(today.newAvailable == 0)
    }

    @Test func theStreakBreaksAtAMissedDayAndWaitsForTheRollover() throws {
        #expect(try stats(at: "2026-11-30T10:00:00+01:00").streakDays == 2)
        #expect(try stats(at: "2026-12-01T03:59:00+01:00").streakDays == 2)
        #expect(try stats(at: "2026-12-01T04:00:00+01:00").streakDays == 2) // today not studied yet
        #expect(try stats(at: "2026-12-02T09:00:00+01:00").streakDays == 0)
        #expect(try stats(at: "2026-11-02T12:00:00+01:00").streakDays == 2)
    }

    @Test func retentionSplitsMatureAndYoung() throws {
        let figures = try stats(at: "2026-11-30T10:00:00+01:00")
        #expect(figures.retention == Statistics.Retention(reviews: 2, passed: 1))
        #expect(figures.retentionYoung == Statistics.Retention(reviews: 4, passed: 3))
        #expect(figures.retention.rate == 0.5)
        let later = try stats(at: "2026-12-20T10:00:00+01:00") // only answers after 2026-11-20 count
        #expect(later.retentionYoung == Statistics.Retention(reviews: 1, passed: 1))
        #expect(later.retention == Statistics.Retention(reviews: 2, passed: 1))
    }

    @Test func forecastCountsOverdueCardsToday() throws {
        let forecast = try stats(at: "2026-11-30T10:00:00+01:00").forecast
        #expect(forecast.count == 30)
        #expect(forecast.first == Statistics.Forecast(date: "2026-11-30", due: 1))
        #expect(forecast[1] == Statistics.Forecast(date: "2026-12-01", due: 1))
        #expect(forecast.dropFirst(2).allSatisfy { $0.due == 0 })
    }

    @Test func heatmapCountsEveryAnswerPerDay() throws {
        let reviews = try stats(at: "2026-11-30T10:00:00+01:00").reviews
        #expect(reviews.count == 365)
        #expect(reviews.last?.date == "2026-11-30")
        let busy = reviews.filter { $0.count > 0 }.map { "\($0.date)=\($0.count)" }
        #expect(busy == ["2026-11-01=3", "2026-11-02=2", "2026-11-03=1", "2026-11-08=1", "2026-11-25=1", "2026-11-29=1", "2026-11-30=2"])
    }

    @Test func perSectionRetentionPointsToTheMomentToRewatch() throws {
        let sources = try stats(at: "2026-11-30T10:00:00+01:00").sources
        let source = try #require(sources.first)
        #expect(sources.count == 1)
        #expect(source.cards == 4 && source.learned == 4 && source.mature == 2 && source.lapses == 2)
        #expect(source.retention == Statistics.Retention(reviews: 6, passed: 4))
        // Without a deck, a note lists the sections it is forgotten most in, worst first.
        #expect(source.sections.map(\.section) == [["Section B"], ["Section A"]])
        #expect(source.sections.map(\.retention) == [Statistics.Retention(reviews: 2, passed: 1), Statistics.Retention(reviews: 4, passed: 3)])
        #expect(source.sections.map(\.rewatch.timestamp) == ["04:00", "02:00"])
        #expect(source.sections[0].rewatch.url == "https://www.youtube.com/watch?v=VID12345678&t=240s")
        // With a deck, every section in source order.
        let deck = try database.statistics(on: day(29), deck: "Stats note").sources
        #expect(deck.first?.sections.map(\.section) == [["Section A"], ["Section B"]])
        #expect(deck.first?.sections.map(\.lapses) == [1, 1])
    }

    @Test func intervalsAreBucketed() throws {
        let intervals = try stats(at: "2026-11-30T10:00:00+01:00").intervals
        #expect(intervals.filter { $0.cards > 0 }.map { "\($0.label)=\($0.cards)" } == ["1d=1", "1–3mo=2"])
    }

    @Test func theJSONHasTheContractShape() throws {
        let figures = try stats(at: "2026-11-30T10:00:00+01:00")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(figures.json.utf8)) as? [String: Any])
        let cards = try #require(json["cards"] as? [String: Int])
        #expect(cards["total"] == 4 && cards["new"] == 0 && cards["learning"] == 1 && cards["young"] == 1
                && cards["mature"] == 2 && cards["suspended"] == 0)
        #expect(json["due_today"] as? Int == 1)
        #expect(json["reviews_today"] as? Int == 2)
        #expect(json["streak_days"] as? Int == 2)
        #expect(json["retention"] as? Double == 0.5)
        let forecast = try #require(json["forecast"] as? [[String: Any]])
        #expect(forecast.count == 30 && forecast[0]["date"] as? String == "2026-11-30" && forecast[0]["due"] as? Int == 1)
        let reviews = try #require(json["reviews"] as? [[String: Any]])
        #expect(reviews.count == 365 && reviews.last?["count"] as? Int == 2)
        let sources = try #require(json["sources"] as? [[String: Any]])
        let sections = try #require(sources.first?["sections"] as? [[String: Any]])
        #expect(sections.map { ($0["retention"] as? [String: Any])?["rate"] as? Double } == [0.5, 0.75])
        #expect((sections[0]["rewatch"] as? [String: Any])?["seconds"] as? Int == 240)
    }

    @Test func aDeckFilterLeavesOtherDecksOut() throws {
        let other = try database.statistics(on: day(29), deck: "nothing::")
        #expect(other.cards.total == 0 && other.reviews.allSatisfy { $0.count == 0 } && other.streakDays == 0)
        #expect(try database.statistics(on: day(29), deck: "channel::").cards.total == 4)
    }

    @Test func retentionFromTheDayCountsEqualsRetentionFromTheLog() throws {
        // Without a deck the retention figures come from `reviewDay`'s counts, with one from the log itself.
        func figures(_ deck: String?) throws -> [String] {
            let stats = try database.statistics(on: day(29), deck: deck)
            return ["\(stats.retention)", "\(stats.retentionYoung)", "\(stats.retentionByWeek)"]
        }
        #expect(try figures(nil) == figures("Stats note"))
        #expect(try database.statistics(on: day(29)).retention == Statistics.Retention(reviews: 2, passed: 1))
        // An answer counts at once, and one taken back leaves the counts as they were.
        func both() throws -> [Statistics.Retention] {
            let stats = try database.statistics(on: day(29))
            return [stats.retention, stats.retentionYoung]
        }
        let before = try both()
        let id = ids["model factory"]!
        let schedule = try #require(try database.card(id: id, on: day(29))).schedule
        let receipt = try database.record(SM2().review(schedule, grade: .wrongRecognised, on: day(29)), cardId: id,
                                          reviewedAt: "2026-11-30T10:00:00+01:00", durationMs: 1000)
        // Its interval was 21 days or more: a failed mature review.
        #expect(try both() == [Statistics.Retention(reviews: before[0].reviews + 1, passed: before[0].passed), before[1]])
        #expect(try figures(nil) == figures("Stats note"))
        try database.undo(receipt)
        #expect(try both() == before)
        #expect(try figures(nil) == figures("Stats note"))
    }

    @Test func aCollectionFileGivesTheSameFiguresAsOneInMemory() throws {
        // On a file the census and the log figures are read on two connections at once.
        let path = try Collections.temporaryDirectory().appendingPathComponent("c.sqlite").path
        let onFile = try StatisticsTests(database: AppDatabase.open(path: path))
        for deck in [nil, "Stats note"] {
            #expect(try onFile.database.statistics(on: day(29), deck: deck) == database.statistics(on: day(29), deck: deck))
        }
    }
}
