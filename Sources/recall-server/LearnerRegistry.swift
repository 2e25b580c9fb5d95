import Crypto
import Foundation
import GRDB

/// The learners of a server and their API tokens, in `DIR/learners.sqlite`.
/// A token is shown once, when it is made; only its SHA-256 hash is stored
/// (a token is 32 random bytes, so a fast hash is enough to make a stolen
/// file useless for signing in).
struct LearnerRegistry: Sendable {
    let folder: String
    private let queue: DatabasePool

    struct Learner: Sendable, Equatable {
        let name: String
        let createdAt: String
    }

    enum Problem: Error, Equatable, CustomStringConvertible {
        case badName(String)
        case exists(String)
        case unknown(String)

        var description: String {
            switch self {
            case .badName(let name):
                "\"\(name)\" is not a learner name: use 1 to 64 lowercase letters, digits, '-', '_' or '.', starting with a letter or digit"
            case .exists(let name): "a learner \"\(name)\" exists already"
            case .unknown(let name): "no learner \"\(name)\" (recall-server user list shows them)"
            }
        }
    }

    init(folder: String) throws {
        self.folder = folder
        try FileManager.default.createDirectory(atPath: folder + "/learners", withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        queue = try DatabasePool(path: folder + "/learners.sqlite", configuration: configuration)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "learner") { t in
                t.primaryKey("name", .text)
                t.column("tokenHash", .text).notNull().unique()
                t.column("createdAt", .text).notNull()
            }
        }
        try migrator.migrate(queue)
    }

    /// Lowercase letters, digits, `-`, `_`, `.`; 1 to 64 of them, the first a letter or digit (a file name on any system).
    static func isValid(_ name: String) -> Bool {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_.")
        guard (1...64).contains(name.count), let first = name.first, first.isLetter || first.isNumber else { return false }
        return name.allSatisfy { allowed.contains($0) }
    }

    /// The file of a learner's collection.
    func collectionPath(of name: String) -> String { folder + "/learners/" + name + ".sqlite" }

    /// Adds a learner; returns their token.
    func add(_ name: String, now: String) throws -> String {
        guard Self.isValid(name) else { throw Problem.badName(name) }
        let token = Self.makeToken()
        try queue.write { db in
            guard try !Bool(exists: db, name) else { throw Problem.exists(name) }
            try db.execute(sql: "INSERT INTO learner (name, tokenHash, createdAt) VALUES (?, ?, ?)",
                           arguments: [name, Self.hash(token), now])
        }
        return token
    }

    func list() throws -> [Learner] {
        try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT name, createdAt FROM learner ORDER BY name").map {
                Learner(name: $0["name"], createdAt: $0["createdAt"])
            }
        }
    }

    /// Removes a learner: their token stops working at once, and their
    /// collection is moved to `removed/NAME-TIME.sqlite` (kept, not deleted).
    /// Returns where it was moved, if there was one.
    func remove(_ name: String, now: String) throws -> String? {
        try queue.write { db in
            guard try Bool(exists: db, name) else { throw Problem.unknown(name) }
            try db.execute(sql: "DELETE FROM learner WHERE name = ?", arguments: [name])
        }
        let path = collectionPath(of: name)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let removed = folder + "/removed"
        try FileManager.default.createDirectory(atPath: removed, withIntermediateDirectories: true)
        let stamp = now.filter { $0.isNumber }
        let target = removed + "/\(name)-\(stamp).sqlite"
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.moveItem(atPath: path + suffix, toPath: target + suffix)
        }
        return target
    }

    /// A new token for a learner; the old one stops working.
    func newToken(_ name: String) throws -> String {
        let token = Self.makeToken()
        try queue.write { db in
            guard try Bool(exists: db, name) else { throw Problem.unknown(name) }
            try db.execute(sql: "UPDATE learner SET tokenHash = ? WHERE name = ?", arguments: [Self.hash(token), name])
        }
        return token
    }

    /// The learner a token belongs to.
    func learner(token: String) throws -> String? {
        try queue.read { db in
            try String.fetchOne(db, sql: "SELECT name FROM learner WHERE tokenHash = ?", arguments: [Self.hash(token)])
        }
    }

    static func makeToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let base64 = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return "rcl_" + base64
    }

    static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}

private extension Bool {
    init(exists db: Database, _ name: String) throws {
        self = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM learner WHERE name = ?", arguments: [name]) == 1
    }
}
