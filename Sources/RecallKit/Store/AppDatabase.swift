import Foundation
import GRDB

/// The collection: one SQLite file holding documents, decks, cards, their
/// scheduling state and the review log (PRODUCT.md §4).
///
/// It stores what it is handed and never decides a schedule.
public struct AppDatabase: Sendable {
    let writer: any DatabaseWriter

    /// Opens (creating if needed) a collection at `path`: WAL, foreign keys,
    /// a busy timeout so a second `recall` waits instead of failing, and
    /// migrations. A collection written by a newer recall is refused untouched.
    public static func open(path: String, busyTimeout: TimeInterval = 5) throws(StoreError) -> AppDatabase {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw .cannotOpen(path: path, reason: "cannot create \(directory): \(error.localizedDescription)")
            }
        }
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        config.prepareDatabase { db in
            // A large generate touches tens of megabytes: the writer keeps them in memory until the
            // commit. Readers keep SQLite's default cache; the OS caches the file for them.
            if !db.configuration.readonly {
                try db.execute(sql: "PRAGMA cache_size = -65536")
            }
            // Statement journals (a statement that fires a trigger keeps one) stay in memory: on
            // disk they cost a write per page touched, tens of thousands for one generate.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: config)
            // Every commit reaches the disk before it returns (GRDB's WAL default, NORMAL, would
            // survive a crash of recall but not a power cut): an answer is never lost.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            return try AppDatabase(pool)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        } catch {
            throw .cannotOpen(path: path, reason: String(describing: error))
        }
    }

    /// An empty collection in memory, for tests.
    public static func inMemory() throws -> AppDatabase {
        var config = Configuration()
        config.foreignKeysEnabled = true
        return try AppDatabase(DatabaseQueue(configuration: config))
    }

    init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
        let migrator = Schema.migrator
        let superseded = try writer.read { db in try migrator.hasBeenSuperseded(db) }
        if superseded { throw StoreError.newerSchema }
        try migrator.migrate(writer)
    }

    /// Where the collection lives when neither `--db` nor `RECALL_DB` says:
    /// `$XDG_DATA_HOME/recall/collection.sqlite`, else `~/.local/share/…`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty {
            return data + "/recall/collection.sqlite"
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/recall/collection.sqlite"
    }
}

/// Why the collection could not be used, written for the user.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    case newerSchema
    case cannotOpen(path: String, reason: String)
    case busy(path: String)
    case notACollection(path: String)
    case failed(String)

    init(_ error: DatabaseError, path: String) {
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: self = .busy(path: path)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: self = .notACollection(path: path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY: self = .cannotOpen(path: path, reason: error.message ?? "")
        default: self = .failed(error.message ?? error.description)
        }
    }

    public var description: String {
        switch self {
        case .newerSchema:
            return "this collection was written by a newer version of recall; upgrade recall to open it (nothing was changed)"
        case .cannotOpen(let path, let reason):
            return "cannot open the collection at \(path): \(reason)"
        case .busy(let path):
            return "the collection at \(path) is in use by another recall process; try again when it has finished"
        case .notACollection(let path):
            return "\(path) is not a recall collection (not an SQLite database, or damaged)"
        case .failed(let message):
            return "database error: \(message)"
        }
    }
}

extension AppDatabase {
    /// Runs a write transaction, turning database errors into `StoreError`.
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        try reportingStoreErrors { try writer.write(updates) }
    }

    /// Runs one statement's read on the writing connection, outside a
    /// transaction: during a review its page cache is warm with the pages
    /// the last answer wrote, while a reader's cache is emptied by every
    /// commit of another connection.
    func readOnWriter<T>(_ value: (Database) throws -> T) throws -> T {
        try reportingStoreErrors { try writer.writeWithoutTransaction(value) }
    }

    /// Runs a read, turning database errors into `StoreError`.
    func read<T>(_ value: (Database) throws -> T) throws -> T {
        try reportingStoreErrors { try writer.read(value) }
    }

    /// Runs `body`, turning database errors into `StoreError` for this collection.
    func reportingStoreErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError(error, path: writer.path)
        }
    }
}
