import Foundation
import Testing
@testable import RecallKit

/// Every card the generator makes from the seed and the ten corpus fixtures,
/// compared with the golden files in `Fixtures/golden`. A change to the card
/// policy shows here as a diff to read card by card;
/// `RECALL_UPDATE_GOLDEN=1 swift test --filter GoldenCardTests` rewrites
/// the files once the diff has been read.
@Suite struct GoldenCardTests {
    static var notes: [String] {
        ((try? Notes.corpusFiles()) ?? []) + [Notes.seedPath]
    }

    @Test(arguments: notes)
    func cardsMatchTheGoldenFile(_ path: String) throws {
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension + ".txt"
        let bytes = try Array(Data(contentsOf: URL(fileURLWithPath: path)))
        let prepared = try PreparedNote(bytes: bytes, file: (path as NSString).lastPathComponent)
        let text = Self.render(prepared.cards)
        let golden = Fixture.url("golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECALL_UPDATE_GOLDEN"] == "1" {
            try text.write(to: golden, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(text == expected, "\(name) differs: rerun with RECALL_UPDATE_GOLDEN=1 after reading the diff")
    }

    /// One block per card: id, kind, every moment, sibling group; the front; the answer.
    static func render(_ cards: [CardDraft]) -> String {
        cards.map { card in
            let moments = card.moments.map { "\($0.timestamp) = \($0.seconds)s" }.joined(separator: ", ")
            return "[\(card.id)] \(card.kind.rawValue) \(moments) sibling \(card.sibling)\n\(card.front)\n→ \(card.back)\n"
        }.joined(separator: "\n")
    }
}
