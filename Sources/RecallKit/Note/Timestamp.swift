/// A video position as written in a note: `M:S` (minutes may exceed 59) or
/// three fields whose meaning the note decides (see `TimestampReading`).
public struct Timestamp: Hashable, Sendable {
    /// The fields as written: two or three.
    public let fields: [Int]

    /// Parses `12:34` or `1:02:03`: every field is one to three digits, and
    /// every field after the first is below 60.
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count) else { return nil }
        var fields: [Int] = []
        for part in parts {
            guard (1...3).contains(part.count), part.allSatisfy(\.isASCIIDigit), let value = Int(part) else { return nil }
            fields.append(value)
        }
        guard fields.dropFirst().allSatisfy({ $0 < 60 }) else { return nil }
        self.fields = fields
    }

    public var isThreeField: Bool { fields.count == 3 }

    /// `02:44:11`: the fields with two digits each at least.
    public var text: String {
        fields.map { $0 < 10 ? "0\($0)" : String($0) }.joined(separator: ":")
    }

    /// Seconds when the fields are hours, minutes and seconds (two fields:
    /// minutes and seconds).
    var hoursMinutesSeconds: Int {
        fields.count == 3 ? fields[0] * 3600 + fields[1] * 60 + fields[2] : fields[0] * 60 + fields[1]
    }

    /// Seconds when the fields are minutes, seconds and frames.
    var minutesSeconds: Int { fields[0] * 60 + fields[1] }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

/// How the three-field stamps of one note read (PRODUCT.md §1, Timestamps).
///
/// - `minutes:seconds:frames` when a three-field stamp has a first field above
///   4 (read as hours, the video would run five hours or more), or when there
///   are at least three three-field stamps and every one ends in `:00`;
/// - otherwise `hours:minutes:seconds`, where a stamp ending in `:00` that
///   would lie more than twice as far as the farthest stamp not ending in
///   `:00` is minutes and seconds written as `h:m:s` (`02:03:00` among stamps
///   that end at `00:13:13` is 2 min 3 s).
public struct TimestampReading: Hashable, Sendable {
    public enum Mode: String, Hashable, Sendable {
        case hoursMinutesSeconds = "h:m:s"
        case minutesSecondsFrames = "m:s:frames"
    }

    public let mode: Mode
    /// In `h:m:s`: seconds of the farthest stamp not ending in `:00`.
    private let farthestPlain: Int?

    /// The reading of a note whose anchors point at `stamps` (their `data-t`,
    /// or their text when they have none).
    public init(stamps: [Timestamp]) {
        let threeField = stamps.filter(\.isThreeField)
        if threeField.contains(where: { $0.fields[0] > 4 })
            || (threeField.count >= 3 && threeField.allSatisfy { $0.fields[2] == 0 }) {
            mode = .minutesSecondsFrames
            farthestPlain = nil
        } else {
            mode = .hoursMinutesSeconds
            farthestPlain = stamps.filter { $0.fields.last != 0 }.map(\.hoursMinutesSeconds).max()
        }
    }

    public init(mode: Mode) {
        self.mode = mode
        farthestPlain = nil
    }

    /// Seconds from the start of the video.
    public func seconds(of stamp: Timestamp) -> Int {
        guard stamp.isThreeField else { return stamp.hoursMinutesSeconds }
        return mode == .minutesSecondsFrames || isShifted(stamp) ? stamp.minutesSeconds : stamp.hoursMinutesSeconds
    }

    /// Whether `stamp` is minutes and seconds written as `h:m:s` (`02:03:00`
    /// far past every other stamp of an `h:m:s` note).
    public func isShifted(_ stamp: Timestamp) -> Bool {
        guard mode == .hoursMinutesSeconds, stamp.isThreeField, stamp.fields[2] == 0,
              let farthest = farthestPlain else { return false }
        return stamp.hoursMinutesSeconds > 2 * farthest
    }

    /// Whether `shown` (the bracketed text) means other seconds than `stamp`:
    /// the text may follow the note's reading or plain `h:m:s`; only when
    /// neither agrees do they differ.
    func disagree(_ shown: Timestamp, _ stamp: Timestamp) -> Bool {
        let seconds = self.seconds(of: stamp)
        return self.seconds(of: shown) != seconds && shown.hoursMinutesSeconds != seconds
            && shown.minutesSeconds != seconds
    }
}
