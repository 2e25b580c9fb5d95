import Testing
@testable import RecallKit

extension SchedulingTests {
    @Suite struct NextIntervals {
        let sm2 = SchedulingTests.sm2
        let day = SchedulingTests.day

        @Test func freshCardShowsOneDayForEveryGrade() {
            let intervals = sm2.nextIntervals(for: .new, on: day)
            #expect(intervals == [
                .blackout: 1, .wrongRecognised: 1, .wrongFeltEasy: 1,
                .hardPass: 1, .hesitant: 1, .perfect: 1,
            ])
        }

        @Test func secondReviewCardShowsGrowthPerGrade() {
            let card = SchedulingTests.reviewCard(repetitions: 2, intervalDays: 6)
            let intervals = sm2.nextIntervals(for: card, on: day)
            #expect(intervals == [
                .blackout: 1, .wrongRecognised: 1, .wrongFeltEasy: 1,
                .hardPass: 15, .hesitant: 15, .perfect: 16,
            ])
        }

        @Test func cardAlreadyScheduledTodayKeepsItsInterval() {
            let card = SchedulingTests.reviewCard(repetitions: 2, intervalDays: 6)
            let answered = sm2.review(card, grade: .hesitant, on: day).schedule
            let intervals = sm2.nextIntervals(for: answered, on: day)
            #expect(Set(intervals.values) == [15])
            #expect(intervals.count == 6)
        }

        @Test func previewAgreesWithTheAnswer() {
            let card = SchedulingTests.reviewCard(repetitions: 5, intervalDays: 40, easiness: 210)
            let intervals = sm2.nextIntervals(for: card, on: day)
            for grade in Grade.allCases {
                #expect(intervals[grade] == sm2.review(card, grade: grade, on: day).schedule.intervalDays)
            }
        }
    }
}
