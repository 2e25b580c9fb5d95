import GRDB

/// A row of `deck`: decks are named after notes (`channel::title`).
struct DeckRecord: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "deck"
    var id: Int64?
    var name: String

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let name = Column(CodingKeys.name)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The id of the deck named `name`, created if needed.
    static func id(named name: String, in db: Database) throws -> Int64 {
        if let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM deck WHERE name = ?"), arguments: [name]) {
            return id
        }
        var deck = DeckRecord(id: nil, name: name)
        try deck.insert(db)
        return deck.id!
    }
}
