import ArgumentParser
import Foundation
import RecallKit

/// Options every command takes: the collection and the clock.
struct GlobalOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The collection file.", discussion: "Default: $RECALL_DB, else $XDG_DATA_HOME/recall/collection.sqlite.", valueName: "path"))
    var db: String?

    @Option(help: ArgumentHelp("Act as if it were this time (ISO 8601, e.g. 2026-11-26T09:00:00+01:00).", discussion: "Default: $RECALL_NOW, else the system clock.", valueName: "time"))
    var now: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var databasePath: String {
        if let db, !db.isEmpty { return db }
        if let path = environment["RECALL_DB"], !path.isEmpty { return path }
        return AppDatabase.defaultPath(environment: environment)
    }

    /// The collection for a command that writes (created if needed).
    func database() throws -> AppDatabase {
        do {
            return try AppDatabase.open(path: databasePath)
        } catch {
            throw CommandFailure(error)
        }
    }

    /// The collection for a command that changes what is there: never
    /// created (a missing collection is an error), migrated if need be.
    func writingExistingDatabase() throws -> AppDatabase {
        guard FileManager.default.fileExists(atPath: databasePath) else {
            throw CommandFailure(StoreError.missing(path: databasePath))
        }
        return try database()
    }

    /// The collection for a command that only reads: opened read-only, never
    /// created. With `orEmpty`, a missing collection (or an empty file) reads
    /// as an empty one.
    func readingDatabase(orEmpty: Bool = false) throws -> AppDatabase {
        do {
            return try AppDatabase.openForReading(path: databasePath)
        } catch .missing where orEmpty, .emptyFile where orEmpty {
            do { return try AppDatabase.inMemory() } catch { throw CommandFailure(error) }
        } catch {
            throw CommandFailure(error)
        }
    }

    func clock() throws -> Clock {
        let text = now ?? environment["RECALL_NOW"]
        guard let text, !text.isEmpty else { return .system }
        guard let clock = Clock(iso8601: text) else {
            throw ValidationError("cannot read the time \"\(text)\"; use ISO 8601 such as 2026-11-26T09:00:00+01:00")
        }
        return clock
    }

    func validate() throws {
        if let db, db.isEmpty { throw ValidationError("--db needs the path of a collection; it was given an empty one") }
        _ = try clock()
    }
}
