/// The kinds of card the generator makes.
public enum CardKind: String, Sendable, Codable, CaseIterable {
    /// A sentence with its informative span hidden.
    case cloze
    /// A question whose answer is a label, a term or a table value.
    case qa
    /// Name every item of a short list.
    case list
}

/// Where a card comes from: the timestamp as written, its second, and a link
/// that opens the video there.
public struct Citation: Hashable, Sendable, Codable {
    public var timestamp: String
    public var seconds: Int
    public var url: String?

    public init(timestamp: String, seconds: Int, url: String?) {
        self.timestamp = timestamp
        self.seconds = seconds
        self.url = url
    }
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
    public var citation: Citation
    /// Seconds of every anchor of the claim; the first is cited.
    public var anchorSeconds: [Int]
    public var tags: [String]
    /// Position in the note, so review can follow source order.
    public var ordinal: Int
    public var line: Int
    /// How good the generator judged the card (higher is better).
    public var score: Double
}
