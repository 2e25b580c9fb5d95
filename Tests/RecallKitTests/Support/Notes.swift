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
}
