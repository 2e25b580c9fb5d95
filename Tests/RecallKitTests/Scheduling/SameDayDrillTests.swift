import Testing
@testable import RecallKit

extension SchedulingTests {
    @Suite struct SameDayDrills {
        let sm2 = SchedulingTests.sm2
        let day = SchedulingTests.day

        @Test func secondAnswerOnTheSameDayChangesNothing() {
            let card = SchedulingTests.reviewCard(repetitions: 3, intervalDays: 15)
            let first = sm2.review(card, grade: .wrongRecognised, on: day)
            #expect(first.kind == .review)
            #expect(first.needsRedrill)
            for grade in Grade.allCases {
                let drill = sm2.review(first.schedule, grade: grade, on: day)
                #expect(drill.kind == .drill)
                #expect(!drill.scheduled)
                #expect(!drill.becameLeech)
                #expect(drill.schedule == first.schedule)
                #expect(drill.previous == first.schedule)
            }
        }

        @Test func drillLeavesLapsesAlone() {
            let card = SchedulingTests.reviewCard(repetitions: 3, intervalDays: 15)
            let failed = sm2.review(card, grade: .blackout, on: day).schedule
            #expect(failed.lapses == 1)
            let drill = sm2.review(failed, grade: .blackout, on: day)
            #expect(drill.schedule.lapses == 1)
            #expect(!drill.lapsed)
        }

        @Test func gradesBelowFourComeBackInTheSession() {
            let card = SchedulingTests.reviewCard(repetitions: 3, intervalDays: 15)
            let redrilled = Grade.allCases.filter { sm2.review(card, grade: $0, on: day).needsRedrill }
            #expect(redrilled == [.blackout, .wrongRecognised, .wrongFeltEasy, .hardPass])
            let failed = sm2.review(card, grade: .blackout, on: day).schedule
            #expect(sm2.review(failed, grade: .hardPass, on: day).needsRedrill)
            #expect(!sm2.review(failed, grade: .hesitant, on: day).needsRedrill)
        }

        @Test func nextDayAnswerSchedulesAgain() {
            let failed = sm2.review(.new, grade: .blackout, on: day).schedule
            let nextDay = sm2.review(failed, grade: .hesitant, on: day.adding(days: 1))
            #expect(nextDay.scheduled)
            #expect(nextDay.kind == .learn)
            #expect(nextDay.schedule.repetitions == 1)
        }
    }
}
