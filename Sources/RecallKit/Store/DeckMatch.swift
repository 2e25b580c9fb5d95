import GRDB

/// The SQL condition that picks a deck by name (`channel::title`), by parent
/// (`channel::` or `channel`), or by note title, case-insensitively.
enum DeckMatch {
    /// A condition on `card` (its deck or its note).
    static func condition(_ deck: String?) -> (sql: String, arguments: StatementArguments) {
        on("card.deckId", deck)
    }

    /// A condition on any deck-id column (`s.deckId`, `r.deckId`); "1" for no deck.
    static func on(_ column: String, _ deck: String?) -> (sql: String, arguments: StatementArguments) {
        guard let deck else { return ("1", []) }
        let parent = deck.hasSuffix("::") ? deck : deck + "::"
        let sql = "\(column) IN (SELECT id FROM deck WHERE name = ? COLLATE NOCASE OR name LIKE ? ESCAPE '\\' "
            + "UNION SELECT deckId FROM document WHERE title = ? COLLATE NOCASE)"
        return (sql, [deck, AppDatabase.likePrefix(parent), deck])
    }
}
