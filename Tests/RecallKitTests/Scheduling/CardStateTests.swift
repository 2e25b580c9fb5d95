import Testing
@testable import RecallKit

extension SchedulingTests {
    @Suite struct CardStates {
        let sm2 = SchedulingTests.sm2
        let day = SchedulingTests.day

        @Test func neverAnsweredCardIsNew() {
            #expect(CardSchedule.new.state(on: day) == .new)
            #expect(!CardSchedule.new.isDue(on: day))
        }

        @Test func failedFirstAnswerIsLearning() {
            let failed = sm2.review(.new, grade: .blackout, on: day).schedule
            #expect(failed.state(on: day) == .learning)
        }

        @Test func reviewCardsAreYoungBelowTwentyOneDaysAndMatureFrom() {
            #expect(SchedulingTests.reviewCard(repetitions: 3, intervalDays: 20).state(on: day) == .young)
            #expect(SchedulingTests.reviewCard(repetitions: 3, intervalDays: 21).state(on: day) == .mature)
        }

        @Test func buriedUntilALaterDay() {
            var card = SchedulingTests.reviewCard(repetitions: 3, intervalDays: 30)
            card.buriedUntil = day.adding(days: 1)
            #expect(card.state(on: day) == .buried)
            #expect(!card.isDue(on: day))
            #expect(card.state(on: day.adding(days: 1)) == .mature)
            #expect(card.isDue(on: day.adding(days: 1)))
        }

        @Test func suspensionWinsOverEverything() {
            var card = SchedulingTests.reviewCard(repetitions: 3, intervalDays: 30)
            card.buriedUntil = day.adding(days: 1)
            card.isSuspended = true
            #expect(card.state(on: day) == .suspended)
            #expect(!card.isDue(on: day))
        }

        @Test func dueFromItsDueDayOn() {
            let card = SchedulingTests.reviewCard(repetitions: 3, intervalDays: 15)
            #expect(!card.isDue(on: day.adding(days: -1)))
            #expect(card.isDue(on: day))
            #expect(card.isDue(on: day.adding(days: 5)))
        }

        @Test func easinessIsWrittenWithTwoDecimals() {
            #expect(CardSchedule(easinessHundredths: 236).easinessText == "2.36")
            #expect(CardSchedule(easinessHundredths: 130).easinessText == "1.30")
            #expect(CardSchedule(easinessHundredths: 305).easinessText == "3.05")
        }

        @Test func stateNamesAreStable() {
            #expect(CardState.allCases.map(\.rawValue)
                == ["new", "learning", "young", "mature", "suspended", "buried", "retired"])
        }
    }
}
