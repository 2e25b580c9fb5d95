/// A timestamp anchor of a note, as written: where it points, the text it
/// shows, and its line. `AnchorSyntax` lists the ways notes write them.
public struct Anchor: Hashable, Sendable {
    /// Where the anchor points: its `data-t`, or its text when it has none.
    public let stamp: Timestamp
    /// The text shown in the note, without brackets (empty when it shows none).
    public let shown: String
    /// 1-based line of the note.
    public let line: Int

    public init(stamp: Timestamp, shown: String, line: Int) {
        self.stamp = stamp
        self.shown = shown
        self.line = line
    }

    /// The shown text read as a stamp, when it is one.
    public var shownStamp: Timestamp? { Timestamp(shown) }
}

/// An anchor at a place in a text: the Character offset where it stood.
public struct PlacedAnchor: Hashable, Sendable {
    public let offset: Int
    public let anchor: Anchor
}

/// A moment of the video a card cites: the timestamp as the note shows it,
/// its second, and the link that opens the video there.
public struct Moment: Hashable, Sendable, Codable {
    public var timestamp: String
    public var seconds: Int
    public var url: String?

    public init(timestamp: String, seconds: Int, url: String?) {
        self.timestamp = timestamp
        self.seconds = seconds
        self.url = url
    }
}
