import Testing
@testable import RecallKit

@Suite struct SentenceTests {
    private func sentences(_ markup: String) -> [Sentence] {
        Sentence.split(InlineReader.read([(1, Substring(markup))], file: "n.md").0)
    }

    @Test func splitsAtFullStopsBeforeACapital() {
        #expect(sentences("One thing here. Two things there! Three? Yes.").map(\.text)
                == ["One thing here.", "Two things there!", "Three?", "Yes."])
    }

    @Test func keepsAbbreviationsInitialsAndNumbersWhole() {
        #expect(sentences("Tools, e.g. Git, help. J. K. Rowling wrote it in 3.5 years. Dr. Who").map(\.text)
                == ["Tools, e.g. Git, help.", "J. K. Rowling wrote it in 3.5 years.", "Dr. Who"])
    }

    @Test func anAnchorBelongsToTheSentenceItEndsOrStandsIn() {
        let split = sentences("First claim \(Notes.anchor("00:01")). Second claim. \(Notes.anchor("00:02")) Third \(Notes.anchor("00:03")) claim.")
        #expect(split.map(\.text) == ["First claim.", "Second claim.", "Third claim."])
        #expect(split.map { $0.anchors.map(\.stamp.text) } == [["00:01"], ["00:02"], ["00:03"]])
    }

    @Test func keepsTheCodeRangesOfItsSentence() {
        let split = sentences("Call `f` first. Then call `g` twice.")
        #expect(split.map(\.code) == [[5..<6], [10..<11]])
    }
}
