/// One block of a note body, with the section (heading path) it sits in.
public struct Block: Sendable {
    public enum Kind: Sendable {
        case paragraph(Inline)
        case listItem(ListItem)
        case table(Table)
        /// Fenced code: read so it is skipped, never turned into cards.
        case code
    }

    public var kind: Kind
    /// Headings above the block, outermost first.
    public var section: [String]
    /// 1-based line where the block starts.
    public var line: Int
    /// Inside a `>` quote or callout.
    public var quoted: Bool
}

/// A list item, possibly nested, possibly opening with a label.
public struct ListItem: Sendable {
    /// Which list of the note the item belongs to (items of nested lists share it).
    public var list: Int
    /// 0 for a top-level item.
    public var depth: Int
    /// `1.` rather than `*`: the number written, when there is one.
    public var number: Int?
    /// Index (in `Note.blocks`) of the item this one is nested under.
    public var parent: Int?
    /// `Organizational Structure` of `**Organizational Structure**: Building …`.
    public var label: Inline?
    /// The label was written in bold (`**Label**:`), not as a plain `Label:`.
    public var boldLabel: Bool
    /// The text after the label (all of it when there is none).
    public var body: Inline

    public var ordered: Bool { number != nil }
}

/// A Markdown table: a header row and data rows.
public struct Table: Sendable {
    public struct Row: Sendable {
        public var cells: [Inline]
        public var line: Int
    }

    public var header: [Inline]
    public var rows: [Row]
}

/// The text of one block (paragraph, list item, table cell, heading) with its
/// markup gone: wiki links read as their labels, emphasis, code ticks and tags
/// dropped, entities decoded, and timestamp anchors lifted out with the
/// Character offsets where they stood.
public struct Inline: Hashable, Sendable {
    public var text: String
    public var anchors: [PlacedAnchor]
    /// Character ranges of `text` that were code spans or math.
    public var code: [Range<Int>]

    public init(text: String, anchors: [PlacedAnchor] = [], code: [Range<Int>] = []) {
        self.text = text
        self.anchors = anchors
        self.code = code
    }
}
