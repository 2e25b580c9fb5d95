/// A parsed video-summary note: what it is about, where it links, and its
/// blocks of text with their anchors.
public struct Note: Sendable {
    /// The path the note was read from, as the user gave it.
    public var file: String
    public var title: String
    public var videoId: String?
    public var channel: String?
    public var timestampMode: TimestampMode
    public var blocks: [Block]
    public var diagnostics: [Diagnostic]

    /// `channel::title` when the channel is known, else the title.
    public var deckName: String { channel.map { "\($0)::\(title)" } ?? title }

    /// Every anchor of the note, in order.
    public var anchors: [Anchor] {
        var anchors: [Anchor] = []
        anchors.reserveCapacity(anchorCount)
        forEachAnchor { anchors.append($0) }
        return anchors
    }

    /// How many anchors the note holds.
    var anchorCount: Int {
        var count = 0
        forEachAnchorText { count += $0.anchors.count }
        return count
    }

    /// Calls `body` with every anchor of the note, in order.
    func forEachAnchor(_ body: (Anchor) -> Void) {
        forEachAnchorText { text in
            for placed in text.anchors { body(placed.anchor) }
        }
    }

    /// Calls `body` with every text of the note that may hold anchors, in order.
    private func forEachAnchorText(_ body: (InlineText) -> Void) {
        for block in blocks {
            switch block.kind {
            case .paragraph(let text): body(text)
            case .listItem(let item):
                if let label = item.label { body(label) }
                body(item.body)
            case .table(let table):
                for row in table.rows { row.cells.forEach(body) }
            case .code: break
            }
        }
    }
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
