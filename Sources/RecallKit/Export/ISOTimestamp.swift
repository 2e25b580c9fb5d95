import Foundation

/// Reads the ISO 8601 times recall writes (`2026-11-26T09:00:00+01:00`,
/// `…Z`) with integer arithmetic, without a calendar: an export reads one
/// per card. Other forms go through `Clock`.
enum ISOTimestamp {
    /// Seconds since 1970; the fixed package time when unreadable.
    static func seconds(_ text: String) -> Int64 {
        parse(text) ?? AnkiCollection.fixedMod
    }

    /// Seconds since 1970, or nil when the text is no time `Clock` reads.
    static func parse(_ text: String) -> Int64? {
        if let seconds = fastSeconds(Array(text.utf8)) { return seconds }
        return Clock(iso8601: text, fallbackZone: TimeZone(secondsFromGMT: 0) ?? .current)
            .map { Int64($0.now.timeIntervalSince1970) }
    }

    private static func fastSeconds(_ b: [UInt8]) -> Int64? {
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard index < b.count, (0x30...0x39).contains(b[index]) else { return nil }
                value = value * 10 + Int(b[index] - 0x30)
            }
            return value
        }
        guard b.count == 20 || b.count == 25, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A,
              let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), (1...12).contains(month),
              (1...31).contains(day), let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19)
        else { return nil }
        var offset = 0
        if b.count == 25 {
            guard b[19] == 0x2B || b[19] == 0x2D, b[22] == 0x3A, let hours = number(20..<22), let minutes = number(23..<25)
            else { return nil }
            offset = (hours * 3600 + minutes * 60) * (b[19] == 0x2D ? -1 : 1)
        } else if b[19] != 0x5A {
            return nil
        }
        let days = StudyDay(year: year, month: month, day: day).daysSince1970
        return Int64(days) * 86_400 + Int64(hour * 3600 + minute * 60 + second - offset)
    }
}
