import Foundation
import GRDB

/// The collection: one SQLite file holding documents, decks, cards, their
/// scheduling state and the review log (PRODUCT.md §4).
///
/// It stores what it is handed and never decides a schedule.
public struct AppDatabase: Sendable {
    let writer: any DatabaseWriter
    /// The collection's file as the user named it, for messages.
    let path: String
    /// For a command that only reads: the connections, closed in their order when the last copy goes.
    private let reading: ReadingConnections?

    /// Opens a collection at `path` for a command that writes, creating it
    /// (and its folder) if needed: WAL, foreign keys, a busy timeout so a
    /// second `recall` waits instead of failing, and migrations. A collection
    /// written by a newer recall, and an SQLite database of another program,
    /// are refused untouched.
    public static func open(path: String, busyTimeout: TimeInterval = 5) throws(StoreError) -> AppDatabase {
        switch try CollectionFile.inspect(path) {
        case .folder: throw .cannotOpen(path: path, reason: "it is a folder, not a collection file")
        case .foreign(let tables): throw .foreignDatabase(path: path, tables: tables)
        case .missing: try createFolder(of: path)
        case .empty, .collection: break
        }
        return try opening(path) {
            let pool = try DatabasePool(path: path, configuration: configuration(busyTimeout: busyTimeout))
            // Every commit reaches the disk before it returns (GRDB's WAL default, NORMAL, would
            // survive a crash of recall but not a power cut): an answer is never lost.
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
            return try AppDatabase(pool, path: path)
        }
    }

    /// Opens an existing collection for a command that only reads, through
    /// read-only connections: nothing is created (a missing collection is an
    /// error, and so is an empty file or another program's database), and
    /// nothing in the collection is written, so a read-only file or folder
    /// reads as well as any.
    public static func openForReading(path: String, busyTimeout: TimeInterval = 5) throws(StoreError) -> AppDatabase {
        switch try CollectionFile.inspect(path) {
        case .missing: throw .missing(path: path)
        case .folder: throw .cannotOpen(path: path, reason: "it is a folder, not a collection file")
        case .empty: throw .emptyFile(path: path)
        case .foreign(let tables): throw .foreignDatabase(path: path, tables: tables)
        case .collection: break
        }
        return try opening(path) {
            try AppDatabase(reading: ReadingConnections(path: path, configuration: configuration(busyTimeout: busyTimeout)),
                            path: path)
        }
    }

    /// An empty collection in memory, for tests.
    public static func inMemory() throws -> AppDatabase {
        var config = Configuration()
        config.foreignKeysEnabled = true
        return try AppDatabase(DatabaseQueue(configuration: config), path: ":memory:")
    }

    /// A collection to write: refused when a newer recall wrote it, else migrated.
    init(_ writer: any DatabaseWriter, path: String) throws {
        self.writer = writer
        self.path = path
        reading = nil
        let migrator = Schema.migrator
        let superseded = try writer.read { db in try migrator.hasBeenSuperseded(db) }
        if superseded { throw StoreError.newerSchema }
        try migrator.migrate(writer)
    }

    /// A collection to read: refused when a newer recall wrote it, or when it
    /// needs a migration (which only a command that writes may run).
    init(reading connections: ReadingConnections, path: String) throws {
        writer = connections.pool
        self.path = path
        reading = connections
        let migrator = Schema.migrator
        let (superseded, complete) = try writer.read { db in
            (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
        }
        if superseded { throw StoreError.newerSchema }
        if !complete {
            throw StoreError.cannotOpen(path: path, reason: "an older recall wrote it; a command that writes (such as recall generate) upgrades it")
        }
    }

    private static func configuration(busyTimeout: TimeInterval) -> Configuration {
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
        return config
    }

    private static func createFolder(of path: String) throws(StoreError) {
        let directory = (path as NSString).deletingLastPathComponent
        guard !directory.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .cannotOpen(path: path, reason: "cannot create \(directory): \(error.localizedDescription)")
        }
    }

    /// Runs `body`, turning its errors into `StoreError` for `path`.
    private static func opening(_ path: String, _ body: () throws -> AppDatabase) throws(StoreError) -> AppDatabase {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        } catch {
            throw .cannotOpen(path: path, reason: String(describing: error))
        }
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
    /// An SQLite database of another program, left untouched.
    case foreignDatabase(path: String, tables: [String])
    /// No collection at the path, for a command that only reads (nothing was created).
    case missing(path: String)
    /// An empty file where a command that only reads expected a collection.
    case emptyFile(path: String)
    case failed(String)
    /// `notes remove` was given a name no note has.
    case noSuchNote(String)

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
            return "\(path) is not a recall collection (not an SQLite database, or damaged); it was left untouched"
        case .foreignDatabase(let path, let tables):
            let shown = tables.prefix(5).joined(separator: ", ") + (tables.count > 5 ? ", …" : "")
            return "\(path) is an SQLite database of another program (tables: \(shown)), not a recall collection; it was left untouched"
        case .missing(let path):
            return "there is no collection at \(path) (nothing was created); add notes with: recall generate NOTES"
        case .emptyFile(let path):
            return "\(path) is an empty file, not a recall collection (it was left untouched); add notes with: recall generate NOTES"
        case .failed(let message):
            return "database error: \(message)"
        case .noSuchNote(let name):
            return "no note \"\(name)\" in the collection (nothing was changed); recall notes lists them"
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
            throw StoreError(error, path: path)
        }
    }
}
