import Foundation
import RecallKit

/// The real notes the benchmarks copy cards from: the seed and the test corpus.
enum Corpus {
    static func notes() throws -> [PreparedNote] {
        let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let (files, _) = NoteFiles.collect([root.appendingPathComponent("seeds").path,
                                            root.appendingPathComponent("Tests/RecallKitTests/Fixtures/corpus").path])
        let notes = files.compactMap { file -> PreparedNote? in
            guard case .success(let bytes) = NoteFiles.read(file) else { return nil }
            return try? PreparedNote(bytes: bytes, file: file)
        }
        guard !notes.isEmpty else { throw BenchError("run from the repository root: no notes in seeds/ or the test corpus") }
        return notes
    }

    /// `count` notes' worth of prepared notes, copied from the real ones with
    /// distinct sources, videos and titles, so every card is new.
    static func copies(cards count: Int) throws -> [PreparedNote] {
        let originals = try notes()
        var copies: [PreparedNote] = []
        var total = 0
        var index = 0
        while total < count {
            let original = originals[index % originals.count]
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: original.note.file)), as: UTF8.self)
                .replacingOccurrences(of: "videoId: \(original.note.videoId ?? "")", with: "videoId: COPY\(index)")
                .replacingOccurrences(of: "title: \(original.note.title)", with: "title: \(original.note.title) #\(index)")
            let copy = try PreparedNote(bytes: Array(text.utf8), file: "copy-\(index)/\((original.note.file as NSString).lastPathComponent)")
            copies.append(copy)
            total += copy.cards.count
            index += 1
        }
        return copies
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
