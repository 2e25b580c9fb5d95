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

    @Test func filterKeepsEveryKeyAddedAndTurnsMostOthersAway() {
        let added = (0..<3000).map { WordKey(lowercase: "word\($0)") }
        let filter = WordFilter(added)
        #expect(added.allSatisfy(filter.mayContain)) // never a false "no"
        let others = (0..<10000).map { WordKey(lowercase: "other\($0)") }
        let passed = others.filter(filter.mayContain).count
        #expect(passed < 1000, "\(passed) of 10,000 keys never added passed") // about 4.5% expected
    }

    @Test func sequenceKeysFollowTheWordsAndTheirOrder() {
        let (a, b) = (WordKey(lowercase: "model"), WordKey(lowercase: "weights"))
        #expect(WordKey(sequence: [a, b]) == WordKey(sequence: [a, b]))
        #expect(WordKey(sequence: [a, b]) != WordKey(sequence: [b, a]))
        #expect(WordKey(sequence: [a]) != WordKey(sequence: [a, a]))
        #expect(WordKey(sequence: []) != WordKey(sequence: [a]))
    }

    @Test func everydayWordsAndTheirPluralsAreFoundThroughTheFilter() {
        for word in ["approach", "model", "models", "cases", "long-term", "large-scale"] {
            let tokens = Tokens(word)
            #expect(CommonWords.contains(tokens.words[0], in: tokens) == CommonWords.contains(word), "\(word)")
        }
        let tokens = Tokens("transformer")
        #expect(!CommonWords.contains(tokens.words[0], in: tokens))
        #expect(CommonWords.list.allSatisfy { word in
            let tokens = Tokens(word)
            return tokens.words.count == 1 && CommonWords.contains(tokens.words[0], in: tokens)
        })
    }
}
