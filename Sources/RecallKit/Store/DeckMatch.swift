import GRDB

/// The SQL condition that picks a deck by name (`channel::title`), by parent
/// (`channel::` or `channel`), or by note title, case-insensitively.
enum DeckMatch {
    static func condition(_ deck: String?) -> (sql: String, arguments: StatementArguments) {
        guard let deck else { return ("1", []) }
        let parent = deck.hasSuffix("::") ? deck : deck + "::"
        let sql = "(card.deckId IN (SELECT id FROM deck WHERE name = ? COLLATE NOCASE OR name LIKE ? ESCAPE '\\') "
            + "OR card.documentId IN (SELECT id FROM document WHERE title = ? COLLATE NOCASE))"
        return (sql, [deck, AppDatabase.likePrefix(parent), deck])
    }
}
