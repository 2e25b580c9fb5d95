import Testing
@testable import RecallKit

@Suite struct SyncPlannerTests {
    private let original = Notes.note("""
        ## Labs

        The job of a lab is to build a "model factory" every single day \(Notes.anchor("01:00")).
        Some critics, like Yann LeCun, doubt original thinking in large models \(Notes.anchor("02:00")).
        """)

    private func drafts(_ text: String) throws -> [CardDraft] {
        try Collections.prepared(text).cards
    }

    private func stored(_ drafts: [CardDraft], retired: Set<String> = []) -> [ExistingCard] {
        drafts.map { draft in
            ExistingCard(id: draft.id, kind: draft.kind, front: draft.front, back: draft.back, claim: draft.claim,
                         section: draft.section, tags: draft.tags, deck: "channel::Test note", moments: draft.moments,
                         sibling: draft.sibling, ordinal: draft.ordinal, line: draft.line,
                         isRetired: retired.contains(draft.id))
        }
    }

    @Test func anUnchangedNoteChangesNothing() throws {
        let cards = try drafts(original)
        let plan = SyncPlanner.plan(existing: stored(cards), drafts: cards, deck: "channel::Test note")
        #expect(plan.added.isEmpty && plan.updated.isEmpty && plan.retired.isEmpty)
        #expect(plan.unchanged.count == cards.count)
    }

    @Test func editingAWordKeepsTheCard() throws {
        let before = try drafts(original)
        let after = try drafts(original.replacingOccurrences(of: "every single day", with: "every day"))
        #expect(after.map(\.id) == before.map(\.id))
        let plan = SyncPlanner.plan(existing: stored(before), drafts: after, deck: "channel::Test note")
        #expect(plan.updatedCount == 1)
        #expect(plan.added.isEmpty && plan.retired.isEmpty)
    }

    @Test func editingTheAnswerKeepsTheCardsIdAndHistory() throws {
        let before = try drafts(original)
        let after = try drafts(original.replacingOccurrences(of: "model factory", with: "model foundry"))
        let edited = try #require(after.first { $0.back == "model foundry" })
        let old = try #require(before.first { $0.back == "model factory" })
        #expect(edited.id != old.id)
        let plan = SyncPlanner.plan(existing: stored(before), drafts: after, deck: "channel::Test note")
        #expect(plan.added.isEmpty && plan.retired.isEmpty)
        #expect(plan.updated.map(\.draft.id) == [old.id])
        #expect(plan.updated.first?.draft.back == "model foundry")
    }

    @Test func aClaimGoneFromTheNoteRetiresItsCard() throws {
        let before = try drafts(original)
        let after = try drafts(Notes.note("## Labs\n\nSome critics, like Yann LeCun, doubt original thinking in large models \(Notes.anchor("02:00"))."))
        let plan = SyncPlanner.plan(existing: stored(before), drafts: after, deck: "channel::Test note")
        #expect(plan.retired == [before[0].id])
        #expect(plan.added.isEmpty)
    }

    @Test func aClaimThatComesBackRevivesItsCard() throws {
        let cards = try drafts(original)
        let plan = SyncPlanner.plan(existing: stored(cards, retired: [cards[0].id]), drafts: cards, deck: "channel::Test note")
        #expect(plan.updated.map(\.revived) == [true])
        #expect(plan.updated.first?.draft.id == cards[0].id)
    }

    @Test func movingAClaimIsStoredButNotReportedAsAnUpdate() throws {
        let before = try drafts(original)
        let after = try drafts(original.replacingOccurrences(of: "## Labs\n", with: "## Labs\n\nAn uncited opening line.\n"))
        let plan = SyncPlanner.plan(existing: stored(before), drafts: after, deck: "channel::Test note")
        #expect(plan.updatedCount == 0)
        #expect(plan.unchangedCount == before.count)
    }
}
