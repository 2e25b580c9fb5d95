import Foundation
import RecallKit

/// Why each claim of a note became the card it did, or none.
enum Explain {
    static func run(_ files: [String]) {
        for path in files {
            let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
            guard let note = try? NoteParser.parse(bytes: bytes, file: path) else {
                print("=== \(path): unreadable")
                continue
            }
            print(CardExplanation.text(of: note, source: CardIdentity.sourceKey(videoId: note.videoId, file: path)))
        }
    }
}
