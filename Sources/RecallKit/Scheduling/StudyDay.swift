import Foundation

/// One day of the study calendar, counted in days since 1970-01-01.
///
/// A study day runs from the rollover hour (04:00 local by default) to the
/// next, so a review at 01:00 still belongs to the evening before. The value
/// is a plain day number: adding days never involves time zones or clocks.
public struct StudyDay: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let daysSince1970: Int

    public init(daysSince1970: Int) {
        self.daysSince1970 = daysSince1970
    }

    /// The study day with this calendar date (proleptic Gregorian).
    public init(year: Int, month: Int, day: Int) {
        self.init(daysSince1970: CivilDate.days(year: year, month: month, day: day))
    }

    /// Parses a strict `YYYY-MM-DD` date such as `"2026-03-10"`; `nil` for
    /// anything else, including dates that do not exist (`2026-02-30`).
    public init?(isoDate: String) {
        let parts = isoDate.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3,
              zip(parts, [4, 2, 2]).allSatisfy({ $0.count == $1 && $0.allSatisfy { ("0"..."9").contains($0) } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        self.init(year: year, month: month, day: day)
        guard self.isoDate == isoDate else { return nil }
    }

    /// The study day that `date` falls in, for a user in `timeZone` whose
    /// days begin at `rolloverHour` (clamped to 0–23). Correct across
    /// daylight-saving changes: it reads the local wall-clock date and hour.
    public static func containing(_ date: Date, timeZone: TimeZone, rolloverHour: Int = 4) -> StudyDay {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let localDay = StudyDay(
            year: calendar.component(.year, from: date),
            month: calendar.component(.month, from: date),
            day: calendar.component(.day, from: date))
        let hour = calendar.component(.hour, from: date)
        return hour < min(max(rolloverHour, 0), 23) ? localDay.adding(days: -1) : localDay
    }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> StudyDay {
        StudyDay(daysSince1970: daysSince1970 + days)
    }

    /// Whole days from `other` to this day (positive when this is later).
    public func days(since other: StudyDay) -> Int {
        daysSince1970 - other.daysSince1970
    }

    /// The date as `YYYY-MM-DD`.
    public var isoDate: String {
        let (year, month, day) = CivilDate.date(days: daysSince1970)
        return "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
    }

    public var description: String { isoDate }

    public static func < (lhs: StudyDay, rhs: StudyDay) -> Bool {
        lhs.daysSince1970 < rhs.daysSince1970
    }

    public init(from decoder: any Decoder) throws {
        self.init(daysSince1970: try decoder.singleValueContainer().decode(Int.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(daysSince1970)
    }
}

extension StudyDay {
    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(abs(number))
        let zeros = String(repeating: "0", count: max(0, width - digits.count))
        return (number < 0 ? "-" : "") + zeros + digits
    }

    /// Day numbers to and from Gregorian dates, after Howard Hinnant's
    /// `days_from_civil` / `civil_from_days` (exact integer arithmetic).
    fileprivate enum CivilDate {
        static func days(year: Int, month: Int, day: Int) -> Int {
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yearOfEra = y - era * 400
            let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
            let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
            return era * 146_097 + dayOfEra - 719_468
        }

        static func date(days: Int) -> (year: Int, month: Int, day: Int) {
            let z = days + 719_468
            let era = (z >= 0 ? z : z - 146_096) / 146_097
            let dayOfEra = z - era * 146_097
            let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
            let shiftedMonth = (5 * dayOfYear + 2) / 153
            let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
            let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
            let year = yearOfEra + era * 400
            return (month <= 2 ? year + 1 : year, month, day)
        }
    }
}
