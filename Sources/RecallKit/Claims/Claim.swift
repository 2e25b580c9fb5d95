/// A statement of a note that carries one or more timestamp anchors: a
/// sentence, a labelled list item, a short list, or a table cell. It cites
/// its first moment; every card made from it carries all of them.
public struct Claim: Sendable, Hashable {
    public enum Shape: Sendable, Hashable {
        /// A sentence of a paragraph or of a list item.
        case sentence
        /// `**Label**: description`: the item's label and its first sentence.
        case labelledItem(label: String, description: String)
        /// The labels of two to four labelled items read as one set.
        case list(labels: [String])
        /// A table cell with its row and column headers, and every column's header.
        case tableCell(row: String, column: String, columns: [String])
    }

    public var shape: Shape
    /// The claim in full, as plain text.
    public var text: String
    /// Every moment the claim's anchors cite, in order; the first is cited.
    public var moments: [Moment]
    /// Headings above the claim, outermost first.
    public var section: [String]
    public var line: Int
    /// Position of the claim in the note, from 0.
    public var ordinal: Int
    /// What a learner needs beside the claim to make sense of it.
    public var context: ClaimContext
    /// Character ranges of `text` that were code or math.
    public var code: [Range<Int>]
    /// Claims of one list share a group: their cards are siblings.
    public var group: String?
}

/// What stands around a claim in the note.
public struct ClaimContext: Sendable, Hashable {
    /// The sentence just before, in the same paragraph or item (or the last
    /// sentence of the paragraph just before), with its moments.
    public var previous: Sentence?
    public var previousMoments: [Moment] = []
    /// The sentence before stands in the same paragraph or item, not in the paragraph before.
    public var previousInBlock = false
    /// What introduces the list the claim is an item of: the sentence before
    /// the list that ends in `:`, or the item it is nested under.
    public var leadIn: String?
    /// The label of the item the sentence belongs to.
    public var label: String?
    /// The item's place in its list, for a claim of a list item.
    public var place: ListPlace?

    /// Where an item stands in its list, with every item of the list (each
    /// as its label, or its first sentence).
    public struct ListPlace: Sendable, Hashable {
        /// The number written before the item in an ordered list.
        public var number: Int?
        public var items: [String]
        public var position: Int
    }

    public init(previous: Sentence? = nil, previousMoments: [Moment] = [], leadIn: String? = nil, label: String? = nil,
                place: ListPlace? = nil) {
        self.previous = previous
        self.previousMoments = previousMoments
        self.leadIn = leadIn
        self.label = label
        self.place = place
    }
}
