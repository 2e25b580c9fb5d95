/// What the sync needs to know of a stored card.
public struct ExistingCard: Sendable, Hashable {
    public var id: String
    /// What drafts are matched against: the id the generator now gives the
    /// card (differs from `id` for a card made under an older note key).
    public var key: String
    public var kind: CardKind
    public var front: String
    public var back: String
    public var claim: String
    public var section: [String]
    public var tags: [String]
    public var deck: String
    /// Every moment, the cited one first.
    public var moments: [Moment]
    public var sibling: String
    public var ordinal: Int
    public var line: Int
    public var isRetired: Bool
    /// The learner edited its front or back.
    public var isEdited: Bool
    /// The learner retired it.
    public var isLearnerRetired: Bool

    public init(id: String, kind: CardKind, front: String, back: String, claim: String, section: [String],
                tags: [String], deck: String, moments: [Moment], sibling: String, ordinal: Int, line: Int,
                isRetired: Bool, key: String? = nil, isEdited: Bool = false, isLearnerRetired: Bool = false) {
        self.id = id
        self.key = key ?? id
        self.kind = kind
        self.front = front
        self.back = back
        self.claim = claim
        self.section = section
        self.tags = tags
        self.deck = deck
        self.moments = moments
        self.sibling = sibling
        self.ordinal = ordinal
        self.line = line
        self.isRetired = isRetired
        self.isEdited = isEdited
        self.isLearnerRetired = isLearnerRetired
    }

    /// Whether the draft says anything different (its place in the note aside).
    func differs(from draft: CardDraft, deck: String) -> Bool {
        kind != draft.kind || front != draft.front || back != draft.back || claim != draft.claim
            || section != draft.section || tags != draft.tags || moments != draft.moments
            || sibling != draft.sibling || self.deck != deck
    }
}
