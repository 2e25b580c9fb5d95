import Foundation
import Testing
@testable import RecallKit

@Suite struct MarkdownSheetTests {
    /// Reads an escaped Markdown span back: hard breaks and their indent
    /// become line breaks, backslash escapes the characters they escape.
    private func unescape(_ text: String, indent: Int) -> String {
        let joined = text.replacingOccurrences(of: "\\\n" + String(repeating: " ", count: indent), with: "\n")
        var out = "", escaped = false
        for character in joined {
            if !escaped && character == "\\" { escaped = true; continue }
            escaped = false
            out.append(character)
        }
        return out
    }

    @Test func theTrickyCardSurvivesTheStudySheet() throws {
        let (database, id) = try ExportFixtures.withTrickyCard()
        let cards = try database.cards(on: Collections.today)
        #expect(cards[0].id == id)
        let sheet = MarkdownSheet.render(cards)
        let start = try #require(sheet.range(of: "\n1. "))
        let lines = sheet[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false).prefix(4).map(String.init)
        #expect(lines == [
            "\\#1 \\<script>alert(\"x\")\\</script> \\& 'it'\tis, \"quoted\"\\",
            "   second line [link\\](x)",
            "   **\\#tag \"A\" \\& \\<b>B\\</b>,\tC\\",
            "   D** — [02:44:11](https://www.youtube.com/watch?v=AU9Fdgs0ZaI&t=164s)",
        ])
        #expect(unescape(lines[0] + "\n" + lines[1], indent: 3) == ExportFixtures.trickyFront)
        let back = String(lines[2].dropFirst(5)) + "\n" + lines[3].prefix { $0 != "*" }
        #expect(unescape(back, indent: 3) == ExportFixtures.trickyBack)
    }

    @Test func theSeedSheetKeepsItsShape() throws {
        let sheet = MarkdownSheet.render(try ExportFixtures.seeded().cards(on: Collections.today))
        let lines = sheet.split(separator: "\n", omittingEmptySubsequences: false).prefix(8).map(String.init)
        #expect(lines == [
            "# redpointai::Progress and bottlenecks in AI and robotics",
            "",
            "*Progress and bottlenecks in AI and robotics* · [video](https://www.youtube.com/watch?v=AU9Fdgs0ZaI) · 75 cards",
            "",
            "## Current State of AI Models › Deep Seek and Model Efficiency",
            "",
            "1. The emergence of models like […] has highlighted a shift towards increased efficiency in AI systems.",
            "   **Deep Seek R1** — [02:44:11](https://www.youtube.com/watch?v=AU9Fdgs0ZaI&t=164s)",
        ])
    }
}
