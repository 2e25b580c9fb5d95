import Foundation
import RecallKit

/// Seconds each stage of the pipeline takes over the notes, to see where
/// reading a note spends its time.
enum Stages {
    static func run(_ files: [String]) {
        let notes = files.map { [UInt8](FileManager.default.contents(atPath: $0) ?? Data()) }
        func time(_ name: String, _ body: () -> Void) {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            print(name, String(format: "%.3f s", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
        }
        time("lexicon") { _ = Lexicon.english.classes(of: "warm") }
        var parsed: [Note] = []
        time("text") { for bytes in notes { _ = try? NoteText(bytes: bytes, file: "x") } }
        time("parse") { parsed = notes.compactMap { try? NoteParser.parse(bytes: $0, file: "x.md") } }
        var read: [(claims: [Claim], sentences: NoteSentences)] = []
        time("claims") { read = parsed.map(ClaimExtractor.read) }
        var generators: [CardGenerator] = []
        time("vocabulary") {
            generators = zip(parsed, read).map { CardGenerator(note: $0, source: "s", sentences: $1.sentences) }
        }
        time("cards") { for (generator, note) in zip(generators, read) { _ = generator.cards(for: note.claims) } }
    }
}
