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
            "   D** — [02:44](https://www.youtube.com/watch?v=VID12345678&t=164s)",
        ])
        #expect(unescape(lines[0] + "\n" + lines[1], indent: 3) == ExportFixtures.trickyFront)
        let back = String(lines[2].dropFirst(5)) + "\n" + lines[3].prefix { $0 != "*" }
        #expect(unescape(back, indent: 3) == ExportFixtures.trickyBack)
    }

    @Test func theSeedSheetKeepsItsShape() throws {
        let cards = try ExportFixtures.seeded().cards(on: Collections.today)
        let first = try #require(cards.first)
        #expect(cards.count == (try Notes.seedCardCount()))
        let sheet = MarkdownSheet.render(cards)
        let lines = sheet.split(separator: "\n", omittingEmptySubsequences: false).prefix(8).map(String.init)
        #expect(Array(lines.prefix(6)) == [
            "# redpointai::Progress and bottlenecks in AI and robotics",
            "",
            "*Progress and bottlenecks in AI and robotics* · [video](https://www.youtube.com/watch?v=AU9Fdgs0ZaI) · \(cards.count) cards",
            "",
            "## \(first.section.joined(separator: " › "))",
            "",
        ])
        // The first card: its question, then its answer and the link to its moment.
        #expect(lines[6].hasPrefix("1. ") && lines[6].contains("[…]"))
        let url = try #require(first.citation.url)
        #expect(lines[7].hasPrefix("   **") && lines[7].contains("** — [\(first.citation.timestamp)](\(url))"))
    }

    @Test func aSmallNoteSheetReadsExactly() throws {
        let cards = try ExportFixtures.small().cards(on: Collections.today)
        #expect(cards.map(\.back) == ["model factory", "data engine", "sim to real transfer"])
        // The questions are the generator's; the sheet shows each without its context line.
        let questions = cards.map { String($0.front.split(separator: "\n").last ?? "") }
        #expect(cards.allSatisfy { $0.front.hasPrefix("Small note › \($0.section.last ?? "")\n") })
        #expect(MarkdownSheet.render(cards) == """
            # channel::Small note

            *Small note* · [video](https://www.youtube.com/watch?v=VID12345678) · 3 cards

            ## Models › Efficiency Gains

            1. \(questions[0])
               **model factory** — [02:44](https://www.youtube.com/watch?v=VID12345678&t=164s)

            2. \(questions[1])
               **data engine** — [03:34](https://www.youtube.com/watch?v=VID12345678&t=214s)

            ## Robots

            1. \(questions[2])
               **sim to real transfer** — [43:07](https://www.youtube.com/watch?v=VID12345678&t=2587s)

            """)
    }
}
