import Foundation
import GRDB
import ZIPFoundation
@testable import RecallKit

/// Collections and readers the export tests share.
enum ExportFixtures {
    static let seedFile = "seeds/progress-and-bottlenecks-in-ai-and-robotics.md"
    static let seedDeck = "redpointai::Progress and bottlenecks in AI and robotics"
    static let clock = Clock(now: Date(timeIntervalSince1970: 1_795_680_000), timeZone: TimeZone(secondsFromGMT: 3600)!)

    /// Text that trips every format: HTML, an entity, tabs, quotes, commas,
    /// line breaks and a leading `#`.
    static let trickyFront = "#1 <script>alert(\"x\")</script> & 'it'\tis, \"quoted\"\nsecond line [link](x)"
    static let trickyBack = "#tag \"A\" & <b>B</b>,\tC\nD"

    /// The seed note, stored.
    static func seeded() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        let data = try Data(contentsOf: URL(fileURLWithPath: Notes.seedPath))
        _ = try database.sync([try PreparedNote(bytes: Array(data), file: seedFile)], now: Collections.now, dryRun: false)
        return database
    }

    /// A small note of known cards, for tests that read one card's text,
    /// section and moment back (the seed's cards change with the generator):
    /// "model factory" (02:44) and "data engine" (03:34) in Models › Efficiency
    /// Gains, "sim to real transfer" (43:07) in Robots.
    static let smallFile = "notes/small-note.md"
    static let smallDeck = "channel::Small note"
    static let smallNote = Notes.note("""
        ## Models

        ### Efficiency Gains

        The lab built a "model factory" for everything \(Notes.anchor("02:44")).

        The team used a "data engine" to improve \(Notes.anchor("03:34")).

        ## Robots

        The robot learned "sim to real transfer" quickly in the big test warehouse \(Notes.anchor("43:07")).
        """, title: "Small note")

    /// The small note, stored.
    static func small() throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        _ = try database.sync([try Collections.prepared(smallNote, file: smallFile)], now: Collections.now, dryRun: false)
        return database
    }

    /// The seed with a review history on three of its cards (the first three
    /// of different claims, so that no answer buries another of them):
    /// card 0 good on 11-20; card 1 again then good (a re-drill) on 11-20;
    /// card 2 easy on 11-20, hard on 11-21.
    static func reviewed() throws -> (AppDatabase, [String]) {
        let database = try seeded()
        var claims = Set<String>()
        let ids = try database.cards(on: Collections.today).filter { claims.insert($0.sibling).inserted }.prefix(3).map(\.id)
        let answers: [(Int, Grade, Int, String)] = [
            (0, .hesitant, 20, "09:00:00"), (1, .wrongRecognised, 20, "09:00:10"), (1, .hesitant, 20, "09:00:20"),
            (2, .perfect, 20, "09:00:30"), (2, .hardPass, 21, "09:00:00"),
        ]
        for (card, grade, day, time) in answers {
            try answer(database, ids[card], grade, day: StudyDay(year: 2026, month: 11, day: day),
                       at: "2026-11-\(day)T\(time)+01:00")
        }
        return (database, ids)
    }

    static func answer(_ database: AppDatabase, _ id: String, _ grade: Grade, day: StudyDay, at time: String) throws {
        guard let card = try database.card(id: id, on: day) else { throw FixtureError.missing(id) }
        let outcome = SM2().review(card.schedule, grade: grade, on: day)
        _ = try database.record(outcome, cardId: id, reviewedAt: time, durationMs: 4321)
    }

    /// Gives the first card of the small note ("model factory") the tricky text (and a leech).
    static func withTrickyCard() throws -> (AppDatabase, String) {
        let database = try small()
        let id = try database.cards(on: Collections.today)[0].id
        try database.write { db in
            try db.execute(sql: "UPDATE card SET front = ?, back = ? WHERE id = ?", arguments: [trickyFront, trickyBack, id])
            try db.execute(sql: "UPDATE cardState SET leech = 1 WHERE cardId = ?", arguments: [id])
        }
        return (database, id)
    }

    static func temporaryFile(_ name: String) throws -> String {
        try Collections.temporaryDirectory().appendingPathComponent(name).path
    }

    /// The `collection.anki2` inside a package, opened read-only.
    static func openPackage(_ path: String) throws -> DatabaseQueue {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        guard let entry = archive["collection.anki2"] else { throw FixtureError.missing("collection.anki2") }
        let target = try Collections.temporaryDirectory().appendingPathComponent("collection.anki2")
        _ = try archive.extract(entry, to: target)
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: target.path, configuration: configuration)
    }

    /// Records of an RFC 4180 file (after its `#` header lines).
    static func records(_ text: String, separator: Character) -> [[String]] {
        let body = text.split(separator: "\n", omittingEmptySubsequences: false).drop { $0.hasPrefix("#") }
        let characters = Array(body.joined(separator: "\n"))
        var records: [[String]] = [], record: [String] = [], field = ""
        var index = 0, quoted = false, atStart = true
        while index < characters.count {
            let character = characters[index]
            index += 1
            if quoted {
                if character != "\"" { field.append(character) }
                else if index < characters.count && characters[index] == "\"" { field.append("\""); index += 1 }
                else { quoted = false }
            } else if character == "\"" && atStart {
                quoted = true
            } else if character == separator {
                record.append(field); field = ""; atStart = true; continue
            } else if character == "\n" {
                record.append(field); records.append(record); record = []; field = ""; atStart = true; continue
            } else {
                field.append(character)
            }
            atStart = false
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    enum FixtureError: Error { case missing(String) }
}
