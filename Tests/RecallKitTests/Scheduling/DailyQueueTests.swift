import Testing
@testable import RecallKit

extension SchedulingTests {
    @Suite struct DailyQueueOrder {
        let day = SchedulingTests.day

        func review(_ id: String, ordinal: Int, overdue: Int) -> DailyQueue.Candidate {
            .init(cardID: id, ordinal: ordinal, dueDay: day.adding(days: -overdue))
        }

        func new(_ id: String, ordinal: Int) -> DailyQueue.Candidate {
            .init(cardID: id, ordinal: ordinal)
        }

        @Test func mostOverdueReviewsComeFirstThenNewThenRedrills() {
            let queue = DailyQueue(
                day: day,
                reviews: [review("r1", ordinal: 1, overdue: 0), review("r2", ordinal: 2, overdue: 5),
                          review("r3", ordinal: 3, overdue: 2)],
                newCards: [new("n9", ordinal: 9), new("n4", ordinal: 4)],
                redrills: [new("d2", ordinal: 2), new("d1", ordinal: 1)])
            #expect(queue.entries.map(\.cardID) == ["r2", "r3", "r1", "n4", "n9", "d2", "d1"])
            #expect(queue.entries.map(\.kind) == [.review, .review, .review, .new, .new, .redrill, .redrill])
            #expect(queue.first == DailyQueue.Entry(cardID: "r2", kind: .review))
        }

        @Test func equallyOverdueReviewsFollowSourceOrder() {
            let queue = DailyQueue(
                day: day,
                reviews: [review("b", ordinal: 7, overdue: 3), review("a", ordinal: 2, overdue: 3)],
                newCards: [])
            #expect(queue.entries.map(\.cardID) == ["a", "b"])
        }

        @Test func reviewsNotYetDueAreLeftOut() {
            let queue = DailyQueue(
                day: day, reviews: [review("later", ordinal: 1, overdue: -1), review("now", ordinal: 2, overdue: 0)],
                newCards: [])
            #expect(queue.entries.map(\.cardID) == ["now"])
        }

        @Test func limitsCountWhatWasAlreadyDoneToday() {
            let config = SchedulerConfig(newCardsPerDay: 3, reviewsPerDay: 4)
            let queue = DailyQueue(
                day: day, config: config, newIntroducedToday: 1, reviewsDoneToday: 2,
                reviews: (1...5).map { review("r\($0)", ordinal: $0, overdue: $0) },
                newCards: (1...5).map { new("n\($0)", ordinal: $0) })
            #expect(queue.entries.map(\.cardID) == ["r5", "r4", "n1", "n2"])
            #expect(queue.counts == DailyQueue.Counts(new: 2, review: 2, redrill: 0))
        }

        @Test func exhaustedLimitsStillLeaveRedrills() {
            let config = SchedulerConfig(newCardsPerDay: 2, reviewsPerDay: 2)
            let queue = DailyQueue(
                day: day, config: config, newIntroducedToday: 5, reviewsDoneToday: 2,
                reviews: [review("r", ordinal: 1, overdue: 1)],
                newCards: [new("n", ordinal: 1)],
                redrills: [new("d", ordinal: 1)])
            #expect(queue.entries == [DailyQueue.Entry(cardID: "d", kind: .redrill)])
            #expect(queue.counts.total == 1)
        }

        @Test func defaultLimitsAreTwentyNewAndTwoHundredReviews() {
            let queue = DailyQueue(
                day: day,
                reviews: (1...250).map { review("r\($0)", ordinal: $0, overdue: 1) },
                newCards: (1...30).map { new("n\($0)", ordinal: $0) })
            #expect(queue.counts == DailyQueue.Counts(new: 20, review: 200, redrill: 0))
        }
    }
}
