import Testing
@testable import RecallKit

@Suite struct ClozeTests {
    private func cards(_ body: String, title: String = "Test note") throws -> [CardDraft] {
        CardGenerator.generate(try Notes.parse(Notes.note(body, title: title)), source: "s")
    }

    @Test func prefersAQuotedTerm() throws {
        let card = try #require(try cards("## Labs\n\nThe job of a lab is to run a \"model factory\" every day \(Notes.anchor("01:00")).").first)
        #expect(card.back == "model factory")
        #expect(card.front == "Test note › Labs\nThe job of a lab is to run a \"[…]\" every day.")
    }

    @Test func hidesANumberWithItsMagnitude() throws {
        let card = try #require(try cards("## Scale\n\nThe largest model has 175 billion parameters in total \(Notes.anchor("01:00")).").first)
        #expect(card.back == "175 billion")
    }

    @Test func anAnaphoricSentenceBringsItsPredecessor() throws {
        let body = "## Shift\n\nLabs used to work by trial and error \(Notes.anchor("01:00")). This represents a shift from \"alchemy to industrialization\" \(Notes.anchor("02:00"))."
        let card = try #require(try cards(body).first { $0.back == "alchemy to industrialization" })
        #expect(card.front.hasSuffix("Labs used to work by trial and error. This represents a shift from \"[…]\"."))
    }

    @Test func contextAvoidsGivingTheAnswerAway() throws {
        let card = try #require(try cards("## NVIDIA's Impact\n\nThe crash hit the share price of NVIDIA badly this year \(Notes.anchor("01:00")).").first)
        #expect(card.back == "NVIDIA")
        #expect(card.front.hasPrefix("Test note\n"))
    }

    @Test func aSentenceWithNothingWorthKnowingMakesNoCard() throws {
        #expect(try cards("## Talk\n\nIt was a good thing to do for them \(Notes.anchor("01:00")).").isEmpty)
    }

    @Test func aNamedSubjectIsAskedFor() throws {
        let body = "## RL\n\nRL is used to force the model to satisfy its own sense of a good outcome \(Notes.anchor("01:00"))."
        let card = try #require(try cards(body).first)
        #expect(card.kind == .qa)
        #expect(card.back == "RL")
        #expect(card.front == "Test note\nWhat is used to force the model to satisfy its own sense of a good outcome?")
    }
}
