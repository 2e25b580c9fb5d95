/// A parsed video-summary note: what it is about, where it links, and its
/// blocks of text with their anchors.
public struct Note: Sendable {
    /// The path the note was read from, as the user gave it.
    public var file: String
    public var title: String
    public var videoId: String?
    public var channel: String?
    /// How the note's three-field stamps read.
    public var reading: TimestampReading
    public var blocks: [Block]
    public var diagnostics: [Diagnostic]

    /// `channel::title` when the channel is known, else the title.
    public var deckName: String { channel.map { "\($0)::\(title)" } ?? title }

    /// Every anchor of the note, in order.
    public var anchors: [Anchor] {
        blocks.flatMap { block -> [Anchor] in
            switch block.kind {
            case .paragraph(let text): return text.anchors.map(\.anchor)
            case .listItem(let item): return ((item.label?.anchors ?? []) + item.body.anchors).map(\.anchor)
            case .table(let table): return table.rows.flatMap { $0.cells.flatMap { $0.anchors.map(\.anchor) } }
            case .code: return []
            }
        }
    }

    /// The moment an anchor cites: its text as shown (its stamp when it shows
    /// none, or shows other seconds), its second under the note's reading,
    /// and the link to it.
    public func moment(_ anchor: Anchor) -> Moment {
        let seconds = reading.seconds(of: anchor.stamp)
        let shownAgrees = anchor.shownStamp.map { !reading.disagree($0, anchor.stamp) } ?? false
        return Moment(timestamp: shownAgrees ? anchor.shown : anchor.stamp.text, seconds: seconds,
                      url: videoId.map { VideoLink.url(videoId: $0, seconds: seconds) })
    }

    /// The distinct seconds the note's anchors cite.
    public var moments: Set<Int> { Set(anchors.map { reading.seconds(of: $0.stamp) }) }
}

/// Why a note could not be read at all.
public enum NoteError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty(file: String)
    case binary(file: String)
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case .empty(let file), .binary(let file), .unreadable(let file, _): return "\(file): \(reason)"
        }
    }

    /// What went wrong, without the file name.
    public var reason: String {
        switch self {
        case .empty: return "the file is empty; nothing to read"
        case .binary: return "not a text note (binary data); skipped"
        case .unreadable(_, let reason): return "cannot read: \(reason)"
        }
    }
}
