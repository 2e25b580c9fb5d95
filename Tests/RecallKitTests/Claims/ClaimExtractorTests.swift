import Testing
@testable import RecallKit

@Suite struct ClaimExtractorTests {
    private func claims(_ body: String) throws -> [Claim] {
        ClaimExtractor.claims(of: try Notes.parse(Notes.note(body)))
    }

    @Test func everySentenceWithAnAnchorIsAClaimThatKnowsTheOneBefore() throws {
        let found = try claims("Transformers changed AI. They process tokens in parallel \(Notes.anchor("00:10")). Attention weighs them \(Notes.anchor("00:20")).")
        #expect(found.map(\.text) == ["They process tokens in parallel.", "Attention weighs them."])
        #expect(found.map { $0.context.previous?.text } == ["Transformers changed AI.", "They process tokens in parallel."])
        #expect(found[1].context.previousMoments.map(\.seconds) == [10])
    }

    @Test func aClaimCarriesAllItsMomentsOnceEach() throws {
        let found = try claims("Each node infects others \(Notes.anchor("00:01:10")) \(Notes.anchor("00:01:20")) \(Notes.anchor("00:01:10")).")
        #expect(found.first?.moments.map(\.seconds) == [70, 80])
        #expect(found.first?.moments.first?.url == "https://www.youtube.com/watch?v=VID12345678&t=70s")
    }

    @Test func labelledItemsKeepTheirLeadInAndMakeAListClaim() throws {
        let body = """
            Data remains crucial, serving two main purposes:
            1.  **Basic Task Learning**: Teaching models the basics of a task \(Notes.anchor("01:00")).
            2.  **Fuzzy Task Evaluation**: Teaching models what good looks like \(Notes.anchor("02:00")).
            """
        let found = try claims(body)
        #expect(found.map(\.shape) == [
            .labelledItem(label: "Basic Task Learning", description: "Teaching models the basics of a task."),
            .list(labels: ["Basic Task Learning", "Fuzzy Task Evaluation"]),
            .labelledItem(label: "Fuzzy Task Evaluation", description: "Teaching models what good looks like."),
        ])
        #expect(found.map(\.context.leadIn) == Array(repeating: "Data remains crucial, serving two main purposes", count: 3))
        #expect(found[1].moments.map(\.seconds) == [60, 120])
        #expect(Set(found.compactMap(\.group)).count == 1)
        #expect(found[2].context.place?.position == 1)
        #expect(found[2].context.place?.number == 2)
    }

    @Test func aNestedItemIsLedInByItsParent() throws {
        let body = """
            *   **Parts of a cell**: each has a role \(Notes.anchor("00:30")).
                *   The nucleus holds the genome \(Notes.anchor("00:40")).
            """
        let found = try claims(body)
        #expect(found.last?.text == "The nucleus holds the genome.")
        #expect(found.last?.context.leadIn == "Parts of a cell")
    }

    @Test func tableCellsKnowTheirRowAndColumn() throws {
        let body = """
            | Feature | Parallel | Crossover |
            | --- | --- | --- |
            | **Patient Role** | One treatment \(Notes.anchor("00:01")) | Several treatments \(Notes.anchor("00:02")) |
            """
        let found = try claims(body)
        #expect(found.map(\.shape) == [
            .tableCell(row: "Patient Role", column: "Parallel", columns: ["Parallel", "Crossover"]),
            .tableCell(row: "Patient Role", column: "Crossover", columns: ["Parallel", "Crossover"]),
        ])
        #expect(found.map(\.text) == ["One treatment", "Several treatments"])
    }
}
