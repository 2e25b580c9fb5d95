import Foundation
import Testing
@testable import RecallKit

/// Groups every scheduling suite, so `swift test --filter Scheduling` runs
/// them all. Shared fixed days and helpers live here.
@Suite enum SchedulingTests {
    /// A fixed study day: 2026-03-10.
    static let day = StudyDay(year: 2026, month: 3, day: 10)

    /// The scheduler with the default configuration.
    static let sm2 = SM2()

    /// A review card in the given state, last reviewed well before `day`.
    static func reviewCard(repetitions: Int, intervalDays: Int, easiness: Int = 250) -> CardSchedule {
        CardSchedule(
            repetitions: repetitions, easinessHundredths: easiness, intervalDays: intervalDays,
            dueDay: day, lastReviewDay: day.adding(days: -intervalDays))
    }

    /// An instant written with an explicit UTC offset, e.g. `2026-03-10T03:59:00+01:00`.
    static func instant(_ text: String) throws -> Date {
        try #require(ISO8601DateFormatter().date(from: text))
    }
}
