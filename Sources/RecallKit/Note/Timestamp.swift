/// A video position as written in a note: `M:S` (minutes may exceed 59) or
/// three fields whose meaning depends on the document (see `TimestampMode`).
public struct Timestamp: Hashable, Sendable {
    public let fields: [Int]

    /// Parses `12:34` or `1:02:03`; every field is 1–3 digits, and every field
    /// after the first is below 60 (three-field frames are 0–59 too).
    public init?<S: StringProtocol>(_ text: S) {
        var fields: [Int] = []
        var value = 0
        var digits = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 3 else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: ":"):
                guard digits > 0 else { return nil }
                fields.append(value)
                value = 0
                digits = 0
            default:
                return nil
            }
        }
        guard digits > 0 else { return nil }
        fields.append(value)
        guard fields.count == 2 || fields.count == 3 else { return nil }
        guard fields.dropFirst().allSatisfy({ $0 < 60 }) else { return nil }
        self.fields = fields
    }

    public var isThreeField: Bool { fields.count == 3 }

    /// Seconds from the start of the video under `mode`.
    public func seconds(in mode: TimestampMode) -> Int {
        if fields.count == 2 { return fields[0] * 60 + fields[1] }
        switch mode {
        case .hoursMinutesSeconds: return fields[0] * 3600 + fields[1] * 60 + fields[2]
        case .minutesSecondsFrames: return fields[0] * 60 + fields[1]
        }
    }
}

/// How a document's three-field stamps read (PRODUCT.md §1, Timestamps).
public enum TimestampMode: String, Sendable, Codable {
    case hoursMinutesSeconds = "h:m:s"
    case minutesSecondsFrames = "m:s:frames"

    /// `minutes:seconds:frames` when any three-field stamp has a first field
    /// above 12 (no video runs 13 hours), or when there are at least three
    /// three-field stamps and every one ends in `:00`; otherwise
    /// `hours:minutes:seconds`.
    ///
    /// `stamps` are the document's `data-t` values (or, for anchors without
    /// one, their bracketed text).
    public static func detect<S: Sequence>(_ stamps: S) -> TimestampMode where S.Element == Timestamp {
        var threeField = 0
        var allEndInZero = true
        for stamp in stamps where stamp.isThreeField {
            if stamp.fields[0] > 12 { return .minutesSecondsFrames }
            threeField += 1
            if stamp.fields[2] != 0 { allEndInZero = false }
        }
        return threeField >= 3 && allEndInZero ? .minutesSecondsFrames : .hoursMinutesSeconds
    }

    public var other: TimestampMode {
        self == .hoursMinutesSeconds ? .minutesSecondsFrames : .hoursMinutesSeconds
    }
}
