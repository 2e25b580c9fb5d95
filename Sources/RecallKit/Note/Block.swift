/// One block of a note body, with the section (heading path) it sits in.
public struct Block: Sendable {
    public enum Kind: Sendable {
        case paragraph(InlineText)
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

/// A list item, possibly nested, possibly opening with a bold label.
public struct ListItem: Sendable {
    /// Which list of the note the item belongs to (items of nested lists share it).
    public var list: Int
    /// 0 for a top-level item.
    public var depth: Int
    public var ordered: Bool
    /// Index (in `Note.blocks`) of the item this one is nested under.
    public var parent: Int?
    /// `Organizational Structure` of `**Organizational Structure**: Building …`.
    public var label: InlineText?
    /// The label was written in bold (`**Label**:`), not as a plain `Label:`.
    public var boldLabel: Bool
    /// The text after the label (all of it when there is none).
    public var body: InlineText
}

/// A Markdown table: a header row and data rows.
public struct Table: Sendable {
    public struct Row: Sendable {
        public var cells: [InlineText]
        public var line: Int
    }

    public var header: [InlineText]
    public var rows: [Row]
}
