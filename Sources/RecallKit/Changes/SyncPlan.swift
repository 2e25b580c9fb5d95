/// What regenerating one note changes (PRODUCT.md §2): cards to add, cards
/// whose text changed (same id, history kept), cards that stay, and cards
/// whose claim left the note (retired: kept, hidden from review).
public struct SyncPlan: Sendable {
    public struct Update: Sendable {
        /// The draft, carrying the id of the stored card it replaces.
        public var draft: CardDraft
        /// The stored card was retired and comes back.
        public var revived: Bool
        /// Only its place in the note moved: stored, but not reported.
        public var moveOnly: Bool
    }

    public var added: [CardDraft] = []
    public var updated: [Update] = []
    public var unchanged: [String] = []
    public var retired: [String] = []
    /// Stored card id → the id its draft has now, to match it by next time
    /// (a card kept by similarity, or made under an older note key).
    public var keys: [String: String] = [:]
    /// Cards whose claim changed: the learner's edit is dropped (the generated text wins again).
    public var droppedEdits: [String] = []
    /// Cards the learner retired whose claim changed: they come back as new cards.
    public var returned: [String] = []

    public var updatedCount: Int { updated.filter { !$0.moveOnly }.count }
    public var unchangedCount: Int { unchanged.count + updated.filter(\.moveOnly).count }
    public var isEmpty: Bool { added.isEmpty && updated.isEmpty && retired.isEmpty }
}
