import Testing
@testable import RecallKit

@Suite struct SeedCardTests {
    private let cards: [CardDraft]
    private let note: Note

    init() throws {
        note = try Notes.seed()
        cards = CardGenerator.generate(note, source: "AU9Fdgs0ZaI/seed")
    }

    @Test func hidesAQuotedTermAndCitesItsSecond() throws {
        let card = try #require(cards.first { $0.back == "humongous teacher models" })
        #expect(card.kind == .cloze)
        #expect(card.front == """
            Progress and bottlenecks in AI and robotics › Deep Seek and Model Efficiency
            A key trend observed is the training of "[…]" on vast compute resources, which are then distilled internally into faster, more efficient versions for customers.
            """)
        #expect(card.citation == Citation(timestamp: "03:34:25", seconds: 214, url: "https://www.youtube.com/watch?v=AU9Fdgs0ZaI&t=214s"))
    }

    @Test func firstClaimCitesSecond164() throws {
        let card = try #require(cards.first)
        #expect(card.citation.timestamp == "02:44:11")
        #expect(card.citation.seconds == 164)
    }

    @Test func asksForTheLabelOfADescribedItem() throws {
        let card = try #require(cards.first { $0.back == "Organizational Structure" })
        #expect(card.kind == .qa)
        #expect(card.front.hasSuffix("Solving the research problems required to release models like Deep Seek involves (3 items). Which one is this: “Building an organization and process to reliably produce models”?"))
        #expect(card.citation.seconds == 531)
    }

    @Test func asksForAShortListWhole() throws {
        let card = try #require(cards.first { $0.kind == .list && $0.back.hasPrefix("Organizational Structure") })
        #expect(card.back == "Organizational Structure; Engineering Infrastructure; RL for Human Preferences")
        #expect(card.front.hasSuffix("Solving the research problems required to release models like Deep Seek involves: name all three."))
    }

    @Test func aMismatchedAnchorCitesItsDataT() throws {
        let card = try #require(cards.first { $0.back == "Research Problem" })
        #expect(card.citation.timestamp == "16:18:14")
        #expect(card.citation.seconds == 978)
    }

    @Test func citesAtLeastNinetyPercentOfTheAnchoredMoments() {
        let moments = Set(note.anchors.map { $0.seconds(in: note.timestampMode) })
        let cited = Set(cards.map(\.citation.seconds)).intersection(moments)
        #expect(moments.count == 72)
        #expect(Double(cited.count) / Double(moments.count) >= 0.9)
    }

    @Test func theSameNoteGivesTheSameCards() throws {
        let again = CardGenerator.generate(try Notes.seed(), source: "AU9Fdgs0ZaI/seed")
        #expect(again == cards)
    }

    @Test func idsAreUniqueAndContentDerived() {
        #expect(Set(cards.map(\.id)).count == cards.count)
        #expect(cards.allSatisfy { $0.id.count == 16 })
        let expected = CardIdentity.id(source: "AU9Fdgs0ZaI/seed", section: cards[0].section,
                                       seconds: 164, kind: cards[0].kind, answer: cards[0].back)
        #expect(cards[0].id == expected)
    }
}
