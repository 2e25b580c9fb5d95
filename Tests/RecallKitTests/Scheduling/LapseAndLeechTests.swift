import Testing
@testable import RecallKit

extension SchedulingTests {
    @Suite struct LapsesAndLeeches {
        let sm2 = SchedulingTests.sm2
        let day = SchedulingTests.day

        @Test func failingANewOrLearningCardIsNoLapse() {
            let failedNew = sm2.review(.new, grade: .blackout, on: day)
            #expect(failedNew.schedule.lapses == 0)
            #expect(!failedNew.lapsed)
            let failedAgain = sm2.review(failedNew.schedule, grade: .wrongRecognised, on: day.adding(days: 1))
            #expect(failedAgain.schedule.lapses == 0)
        }

        @Test func failingAfterASuccessIsOneLapse() {
            let passed = sm2.review(.new, grade: .hesitant, on: day).schedule
            let failed = sm2.review(passed, grade: .wrongFeltEasy, on: day.adding(days: 1))
            #expect(failed.lapsed)
            #expect(failed.schedule.lapses == 1)
            #expect(!failed.becameLeech)
        }

        /// Passes and fails the card on alternate days, `count` lapses in all,
        /// unsuspending it like a user would, and records each `becameLeech`.
        func leechFlags(forLapses count: Int) -> [Bool] {
            var card = CardSchedule.new
            var day = self.day
            var flags: [Bool] = []
            for _ in 1...count {
                card = sm2.review(card, grade: .hesitant, on: day).schedule
                let failed = sm2.review(card, grade: .wrongRecognised, on: day.adding(days: 1))
                flags.append(failed.becameLeech)
                #expect(failed.schedule.isSuspended == failed.becameLeech)
                card = failed.schedule
                card.isSuspended = false
                day = day.adding(days: 2)
            }
            return flags
        }

        @Test func cardBecomesALeechAtExactlyEightLapsesAndAgainAtTwelve() {
            let flags = leechFlags(forLapses: 16)
            let leechLapses = flags.indices.filter { flags[$0] }.map { $0 + 1 }
            #expect(leechLapses == [8, 12, 16])
        }

        @Test func leechIsTaggedAndSuspended() {
            let card = CardSchedule(
                repetitions: 3, intervalDays: 15, dueDay: day, lapses: 7,
                lastReviewDay: day.adding(days: -15))
            let outcome = sm2.review(card, grade: .blackout, on: day)
            #expect(outcome.becameLeech)
            #expect(outcome.schedule.lapses == 8)
            #expect(outcome.schedule.isLeech)
            #expect(outcome.schedule.isSuspended)
            #expect(outcome.schedule.state(on: day) == .suspended)
        }

        @Test func passingALeechCandidateDoesNotFlagIt() {
            let card = CardSchedule(
                repetitions: 3, intervalDays: 15, dueDay: day, lapses: 7,
                lastReviewDay: day.adding(days: -15))
            let outcome = sm2.review(card, grade: .hardPass, on: day)
            #expect(!outcome.becameLeech)
            #expect(outcome.schedule.lapses == 7)
            #expect(!outcome.schedule.isLeech)
        }
    }
}
