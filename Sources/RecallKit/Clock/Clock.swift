import Foundation

/// The one place time comes from: `--now`/`RECALL_NOW` when given, else the
/// system clock. Everything else is handed a `Clock` value, so every run can
/// be repeated exactly.
public struct Clock: Sendable {
    public let now: Date
    /// The zone days are counted in: the offset written in `--now`, else the
    /// system's.
    public let timeZone: TimeZone

    public init(now: Date, timeZone: TimeZone) {
        self.now = now
        self.timeZone = timeZone
    }

    /// The wall clock in the system time zone.
    public static var system: Clock { Clock(now: Date(), timeZone: .current) }

    /// Reads `2026-11-26T09:30:00+01:00`, `…Z`, `2026-11-26T09:30[:00]`
    /// (system zone) or `2026-11-26` (noon, system zone).
    public init?(iso8601 text: String, fallbackZone: TimeZone = .current) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let parsed = Self.parse(trimmed, fallbackZone: fallbackZone) else { return nil }
        self.now = parsed.date
        self.timeZone = parsed.zone
    }

    /// The study day `now` falls in.
    public func today(rolloverHour: Int) -> StudyDay {
        StudyDay.containing(now, timeZone: timeZone, rolloverHour: rolloverHour)
    }

    /// `now` as ISO 8601 with its offset, for storage (`2026-11-26T09:30:00+01:00`).
    public var timestamp: String { Self.format(now, in: timeZone) }

    public static func format(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        let offset = zone.secondsFromGMT(for: date)
        let sign = offset < 0 ? "-" : "+"
        let hours = abs(offset) / 3600, minutes = abs(offset) % 3600 / 60
        func pad(_ value: Int?, _ width: Int = 2) -> String {
            let text = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let zoneText = offset == 0 ? "Z" : "\(sign)\(pad(hours)):\(pad(minutes))"
        return "\(pad(parts.year, 4))-\(pad(parts.month))-\(pad(parts.day))T\(pad(parts.hour)):\(pad(parts.minute)):\(pad(parts.second))\(zoneText)"
    }

    private static func parse(_ text: String, fallbackZone: TimeZone) -> (date: Date, zone: TimeZone)? {
        let characters = Array(text)
        guard characters.count >= 10, let year = Int(String(characters[0..<4])), characters[4] == "-",
              let month = Int(String(characters[5..<7])), characters[7] == "-",
              let day = Int(String(characters[8..<10])), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var components = DateComponents(year: year, month: month, day: day, hour: 12)
        var zone = fallbackZone
        if characters.count > 10 {
            guard characters[10] == "T" || characters[10] == " " else { return nil }
            let rest = String(characters[11...])
            guard let (time, parsedZone) = parseTime(rest) else { return nil }
            components.hour = time.0
            components.minute = time.1
            components.second = time.2
            if let parsedZone { zone = parsedZone }
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard let date = calendar.date(from: components),
              calendar.component(.day, from: date) == day else { return nil }
        return (date, zone)
    }

    /// `09:30`, `09:30:15`, `09:30:15.250`, each optionally followed by `Z` or `±hh:mm`.
    private static func parseTime(_ text: String) -> ((Int, Int, Int), TimeZone?)? {
        var body = Substring(text)
        var zone: TimeZone?
        if body.hasSuffix("Z") {
            zone = TimeZone(secondsFromGMT: 0)
            body = body.dropLast()
        } else if let signIndex = body.lastIndex(where: { $0 == "+" || $0 == "-" }) {
            let offset = body[body.index(after: signIndex)...].split(separator: ":")
            guard let hours = offset.first.flatMap({ Int($0) }), hours <= 14 else { return nil }
            let minutes = offset.count > 1 ? Int(offset[1]) ?? -1 : 0
            guard (0..<60).contains(minutes) else { return nil }
            let seconds = (hours * 3600 + minutes * 60) * (body[signIndex] == "-" ? -1 : 1)
            zone = TimeZone(secondsFromGMT: seconds)
            body = body[..<signIndex]
        }
        let fields = body.split(separator: ":")
        guard fields.count == 2 || fields.count == 3,
              let hour = Int(fields[0]), let minute = Int(fields[1]), (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        let second = fields.count == 3 ? Int(Double(fields[2]) ?? -1) : 0
        guard (0..<61).contains(second) else { return nil }
        return ((hour, minute, second), zone)
    }
}
