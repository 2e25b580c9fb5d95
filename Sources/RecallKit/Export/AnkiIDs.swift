import Crypto
import Foundation

/// Anki's integer ids for notes, cards and decks, derived from our stable
/// keys (card ids, deck names): the same key gives the same id in every
/// export. Ids fall among millisecond timestamps of 2001–2020, so Anki never
/// takes them for ids from the future; a clash is settled by counting up.
struct AnkiIDs {
    private var used: Set<Int64> = []
    private var assigned: [String: Int64] = [:]

    /// The id for `key`, the same on every call.
    mutating func id(for key: String) -> Int64 {
        if let id = assigned[key] { return id }
        var id = Self.derived(key)
        while used.contains(id) { id += 1 }
        used.insert(id)
        assigned[key] = id
        return id
    }

    /// The id already given to `key`, if any.
    func existing(_ key: String) -> Int64? { assigned[key] }

    /// Lets `key` stand for an id already given out.
    mutating func alias(_ key: String, to id: Int64) { assigned[key] = id }

    static let base: Int64 = 1_000_000_000_000
    static let span: UInt64 = 600_000_000_000

    static func derived(_ key: String) -> Int64 {
        let digest = SHA256.hash(data: Data(key.utf8))
        let value = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return base + Int64(value % span)
    }
}
