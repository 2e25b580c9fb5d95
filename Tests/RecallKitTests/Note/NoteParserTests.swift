import Testing
@testable import RecallKit

@Suite struct NoteParserTests {
    @Test func readsFrontMatterChannelAndDeck() throws {
        let note = try Notes.seed()
        #expect(note.title == "Progress and bottlenecks in AI and robotics")
        #expect(note.videoId == "AU9Fdgs0ZaI")
        #expect(note.channel == "redpointai")
        #expect(note.deckName == "redpointai::Progress and bottlenecks in AI and robotics")
    }

    @Test func fallsBackToTheFileNameAndNoLink() throws {
        let note = try Notes.parse("Just a claim \(Notes.anchor("01:02")).\n", file: "notes/my-first_note.md")
        #expect(note.title == "my first note")
        #expect(note.videoId == nil)
        #expect(note.diagnostics.map(\.line) == [1, 1])
    }

    @Test func aTitleLosesItsMarkup() throws {
        let note = try Notes.parse("---\ntitle: The <b>bold</b> [[x|claim]]\n---\n\nA claim here \(Notes.anchor("01:02")).\n")
        #expect(note.title == "The bold claim")
    }

    @Test func anUnclosedFrontMatterIsReadAsText() throws {
        let note = try Notes.parse("---\ntitle: x\nA claim \(Notes.anchor("01:02")).\n")
        #expect(note.diagnostics.contains { $0.message.contains("never closed") && $0.line == 1 })
        #expect(note.anchors.count == 1)
    }

    @Test func headingsReadWikiLinksAsTheirLabels() throws {
        let note = try Notes.parse(Notes.note("## Future [[target|Development Areas]]\n\nA claim \(Notes.anchor("01:02"))."))
        #expect(note.blocks.first?.section == ["Future Development Areas"])
    }

    @Test func readsNestedListsWithLabels() throws {
        let body = """
            Intro:
            1.  **First**: one thing here \(Notes.anchor("01:00")).
                *   nested point \(Notes.anchor("01:10")).
            2.  **Second:** another thing here \(Notes.anchor("02:00")).
            *   **Third** more words here \(Notes.anchor("03:00")).
            """
        let items = try Notes.parse(Notes.note(body)).blocks.compactMap { block -> ListItem? in
            if case .listItem(let item) = block.kind { return item }
            return nil
        }
        #expect(items.map(\.label?.text) == ["First", nil, "Second", "Third"])
        #expect(items.map(\.depth) == [0, 1, 0, 0])
        #expect(items.map(\.number) == [1, nil, 2, nil])
        #expect(items[1].parent != nil)
        #expect(items[2].body.text == "another thing here.")
    }

    @Test func readsTablesAndSkipsFencedCode() throws {
        let body = """
            | Feature | A | B |
            | :--- | :--- | --- |
            | **Role** | one \(Notes.anchor("00:01")) | two [[x|y]] \(Notes.anchor("00:02")) |

            ```java
            int x = 1; // [00:09]
            ```
            """
        let note = try Notes.parse(Notes.note(body))
        guard case .table(let table) = note.blocks[0].kind else {
            Issue.record("expected a table")
            return
        }
        #expect(table.header.map(\.text) == ["Feature", "A", "B"])
        #expect(table.rows[0].cells.map(\.text) == ["Role", "one", "two y"])
        #expect(note.anchors.count == 2)
        guard case .code = note.blocks[1].kind else {
            Issue.record("expected code")
            return
        }
    }

    @Test func calloutTitlesReadAsSections() throws {
        let body = """
            ## Part

            > [!NOTE] Model Progress
            > Visibly, progress is real \(Notes.anchor("42:43:00")).

            [!WARNING]
            It is foolish to forecast \(Notes.anchor("00:09:16")).
            """
        let note = try Notes.parse(Notes.note(body))
        #expect(note.blocks.map(\.section) == [["Part", "Model Progress"], ["Part"]])
        #expect(note.blocks.map(\.quoted) == [true, false])
    }

    @Test func fromLineNamesTheChannelAndMakesNoBlock() throws {
        let note = try Notes.parse(Notes.note("A claim \(Notes.anchor("01:02"))."))
        #expect(note.channel == "channel")
        #expect(note.blocks.count == 1)
    }

    @Test func fromLineWithNoBlankLineAfterItIsStillTheChannel() throws {
        let note = try Notes.parse("---\ntitle: T\n---\n\nFrom: [[veritasium]] <br/>\nThe map models growth \(Notes.anchor("00:30")).\n")
        #expect(note.channel == "veritasium")
        guard case .paragraph(let text) = note.blocks.first?.kind else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(text.text == "The map models growth.")
    }
}
