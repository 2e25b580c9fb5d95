import Foundation
import GRDB

/// The connections of a collection opened by a command that only reads.
///
/// Every statement runs on a read-only pool: nothing can write the
/// collection, whatever the file's permissions. SQLite reads a WAL
/// collection through `-wal` and `-shm` files beside it, which it makes when
/// they are missing and removes only when a read-write connection closes
/// last. So when the collection has none (no other recall has it open), one
/// more connection is opened read-write, first, with every write refused
/// (`PRAGMA query_only`), and closed after the pool: the command leaves the
/// folder as it found it. In a folder nothing can be made in, where there are
/// none either, no one can be writing the collection (a writer needs its
/// `-wal` file there), and it is read as an immutable file.
final class ReadingConnections: Sendable {
    let pool: DatabasePool
    /// The read-write connection that removes the companion files SQLite makes.
    private let tidier: DatabaseQueue?

    init(path: String, configuration: Configuration) throws {
        let manager = FileManager.default
        let hasCompanions = manager.fileExists(atPath: path + "-wal") || manager.fileExists(atPath: path + "-shm")
        let folder = (path as NSString).deletingLastPathComponent
        let folderWritable = access(folder.isEmpty ? "." : folder, W_OK) == 0
        var readOnly = configuration
        readOnly.readonly = true
        if !hasCompanions && !folderWritable {
            tidier = nil
            pool = try DatabasePool(path: CollectionFile.immutable(path), configuration: readOnly)
            return
        }
        if !hasCompanions && access(path, W_OK) == 0 {
            var refusingWrites = configuration
            refusingWrites.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = ON") }
            let tidier = try DatabaseQueue(path: path, configuration: refusingWrites)
            // SQLite opens the log at the first read: this connection is the one that made the files.
            _ = try tidier.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master") }
            self.tidier = tidier
        } else {
            tidier = nil
        }
        pool = try DatabasePool(path: path, configuration: readOnly)
    }

    deinit {
        try? pool.close()
        try? tidier?.close()
    }
}
