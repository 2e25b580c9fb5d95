/// A statement of a note that carries one or more timestamp anchors: a
/// sentence, a labelled list item, a short labelled list, or a table cell.
/// It cites its first anchor; the others are kept.
public struct Claim: Sendable, Hashable {
    public enum Shape: Sendable, Hashable {
        /// A sentence of a paragraph or list item.
        case sentence
        /// `**Label**: description` — the description's first sentence.
        case labelledItem(label: String, description: String, listIntro: String?, siblings: Int)
        /// Two to four labelled items read as one set.
        case list(intro: String?, labels: [String])
        /// A table cell with its row and column headers.
        case tableCell(row: String, column: String, columns: [String])
    }

    public var shape: Shape
    /// The claim in full, as plain text.
    public var text: String
    public var anchors: [Anchor]
    /// Headings above the claim, outermost first.
    public var section: [String]
    public var line: Int
    /// Position of the claim in the note, from 0.
    public var ordinal: Int
    /// The sentence just before, when it helps make sense of this one
    /// (`This represents a shift …`).
    public var previousSentence: String?
    /// The sentence that introduces the list this claim is an item of
    /// (`Transformers can be used in various models`).
    public var intro: String?
    /// UTF-8 ranges of `text` that were code spans.
    public var codeRanges: [Range<Int>]

    /// The anchor the claim cites.
    public var citedAnchor: Anchor { anchors[0] }
}
