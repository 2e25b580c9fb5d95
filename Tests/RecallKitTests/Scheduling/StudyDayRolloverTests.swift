import Foundation
import Testing
@testable import RecallKit

extension SchedulingTests {
    @Suite struct StudyDayRollover {
        let berlin = "Europe/Berlin"
        let newYork = "America/New_York"

        func studyDay(_ instant: String, in zone: String, rollover: Int = 4) throws -> String {
            let timeZone = try #require(TimeZone(identifier: zone))
            let date = try SchedulingTests.instant(instant)
            return StudyDay.containing(date, timeZone: timeZone, rolloverHour: rollover).isoDate
        }

        @Test func dayBeginsAtTheRolloverHour() throws {
            #expect(try studyDay("2026-03-10T03:59:00+01:00", in: berlin) == "2026-03-09")
            #expect(try studyDay("2026-03-10T04:00:00+01:00", in: berlin) == "2026-03-10")
        }

        @Test func crossingMidnightStaysOnThePreviousDay() throws {
            #expect(try studyDay("2026-03-09T23:59:00+01:00", in: berlin) == "2026-03-09")
            #expect(try studyDay("2026-03-10T00:30:00+01:00", in: berlin) == "2026-03-09")
        }

        @Test func rolloverAtMidnightUsesTheCalendarDate() throws {
            #expect(try studyDay("2026-03-10T00:00:00+01:00", in: berlin, rollover: 0) == "2026-03-10")
            #expect(try studyDay("2026-03-09T23:59:00+01:00", in: berlin, rollover: 0) == "2026-03-09")
        }

        @Test func springForwardInBerlinKeepsTheRolloverAtLocalFour() throws {
            // 2026-03-29: clocks jump from 02:00 CET to 03:00 CEST.
            #expect(try studyDay("2026-03-29T03:59:00+02:00", in: berlin) == "2026-03-28")
            #expect(try studyDay("2026-03-29T04:00:00+02:00", in: berlin) == "2026-03-29")
        }

        @Test func fallBackInBerlinKeepsTheRolloverAtLocalFour() throws {
            // 2026-10-25: clocks fall back from 03:00 CEST to 02:00 CET; 02:30 happens twice.
            #expect(try studyDay("2026-10-25T02:30:00+02:00", in: berlin) == "2026-10-24")
            #expect(try studyDay("2026-10-25T02:30:00+01:00", in: berlin) == "2026-10-24")
            #expect(try studyDay("2026-10-25T03:59:00+01:00", in: berlin) == "2026-10-24")
            #expect(try studyDay("2026-10-25T04:00:00+01:00", in: berlin) == "2026-10-25")
        }

        @Test func springForwardInNewYork() throws {
            // 2026-03-08: clocks jump from 02:00 EST to 03:00 EDT.
            #expect(try studyDay("2026-03-08T03:59:00-04:00", in: newYork) == "2026-03-07")
            #expect(try studyDay("2026-03-08T04:00:00-04:00", in: newYork) == "2026-03-08")
            #expect(try studyDay("2026-03-09T03:59:00-04:00", in: newYork) == "2026-03-08")
        }

        @Test func shortDstDayIsStillOneStudyDay() throws {
            let before = try #require(StudyDay(isoDate: studyDay("2026-03-28T04:00:00+01:00", in: berlin)))
            let after = try #require(StudyDay(isoDate: studyDay("2026-03-29T04:00:00+02:00", in: berlin)))
            #expect(after.days(since: before) == 1)
        }
    }

    @Suite struct StudyDayCalendar {
        @Test func dayNumbersCountFromTheEpoch() {
            #expect(StudyDay(year: 1970, month: 1, day: 1).daysSince1970 == 0)
            #expect(StudyDay(year: 1969, month: 12, day: 31).daysSince1970 == -1)
            #expect(StudyDay(year: 2026, month: 3, day: 10).daysSince1970 == 20522)
            #expect(StudyDay(year: 2024, month: 2, day: 29).daysSince1970 == 19782)
            #expect(StudyDay(daysSince1970: -135_080).isoDate == "1600-03-01")
        }

        @Test func isoDateRoundTrips() {
            for text in ["1970-01-01", "2000-02-29", "2026-03-10", "2026-12-31", "1969-12-31"] {
                #expect(StudyDay(isoDate: text)?.isoDate == text)
            }
        }

        @Test func malformedOrImpossibleDatesAreRejected() {
            for text in ["2026-02-29", "2026-13-01", "2026-04-31", "2026-3-10", "20260310", "", "2026-03-10T04"] {
                #expect(StudyDay(isoDate: text) == nil, "\(text)")
            }
        }

        @Test func addingDaysCrossesMonthsAndYears() {
            let newYearsEve = StudyDay(year: 2026, month: 12, day: 31)
            #expect(newYearsEve.adding(days: 1).isoDate == "2027-01-01")
            #expect(newYearsEve.adding(days: -365).isoDate == "2025-12-31")
            #expect(StudyDay(year: 2028, month: 2, day: 28).adding(days: 1).isoDate == "2028-02-29")
        }

        @Test func encodesAsThePlainDayNumber() throws {
            let data = try JSONEncoder().encode([SchedulingTests.day])
            #expect(String(decoding: data, as: UTF8.self) == "[20522]")
            #expect(try JSONDecoder().decode([StudyDay].self, from: data) == [SchedulingTests.day])
        }
    }
}
