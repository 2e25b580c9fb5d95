import Foundation
import RecallKit

/// Everything the pipeline produces for a note, in a stable text form, so
/// two builds can be compared on many inputs.
enum Dump {
    static func run(_ files: [String]) {
        for path in files {
            let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
            print("=== \(path)")
            do {
                let prepared = try PreparedNote(bytes: bytes, file: path)
                let note = prepared.note
                print(note.title, note.videoId ?? "-", note.channel ?? "-", note.reading.mode, note.deckName)
                for diagnostic in note.diagnostics { print("D", diagnostic) }
                for block in note.blocks { print("B", String(reflecting: block)) }
                for claim in ClaimExtractor.claims(of: note) { print("C", String(reflecting: claim)) }
                for card in prepared.cards { print("K", String(reflecting: card)) }
                print("H", prepared.source, prepared.contentHash, prepared.moments.sorted())
            } catch {
                print("E", error)
            }
        }
    }
}
