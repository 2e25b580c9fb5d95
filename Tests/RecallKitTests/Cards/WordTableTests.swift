import Testing
@testable import RecallKit

@Suite struct WordTableTests {
    @Test func keysIgnoreASCIICaseButNotSpelling() {
        #expect(WordKey(foldingASCII: Array("Model".utf8)) == WordKey(lowercase: "model"))
        #expect(WordKey(foldingASCII: Array("models".utf8)) != WordKey(lowercase: "model"))
    }

    @Test func keysBeyondASCIIFollowStringEquality() {
        // `é` composed and decomposed are one String, so one key.
        #expect(WordKey(lowercase: "caf\u{E9}") == WordKey(lowercase: "cafe\u{301}"))
        #expect(WordKey(lowercase: "caf\u{E9}") != WordKey(lowercase: "cafe"))
    }

    @Test func tableGivesEachKeyItsInsertionIndexThroughGrowth() {
        var table = WordTable(capacity: 2)
        let words = (0..<100).map { WordKey(lowercase: "word\($0)") }
        for (index, key) in words.enumerated() {
            #expect(table.insert(key) == (index, true))
        }
        #expect(table.insert(words[42]) == (42, false))
        #expect(table.count == 100)
        #expect(words.indices.allSatisfy { table.index(of: words[$0]) == $0 })
        #expect(table.index(of: WordKey(lowercase: "absent")) == nil)
        #expect(Set(table.keys.map(\.value)) == Set(words.map(\.value)))
    }

    @Test func setAnswersLikeASetOfLowercaseStrings() {
        let set: WordSet = ["the", "e.g", "large-scale"]
        #expect(set.contains("the"))
        #expect(set.contains("e.g"))
        #expect(set.contains("large-scale"))
        #expect(!set.contains("The")) // lowercase in, as `Set<String>` would take it
        #expect(!set.contains("then"))
    }
}
