import Foundation
import RecallKit

/// How many of each note's distinct anchored moments are on a card
/// (counting every moment a card carries), and the share over all notes.
enum Coverage {
    static func run(_ files: [String]) {
        var total = 0, covered = 0
        for path in files {
            let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
            guard let prepared = try? PreparedNote(bytes: bytes, file: path) else { continue }
            let onCards = Set(prepared.cards.flatMap(\.anchorSeconds))
            let hit = prepared.moments.intersection(onCards).count
            total += prepared.moments.count
            covered += hit
            print("\(hit)/\(prepared.moments.count)\t\(prepared.cards.count) cards\t\((path as NSString).lastPathComponent)")
        }
        print(String(format: "coverage: %d of %d moments (%.1f%%)", covered, total,
                     total == 0 ? 0 : 100 * Double(covered) / Double(total)))
    }
}

/// Every card of the notes as JSON, one array: what a judge reads.
enum CardDump {
    static func run(_ files: [String]) {
        var cards: [[String: Any]] = []
        for path in files {
            let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
            guard let prepared = try? PreparedNote(bytes: bytes, file: path) else { continue }
            for card in prepared.cards {
                cards.append([
                    "id": card.id, "note": (path as NSString).lastPathComponent, "type": card.kind.rawValue,
                    "front": card.front, "back": card.back, "claim": card.claim, "section": card.section,
                    "sibling": card.sibling,
                    "source": [
                        "title": prepared.note.title, "timestamp": card.citation.timestamp,
                        "seconds": card.citation.seconds, "url": card.citation.url ?? NSNull(),
                        "moments": card.moments.map { ["timestamp": $0.timestamp, "seconds": $0.seconds,
                                                       "url": $0.url ?? NSNull()] as [String: Any] },
                    ] as [String: Any],
                ])
            }
        }
        let data = try! JSONSerialization.data(withJSONObject: cards, options: [.prettyPrinted, .sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }
}

/// The claims whose moments no card carries, to see what the generator misses.
enum Uncovered {
    static func run(_ files: [String]) {
        for path in files {
            let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
            guard let prepared = try? PreparedNote(bytes: bytes, file: path) else { continue }
            let onCards = Set(prepared.cards.flatMap(\.anchorSeconds))
            for claim in ClaimExtractor.claims(of: prepared.note) where !claim.moments.contains(where: { onCards.contains($0.seconds) }) {
                print("\((path as NSString).lastPathComponent.prefix(3)) L\(claim.line): \(claim.text)")
            }
        }
    }
}
