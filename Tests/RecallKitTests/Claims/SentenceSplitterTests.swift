import Testing
@testable import RecallKit

@Suite struct SentenceSplitterTests {
    private func sentences(_ text: String) -> [Sentence] {
        var diagnostics: [Diagnostic] = []
        return SentenceSplitter.split(InlineText.parse([SourceLine(number: 1, text: Substring(text))], file: "n", diagnostics: &diagnostics))
    }

    @Test func splitsAtFullStopsButNotAbbreviationsOrDecimals() {
        let result = sentences("GPT-3 has 175.5 units (e.g., Expedia, SAP). Dr. Smith agreed. J. Doe wrote it! Was it?")
        #expect(result.map(\.text) == ["GPT-3 has 175.5 units (e.g., Expedia, SAP).", "Dr. Smith agreed.", "J. Doe wrote it!", "Was it?"])
    }

    @Test func anAnchorGoesToTheSentenceItCloses() {
        let result = sentences("One here \(Notes.anchor("00:01")). Two here. \(Notes.anchor("00:02")) Three \(Notes.anchor("00:03")).")
        #expect(result.map(\.anchors.count) == [1, 1, 1])
        #expect(result.map { $0.anchors.first?.text } == ["00:01", "00:02", "00:03"])
    }

    @Test func keepsClosingQuotesWithTheirSentence() {
        let result = sentences("He said \"go.\" Then left.")
        #expect(result.map(\.text) == ["He said \"go.\"", "Then left."])
    }

    @Test func lowercaseAfterAStopIsNotANewSentence() {
        #expect(sentences("It costs approx. five dollars. Next.").count == 2)
        #expect(sentences("vs. the old one and more. Done.").count == 2)
    }
}
