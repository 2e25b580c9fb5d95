/// Matches freshly generated cards with the stored cards of the same note.
///
/// A draft whose id is stored is that card. A draft with a new id (its claim
/// was edited, so its answer or section changed) takes over the unmatched
/// stored card of the same kind that cites the same moment and says nearly
/// the same thing, so the card keeps its id and its history. Stored cards
/// left unmatched are retired. Pure: it reads and writes nothing.
public enum SyncPlanner {
    /// Least word overlap (Jaccard) for an edited claim to keep its card.
    static let minimumSimilarity = 0.5

    public static func plan(existing: [ExistingCard], drafts: [CardDraft], deck: String) -> SyncPlan {
        var plan = SyncPlan()
        let byId = Dictionary(existing.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let byKey = Dictionary(existing.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        var matched: Set<String> = []
        var pending: [CardDraft] = []
        for draft in drafts {
            if let stored = byKey[draft.id] ?? byId[draft.id], !matched.contains(stored.id) {
                matched.insert(stored.id)
                var kept = draft
                kept.id = stored.id
                if stored.key != draft.id { plan.keys[stored.id] = draft.id }
                record(kept, against: stored, deck: deck, in: &plan)
            } else {
                pending.append(draft)
            }
        }
        let unmatched = existing.filter { !matched.contains($0.id) }
        for (draftIndex, storedIndex) in similarPairs(pending, unmatched) {
            var draft = pending[draftIndex]
            let stored = unmatched[storedIndex]
            if stored.key != draft.id { plan.keys[stored.id] = draft.id }
            draft.id = stored.id
            matched.insert(stored.id)
            pending[draftIndex].id = ""
            record(draft, against: stored, deck: deck, in: &plan)
        }
        plan.added = pending.filter { !$0.id.isEmpty }
        plan.retired = existing.filter { !matched.contains($0.id) && !$0.isRetired }.map(\.id)
        plan.updated.sort { $0.draft.ordinal < $1.draft.ordinal }
        return plan
    }

    private static func record(_ draft: CardDraft, against stored: ExistingCard, deck: String, in plan: inout SyncPlan) {
        let moved = stored.ordinal != draft.ordinal || stored.line != draft.line
        let claimChanged = stored.claim != draft.claim
        if stored.isEdited && claimChanged { plan.droppedEdits.append(stored.id) }
        if stored.isLearnerRetired && claimChanged { plan.returned.append(stored.id) }
        if stored.isLearnerRetired && !claimChanged {
            // The learner's retirement stands: the text may follow the note, the card stays out of review.
            if stored.differs(from: draft, deck: deck) || moved {
                plan.updated.append(.init(draft: draft, revived: false, moveOnly: !stored.differs(from: draft, deck: deck)))
            } else {
                plan.unchanged.append(stored.id)
            }
            return
        }
        if stored.isRetired || stored.differs(from: draft, deck: deck) {
            plan.updated.append(.init(draft: draft, revived: stored.isRetired, moveOnly: false))
        } else if moved {
            plan.updated.append(.init(draft: draft, revived: false, moveOnly: true))
        } else {
            plan.unchanged.append(stored.id)
        }
    }

    /// Draft/stored pairs of the same kind sharing an anchor, most similar
    /// first, each side used once.
    private static func similarPairs(_ drafts: [CardDraft], _ stored: [ExistingCard]) -> [(Int, Int)] {
        guard !drafts.isEmpty, !stored.isEmpty else { return [] }
        let storedWords = stored.map { words($0.claim + " " + $0.back) }
        var scored: [(similarity: Double, draft: Int, stored: Int)] = []
        for (draftIndex, draft) in drafts.enumerated() {
            let draftWords = words(draft.claim + " " + draft.back)
            for (storedIndex, card) in stored.enumerated() where card.kind == draft.kind
                && card.moments.contains { $0.seconds == draft.citation.seconds } {
                let similarity = jaccard(draftWords, storedWords[storedIndex])
                if similarity >= minimumSimilarity { scored.append((similarity, draftIndex, storedIndex)) }
            }
        }
        scored.sort { ($0.similarity, -$0.draft, -$0.stored) > ($1.similarity, -$1.draft, -$1.stored) }
        var usedDrafts: Set<Int> = [], usedStored: Set<Int> = []
        var pairs: [(Int, Int)] = []
        for candidate in scored where !usedDrafts.contains(candidate.draft) && !usedStored.contains(candidate.stored) {
            usedDrafts.insert(candidate.draft)
            usedStored.insert(candidate.stored)
            pairs.append((candidate.draft, candidate.stored))
        }
        return pairs
    }

    private static func words(_ text: String) -> Set<String> {
        Set(Word.words(of: text).map(\.lower))
    }

    private static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        let union = a.union(b).count
        return union == 0 ? 0 : Double(a.intersection(b).count) / Double(union)
    }
}
