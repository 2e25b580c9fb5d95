import Testing
@testable import RecallKit

@Suite struct ClaimExtractorTests {
    @Test func onlySentencesWithAnchorsAreClaims() throws {
        let note = try Notes.parse(Notes.note("No anchor here. Cited here \(Notes.anchor("01:00")). Also none."))
        let claims = ClaimExtractor.claims(of: note)
        #expect(claims.map(\.text) == ["Cited here."])
        #expect(claims[0].previousSentence == "No anchor here.")
    }

    @Test func aClaimCitesItsFirstAnchorAndKeepsTheOthers() throws {
        let note = try Notes.parse(Notes.note("Two anchors \(Notes.anchor("01:00")), \(Notes.anchor("02:00"))."))
        let claim = try #require(ClaimExtractor.claims(of: note).first)
        #expect(claim.citedAnchor.text == "01:00")
        #expect(claim.anchors.count == 2)
    }

    @Test func labelledItemsBecomeItemAndListClaims() throws {
        let note = try Notes.seed()
        let claims = ClaimExtractor.claims(of: note)
        let list = claims.first { if case .list = $0.shape { return true } else { return false } }
        guard case .list(let intro, let labels) = try #require(list).shape else { return }
        #expect(intro == "Solving the research problems required to release models like Deep Seek involves")
        #expect(labels == ["Organizational Structure", "Engineering Infrastructure", "RL for Human Preferences"])
        let item = claims.first { if case .labelledItem(let label, _, _, _) = $0.shape { return label == "Organizational Structure" } else { return false } }
        guard case .labelledItem(_, let description, _, let siblings) = try #require(item).shape else { return }
        #expect(description == "Building an organization and process to reliably produce models.")
        #expect(siblings == 3)
        #expect(item?.citedAnchor.text == "08:51:24")
    }

    @Test func tableCellsBecomeClaimsWithTheirHeaders() throws {
        let note = try Notes.corpus("05_")
        let cells = ClaimExtractor.claims(of: note).filter { if case .tableCell = $0.shape { return true } else { return false } }
        #expect(cells.count == 10)
        guard case .tableCell(let row, let column, let columns) = cells[7].shape else { return }
        #expect(row == "Confidence Intervals")
        #expect(column == "Crossover Trials")
        #expect(columns == ["Parallel Group Trials", "Crossover Trials"])
        #expect(cells[7].text == "Much narrower")
    }

    @Test func claimsCarryTheirSectionPath() throws {
        let claims = ClaimExtractor.claims(of: try Notes.seed())
        #expect(claims.first?.section == ["Current State of AI Models", "Deep Seek and Model Efficiency"])
    }
}
