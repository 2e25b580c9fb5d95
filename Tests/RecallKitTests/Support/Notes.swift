import Foundation
@testable import RecallKit

/// Notes the tests read: the bundled seed, the corpus fixtures, or text.
enum Notes {
    static let seedPath = Fixture.repositoryRoot.appendingPathComponent("seeds/progress-and-bottlenecks-in-ai-and-robotics.md").path

    static func seed() throws -> Note {
        try parse(file: seedPath)
    }

    static func corpusFiles() throws -> [String] {
        let directory = Fixture.url("corpus")
        return try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".md") }.sorted().map { directory.appendingPathComponent($0).path }
    }

    static func corpus(_ prefix: String) throws -> Note {
        let file = try corpusFiles().first { ($0 as NSString).lastPathComponent.hasPrefix(prefix) }!
        return try parse(file: file)
    }

    static func parse(file: String) throws -> Note {
        let data = try Data(contentsOf: URL(fileURLWithPath: file))
        return try NoteParser.parse(bytes: Array(data), file: file)
    }

    static func parse(_ text: String, file: String = "note.md") throws -> Note {
        try NoteParser.parse(bytes: Array(text.utf8), file: file)
    }

    /// A minimal note around `body`.
    static func note(_ body: String, title: String = "Test note", videoId: String? = "VID12345678") -> String {
        var text = "---\ntitle: \(title)\n"
        if let videoId { text += "videoId: \(videoId)\n" }
        return text + "---\n\nFrom: [[channel]] <br/>\n\n" + body + "\n"
    }

    static func anchor(_ stamp: String, shown: String? = nil) -> String {
        "<a class=\"yt-timestamp\" data-t=\"\(stamp)\">[\(shown ?? stamp)]</a>"
    }

    /// The cards the generator makes of the bundled seed now. The generator
    /// changes, and with it this number: tests compare with it and never
    /// with a number written down.
    static func seedCardCount() throws -> Int {
        let data = try Data(contentsOf: URL(fileURLWithPath: seedPath))
        return try PreparedNote(bytes: Array(data), file: "seeds/progress-and-bottlenecks-in-ai-and-robotics.md").cards.count
    }

    /// A coined name no dictionary holds (`"bakorax engine"`), of a rare
    /// made-up word and a noun: the kind of quoted term the generator makes a
    /// card of. Distinct for every index below 980.
    static func coinedName(_ index: Int) -> String {
        let consonants = Array("bdfgklmnprstvz"), vowels = Array("aeiou")
        let heads = ["engine", "method", "system", "model", "network", "protocol", "framework", "pipeline"]
        let word = "\(consonants[index % 14])\(vowels[index / 14 % 5])\(consonants[index / 70 % 14])o\(index % 2 == 0 ? "r" : "q")ax"
        return "\(word) \(heads[index % heads.count])"
    }

    /// The moment of claim `index` of `manyClaims`: `00:30`, `00:37`, … (seven seconds apart).
    static func claimStamp(_ index: Int) -> String {
        let seconds = 30 + 7 * index
        return String(format: "%02d:%02d", seconds / 60, seconds % 60)
    }

    /// A note of `count` claims, a paragraph each, each naming its own coined
    /// term in quotes (`coinedName(i)`, the answer of its card) and citing its
    /// own moment (`claimStamp(i)`): for tests that need many cards, whatever
    /// the generator makes of the seed.
    static func manyClaims(_ count: Int, title: String = "Many claims", videoId: String? = "VID12345678") -> String {
        let claims = (0..<count).map { index in
            "The lab built the \"\(coinedName(index))\" here \(anchor(claimStamp(index)))."
        }
        return note("## Claims\n\n" + claims.joined(separator: "\n\n"), title: title, videoId: videoId)
    }

    /// `manyClaims(count)` prepared, checked to give at least a card a claim
    /// (tests that need many cards need that many; they count the cards made).
    static func preparedClaims(_ count: Int, title: String = "Many claims", file: String = "notes/many-claims.md") throws -> PreparedNote {
        let note = try Collections.prepared(manyClaims(count, title: title), file: file)
        guard note.cards.count >= count else { throw NotesError.fewerCards(expected: count, made: note.cards.count) }
        return note
    }

    enum NotesError: Error { case fewerCards(expected: Int, made: Int) }
}
