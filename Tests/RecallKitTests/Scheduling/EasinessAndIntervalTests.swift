import Testing
@testable import RecallKit

extension SchedulingTests {
    @Suite struct EasinessAndInterval {
        let sm2 = SchedulingTests.sm2
        let day = SchedulingTests.day

        @Test func easinessChangesByThePublishedAmountPerGrade() {
            #expect(SM2.easiness(after: 250, grade: .perfect) == 260)
            #expect(SM2.easiness(after: 250, grade: .hesitant) == 250)
            #expect(SM2.easiness(after: 250, grade: .hardPass) == 236)
        }

        @Test func easinessNeverFallsBelowOnePointThree() {
            let nearFloor = SchedulingTests.reviewCard(repetitions: 4, intervalDays: 20, easiness: 140)
            let first = sm2.review(nearFloor, grade: .hardPass, on: day).schedule
            #expect(first.easinessHundredths == 130)
            let second = sm2.review(first, grade: .hardPass, on: day.adding(days: 30)).schedule
            #expect(second.easinessHundredths == 130)
        }

        @Test func failedCardKeepsEasinessAndRestarts() {
            let card = SchedulingTests.reviewCard(repetitions: 3, intervalDays: 15, easiness: 236)
            for grade in [Grade.blackout, .wrongRecognised, .wrongFeltEasy] {
                let after = sm2.review(card, grade: grade, on: day).schedule
                #expect(after.easinessHundredths == 236)
                #expect(after.repetitions == 0)
                #expect(after.intervalDays == 1)
                #expect(after.dueDay == StudyDay(year: 2026, month: 3, day: 11))
                #expect(after.lastReviewDay == day)
            }
        }

        @Test func intervalGrowsWithTheNewEasiness() {
            let card = SchedulingTests.reviewCard(repetitions: 2, intervalDays: 6)
            let after = sm2.review(card, grade: .perfect, on: day).schedule
            #expect(after.easinessHundredths == 260)
            #expect(after.intervalDays == 16)
            #expect(after.dueDay == StudyDay(year: 2026, month: 3, day: 26))
        }

        @Test func intervalIsCappedAtTheMaximum() {
            let card = SchedulingTests.reviewCard(repetitions: 9, intervalDays: 30000)
            #expect(sm2.review(card, grade: .hesitant, on: day).schedule.intervalDays == 36500)
            let capped = SchedulingTests.reviewCard(repetitions: 9, intervalDays: 36500, easiness: 330)
            #expect(sm2.review(capped, grade: .perfect, on: day).schedule.intervalDays == 36500)
            let short = SM2(config: SchedulerConfig(maximumIntervalDays: 10))
            #expect(short.review(card, grade: .hesitant, on: day).schedule.intervalDays == 10)
        }

        @Test func answerKindFollowsTheRepetitionsBefore() {
            let learned = sm2.review(.new, grade: .hesitant, on: day)
            #expect(learned.kind == .learn)
            let reviewed = sm2.review(learned.schedule, grade: .hesitant, on: day.adding(days: 1))
            #expect(reviewed.kind == .review)
            #expect(reviewed.easinessHundredthsBefore == 250)
            #expect(reviewed.intervalDaysBefore == 1)
            #expect(reviewed.intervalDaysAfter == 6)
        }
    }
}
