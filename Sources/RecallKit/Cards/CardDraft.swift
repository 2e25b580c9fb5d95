/// The kinds of card the generator makes.
public enum CardKind: String, Sendable, Codable, CaseIterable {
    /// A sentence with its informative span hidden.
    case cloze
    /// A question whose answer is a label, a term, a step or a table value.
    case qa
    /// Name every item of a short list.
    case list
}

/// A card as the generator makes it, before it is stored.
public struct CardDraft: Hashable, Sendable {
    /// Content-derived identity (see `CardIdentity`).
    public var id: String
    public var kind: CardKind
    public var front: String
    public var back: String
    /// The claim in full.
    public var claim: String
    public var section: [String]
    /// Every moment the card draws on, the cited one first: its claim's
    /// moments, then those of a sentence its front shows with it.
    public var moments: [Moment]
    public var tags: [String]
    /// Cards with the same sibling key come from one claim, one list, or a
    /// claim and the sentence shown with it: answering one buries the others
    /// for the day.
    public var sibling: String
    /// Position in the note, so review can follow source order.
    public var ordinal: Int
    public var line: Int
    /// How good the generator judged the card (higher is better).
    public var score: Double

    /// The moment the card cites.
    public var citation: Moment { moments[0] }
    /// Seconds of every moment, the cited one first.
    public var anchorSeconds: [Int] { moments.map(\.seconds) }
}
