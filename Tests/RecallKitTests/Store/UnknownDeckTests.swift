import Testing
@testable import RecallKit

@Suite struct UnknownDeckTests {
    @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        #expect(UnknownDeck.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(UnknownDeck.editDistance(Array(""), Array("abc")) == 3)
        #expect(UnknownDeck.editDistance(Array("deck"), Array("deck")) == 0)
    }

    @Test func aNameHoldingSomethingCloseToTheQueryComesFirst() {
        #expect(UnknownDeck.editDistance(Array("progres"), Array("the progress bar"), anywhereIn: true) == 0)
        #expect(UnknownDeck.editDistance(Array("botlenecks"), Array("ai bottlenecks"), anywhereIn: true) == 1)
        let names: Set = ["fireship::Rust in 100 seconds", "fireship::", "redpointai::", "Rust in 100 seconds", "Go in 100 seconds"]
        #expect(UnknownDeck.closest(to: "firship::", among: names) == ["fireship::", "fireship::Rust in 100 seconds", "redpointai::"])
        #expect(UnknownDeck.closest(to: "rust", among: names, limit: 2) == ["Rust in 100 seconds", "fireship::Rust in 100 seconds"])
    }

    @Test func theMessageNamesThemOrSaysThereAreNoDecks() throws {
        #expect("\(UnknownDeck(name: "x", suggestions: ["a"]))" == "no deck matches \"x\"; did you mean \"a\"? (recall decks lists them all)")
        #expect("\(UnknownDeck(name: "x", suggestions: ["a", "b"]))" == "no deck matches \"x\"; did you mean \"a\" or \"b\"? (recall decks lists them all)")
        #expect("\(UnknownDeck(name: "x", suggestions: []))" == "no deck matches \"x\": the collection has no decks yet")
        let empty = try AppDatabase.inMemory()
        #expect(throws: UnknownDeck(name: "x", suggestions: [])) { try empty.requireDeck("x") }
        try empty.requireDeck(nil)
    }
}
