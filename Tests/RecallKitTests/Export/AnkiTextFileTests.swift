import Foundation
import Testing
@testable import RecallKit

@Suite struct AnkiTextFileTests {
    private func export(_ format: ExportFormat, _ database: AppDatabase) throws -> String {
        let path = try ExportFixtures.temporaryFile("deck.\(format.rawValue)")
        _ = try CollectionExport.write(format, from: database, to: path, clock: ExportFixtures.clock)
        return try String(contentsOfFile: path, encoding: .utf8)
    }

    @Test func theTsvStartsWithAnkisHeaderLines() throws {
        let database = try ExportFixtures.seeded()
        let text = try export(.tsv, database)
        let header = text.split(separator: "\n").prefix(7).map(String.init)
        #expect(header == [
            "#separator:tab", "#html:true", "#notetype:recall Front/Back/Source", "#deck column:4",
            "#tags column:5", "#guid column:6", "#columns:Front\tBack\tSource\tDeck\tTags\tGUID",
        ])
        let records = ExportFixtures.records(text, separator: "\t")
        #expect(records.count == (try Notes.seedCardCount()))
        #expect(records.allSatisfy { $0.count == 6 })
        // The first card: its deck, its tags (the channel and its section, spaces as `_`), its GUID.
        let first = try #require(try database.cards(on: Collections.today).first)
        #expect(records[0][3] == ExportFixtures.seedDeck)
        #expect(records[0][4] == "redpointai " + (first.section.last ?? "").replacingOccurrences(of: " ", with: "_"))
        #expect(records[0][5] == "recall-\(first.id)")
    }

    @Test func theTrickyCardSurvivesTheTsv() throws {
        let (database, id) = try ExportFixtures.withTrickyCard()
        let text = try export(.tsv, database)
        let record = try #require(ExportFixtures.records(text, separator: "\t").first { $0.last == "recall-\(id)" })
        #expect(record.count == 6)
        #expect(HTMLText.unescape(record[0]) == ExportFixtures.trickyFront)
        #expect(HTMLText.unescape(record[1]) == ExportFixtures.trickyBack)
        #expect(record[4] == "channel Efficiency_Gains leech")
        let line = try #require(text.split(separator: "\n").first { $0.hasSuffix("recall-\(id)") })
        #expect(line.hasPrefix("\"#1 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 'it'\tis, &quot;quoted&quot;<br>second line [link](x)\"\t\"#tag"))
    }

    @Test func theTrickyCardSurvivesTheCsv() throws {
        let (database, id) = try ExportFixtures.withTrickyCard()
        let text = try export(.csv, database)
        #expect(text.hasPrefix("#separator:comma\n#html:true\n"))
        #expect(text.contains("\n#columns:Front,Back,Source,Deck,Tags,GUID\n"))
        let records = ExportFixtures.records(text, separator: ",")
        #expect(records.count == (try database.cards(on: Collections.today).count) && records.allSatisfy { $0.count == 6 })
        let record = try #require(records.first { $0.last == "recall-\(id)" })
        #expect(HTMLText.unescape(record[0]) == ExportFixtures.trickyFront)
        #expect(HTMLText.unescape(record[1]) == ExportFixtures.trickyBack)
    }

    @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
        #expect(AnkiTextFile.quoted("plain text", separator: "\t") == "plain text")
        #expect(AnkiTextFile.quoted("a, b", separator: "\t") == "a, b")
        #expect(AnkiTextFile.quoted("a, b", separator: ",") == "\"a, b\"")
        #expect(AnkiTextFile.quoted("a\tb", separator: "\t") == "\"a\tb\"")
        #expect(AnkiTextFile.quoted("say \"hi\"", separator: "\t") == "\"say \"\"hi\"\"\"")
        #expect(AnkiTextFile.quoted("#1 rule", separator: "\t") == "\"#1 rule\"")
        #expect(AnkiTextFile.quoted("line\nbreak", separator: ",") == "\"line\nbreak\"")
        #expect(AnkiTextFile.quoted("c#", separator: "\t") == "c#")
    }
}
