import Foundation
import GRDB

/// What lies at a collection's path, found without changing anything there:
/// nothing, a folder, an empty database, a recall collection, or another
/// program's SQLite database (which recall must refuse untouched).
enum CollectionFile: Equatable {
    case missing
    case folder
    /// A file SQLite reads as a database without tables (an empty file, say).
    case empty
    case collection
    /// An SQLite database of another program, with its tables.
    case foreign(tables: [String])

    /// Looks at `path` through a read-only connection that writes nothing
    /// and leaves no file beside it. Throws for a file SQLite cannot read.
    static func inspect(_ path: String) throws(StoreError) -> CollectionFile {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .missing }
        if isFolder.boolValue { return .folder }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        if size == 0 { return .empty }
        do {
            var config = Configuration()
            config.readonly = true
            let queue = try DatabaseQueue(path: probeLocation(path), configuration: config)
            defer { try? queue.close() }
            return try queue.read { db in
                let tables = try String.fetchAll(db, sql: """
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name
                    """)
                if tables.isEmpty { return .empty }
                guard tables.contains("grdb_migrations") else { return .foreign(tables: tables) }
                let migrations = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
                return migrations.contains(Schema.firstMigration) ? .collection : .foreign(tables: tables)
            }
        } catch let error as DatabaseError {
            throw StoreError(error, path: path)
        } catch {
            throw .cannotOpen(path: path, reason: String(describing: error))
        }
    }

    /// Where to read `path` for a look at its tables: as immutable while no
    /// write-ahead log lies beside it (all its content is then in the file,
    /// and SQLite leaves no `-wal` or `-shm` file behind), else as it is.
    private static func probeLocation(_ path: String) -> String {
        FileManager.default.fileExists(atPath: path + "-wal") ? path : immutable(path)
    }

    /// An SQLite URI that opens `path` as a file nothing changes: no lock, no companion file.
    static func immutable(_ path: String) -> String {
        let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/")
        let escaped = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        // An absolute path gets an empty authority (`file:///…`), so one starting `//` is not read as a host.
        return (path.hasPrefix("/") ? "file://" : "file:") + escaped + "?immutable=1"
    }
}
