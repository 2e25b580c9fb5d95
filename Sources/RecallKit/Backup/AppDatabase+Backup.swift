import GRDB

extension AppDatabase {
    /// Everything stored (retired cards and the whole review log included),
    /// sorted by natural key so the same collection always gives the same
    /// backup. `deck` limits it to one deck, parent (`channel::`) or title.
    public func backup(deck: String? = nil) throws -> Backup {
        try read { db in
            let match = DeckMatch.condition(deck)
            let cards = try Self.backupCards(db, where: match.sql, arguments: match.arguments)
            let selected = deck == nil ? "1" : "document.id IN (SELECT card.documentId FROM card WHERE \(match.sql))"
            let documents = try Self.backupDocuments(db, where: selected, arguments: deck == nil ? [] : match.arguments)
            let decks = deck == nil
                ? try String.fetchAll(db, sql: "SELECT name FROM deck ORDER BY name")
                : Set(cards.map(\.deck) + documents.map(\.deck)).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            let reviews = try ReviewLogRecord.fetchAll(db, sql: """
                SELECT reviewLog.* FROM reviewLog JOIN card ON card.id = reviewLog.cardId
                WHERE \(match.sql) ORDER BY reviewLog.id
                """, arguments: match.arguments).map(Backup.Review.init)
            return Backup(decks: decks.map(Backup.Deck.init), documents: documents, cards: cards, reviewLog: reviews)
        }
    }

    /// The cards that meet `condition` (on `card`), as a backup holds them, in id order.
    static func backupCards(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [Backup.Card] {
        try Row.fetchAll(db, sql: """
            SELECT card.*, deck.name AS deckName, cardState.* FROM card
            JOIN deck ON deck.id = card.deckId JOIN cardState ON cardState.cardId = card.id
            WHERE \(condition) ORDER BY card.id
            """, arguments: arguments).map { row in
            Backup.Card(try CardRecord(row: row), deck: row["deckName"], state: try CardStateRecord(row: row))
        }
    }

    /// The documents that meet `condition` (on `document`), as a backup holds them, in id order.
    static func backupDocuments(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [Backup.Document] {
        try Row.fetchAll(db, sql: """
            SELECT document.*, deck.name AS deckName FROM document JOIN deck ON deck.id = document.deckId
            WHERE \(condition) ORDER BY document.id
            """, arguments: arguments).map { row in
            Backup.Document(try DocumentRecord(row: row), deck: row["deckName"])
        }
    }
}
