import Testing
@testable import RecallKit

@Suite struct UTF8TextTests {
    private func text(_ value: UTF8Text) -> String { String(decoding: value.bytes, as: UTF8.self) }

    @Test func interpolationWritesTheSameBytesAsAString() {
        let row = "Confidence “intervals”", count = 3
        #expect(text("Row \(row) of \(count) items.") == "Row \(row) of \(count) items.")
        #expect(text("plain") == "plain")
    }

    @Test func sentenceCaseCapitalisesTheFirstLetterAsQuestionCardsDoes() {
        for intro in ["solving it involves", "Already capital", "2 steps", "élan vital", "e\u{301}cole", "", "x"] {
            #expect(text("\(sentenceCase: intro)") == QuestionCards.sentenceCase(intro), "\(intro)")
        }
        #expect(text("\(sentenceCase: "solving it")") == "Solving it")
        #expect(text("\(sentenceCase: "élan")") == "Élan")
    }

    @Test func joinedListsItemsWithAnAndBeforeTheLast() {
        #expect(text("\(joined: [])") == "")
        #expect(text("\(joined: ["A"])") == "A")
        #expect(text("\(joined: ["A", "B"])") == "A and B")
        #expect(text("\(joined: ["A", "B", "C"])") == "A, B and C")
    }
}
