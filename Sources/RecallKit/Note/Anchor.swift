/// A timestamp anchor of a note: `<a class="yt-timestamp" data-t="T">[D]</a>`,
/// any `<a … data-t="T">`, or a bare `[T]`.
///
/// The wider fields come first so the anchor packs into 40 bytes (its
/// mirror lists them in the order of the initializer).
public struct Anchor: Hashable, Sendable, CustomReflectable {
    /// The stamp shown in the note (the bracketed text), as written.
    public let text: String
    /// 1-based line of the note.
    public let line: Int
    /// The position the anchor points at: its `data-t`, or its text when it has none.
    public let stamp: Timestamp
    /// The bracketed text read as a stamp, when the anchor also has a `data-t`.
    public let shownStamp: Timestamp?

    public init(stamp: Timestamp, text: String, shownStamp: Timestamp?, line: Int) {
        self.stamp = stamp
        self.text = text
        self.shownStamp = shownStamp
        self.line = line
    }

    public var customMirror: Mirror {
        Mirror(self, children: ["stamp": stamp, "text": text, "shownStamp": shownStamp as Any, "line": line],
               displayStyle: .struct)
    }

    public func seconds(in mode: TimestampMode) -> Int { stamp.seconds(in: mode) }

    /// The stamp the anchor points at, as written (`data-t`, or the text).
    public var stampText: String { stamp.fields.map { $0 < 10 ? "0\($0)" : String($0) }.joined(separator: ":") }

    /// Whether the shown text and the `data-t` mean different seconds. The text
    /// may follow the document's mode or be plain `h:m:s`; only when neither
    /// reading agrees is it a mismatch.
    public func shownTextDisagrees(in mode: TimestampMode) -> Bool {
        guard let shown = shownStamp else { return false }
        let seconds = stamp.seconds(in: mode)
        return shown.seconds(in: mode) != seconds && shown.seconds(in: mode.other) != seconds
    }
}

/// An anchor at a place in plain text (a UTF-8 offset into it).
public struct PlacedAnchor: Hashable, Sendable {
    public let offset: Int
    public let anchor: Anchor
}
