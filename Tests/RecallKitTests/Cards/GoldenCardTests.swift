import Foundation
import Testing
@testable import RecallKit

/// Every card of the seed and the corpus, compared with committed golden
/// files, so a change to the generator shows up as a reviewable diff.
/// Regenerate with `RECALL_UPDATE_GOLDEN=1 swift test --filter GoldenCardTests`.
@Suite struct GoldenCardTests {
    static let directory = Fixture.url("golden")

    static func render(_ cards: [CardDraft]) -> String {
        cards.map { card in
            "[\(card.id)] \(card.kind.rawValue) \(card.citation.timestamp) = \(card.citation.seconds)s\n\(card.front)\n→ \(card.back)\n"
        }.joined(separator: "\n")
    }

    @Test func cardsMatchTheGoldenFiles() throws {
        let update = ProcessInfo.processInfo.environment["RECALL_UPDATE_GOLDEN"] == "1"
        if update { try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true) }
        for file in [Notes.seedPath] + (try Notes.corpusFiles()) {
            let note = try Notes.parse(file: file)
            let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            let rendered = Self.render(CardGenerator.generate(note, source: CardIdentity.sourceKey(videoId: note.videoId, file: name + ".md")))
            let golden = Self.directory.appendingPathComponent(name + ".txt")
            if update {
                try rendered.write(to: golden, atomically: true, encoding: .utf8)
            } else {
                let expected = try String(contentsOf: golden, encoding: .utf8)
                #expect(rendered == expected, "\(name): regenerate with RECALL_UPDATE_GOLDEN=1 after checking the diff")
            }
        }
    }
}
