/// A video position as written in a note: `M:S` (minutes may exceed 59) or
/// three fields whose meaning depends on the document (see `TimestampMode`).
public struct Timestamp: Hashable, Sendable, CustomReflectable {
    /// The fields as written, two or three. They are kept inline (a stamp is
    /// copied with every anchor), and read as this array when asked.
    public var fields: [Int] { third.map { [first, second, $0] } ?? [first, second] }

    var first: Int { Int(firstField) }
    var second: Int { Int(secondField) }
    var third: Int? { thirdField == Self.noThird ? nil : Int(thirdField) }

    // Four bytes in all: every field is at most three digits and the later
    // ones are below 60, so an anchor (two stamps) and the arrays of them a
    // note keeps are half the size they would be with `Int` fields.
    private let firstField: UInt16
    private let secondField: UInt8
    /// `noThird` for a two-field stamp.
    private let thirdField: UInt8
    private static let noThird: UInt8 = .max

    public var customMirror: Mirror { Mirror(self, children: ["fields": fields], displayStyle: .struct) }

    /// Parses `12:34` or `1:02:03`; every field is 1–3 digits, and every field
    /// after the first is below 60 (three-field frames are 0–59 too).
    public init?<S: StringProtocol>(_ text: S) {
        self.init(utf8: text.utf8)
    }

    /// The same, read from UTF-8 bytes.
    init?<C: Collection>(utf8: C) where C.Element == UInt8 {
        var parsed = (0, 0, 0) // at most three fields are read; a fourth fails
        var count = 0
        var value = 0
        var digits = 0
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard digits < 3 else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            case UInt8(ascii: ":"):
                guard digits > 0, count < 2 else { return nil }
                if count == 0 { parsed.0 = value } else { parsed.1 = value }
                count += 1
                value = 0
                digits = 0
            default:
                return nil
            }
        }
        guard digits > 0, count >= 1 else { return nil }
        firstField = UInt16(parsed.0)
        if count == 1 {
            guard value < 60 else { return nil }
            (secondField, thirdField) = (UInt8(value), Self.noThird)
        } else {
            guard parsed.1 < 60, value < 60 else { return nil }
            (secondField, thirdField) = (UInt8(parsed.1), UInt8(value))
        }
    }

    public var isThreeField: Bool { thirdField != Self.noThird }

    /// Seconds from the start of the video under `mode`.
    public func seconds(in mode: TimestampMode) -> Int {
        guard let third else { return first * 60 + second }
        switch mode {
        case .hoursMinutesSeconds: return first * 3600 + second * 60 + third
        case .minutesSecondsFrames: return first * 60 + second
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
            if stamp.first > 12 { return .minutesSecondsFrames }
            threeField += 1
            if stamp.third != 0 { allEndInZero = false }
        }
        return threeField >= 3 && allEndInZero ? .minutesSecondsFrames : .hoursMinutesSeconds
    }

    public var other: TimestampMode {
        self == .hoursMinutesSeconds ? .minutesSecondsFrames : .hoursMinutesSeconds
    }
}
