import Foundation
@testable import RecallKit

/// Collections for tests: in memory, or in a fresh temporary folder.
enum Collections {
    static let now = "2026-11-26T09:00:00+01:00"
    static let today = StudyDay(year: 2026, month: 11, day: 26)

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("recall-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func prepared(_ text: String, file: String = "notes/test-note.md") throws -> PreparedNote {
        try PreparedNote(bytes: Array(text.utf8), file: file)
    }
}
