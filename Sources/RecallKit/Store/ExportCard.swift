/// A card as the exports see it: its text, deck and source, its schedule,
/// when its text last changed and how often it was answered.
public struct ExportCard: Sendable, Equatable {
    public var id: String
    public var deck: String
    public var front: String
    public var back: String
    /// The note's title.
    public var title: String
    /// The headings above the claim, outermost first.
    public var section: [String]
    public var tags: [String]
    public var citation: Moment
    /// Every moment the card carries, the cited one first.
    public var moments: [Moment]
    public var schedule: CardSchedule
    /// The note's channel, when it names one.
    public var channel: String?
    /// When the card's text last changed (ISO 8601), for Anki's note `mod`.
    public var updatedAt: String
    /// Rows of the review log for this card, every kind of answer counted.
    public var answers: Int
    /// When the card was last answered (ISO 8601), if it ever was.
    public var lastAnsweredAt: String?
}
