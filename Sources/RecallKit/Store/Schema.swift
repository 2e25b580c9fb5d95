import GRDB

/// The collection's versioned migrations. A migration is frozen once it has
/// shipped: later changes add a migration, never edit one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try createDocumentsAndDecks(db)
            try createCards(db)
            try createReviewLog(db)
        }
        return migrator
    }

    private static func createDocumentsAndDecks(_ db: Database) throws {
        try db.create(table: "deck") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("name", .text).notNull().unique()
        }
        try db.create(table: "document") { t in
            t.primaryKey("id", .text)
            t.column("path", .text).notNull()
            t.column("title", .text).notNull()
            t.column("videoId", .text)
            t.column("channel", .text)
            t.column("deckId", .integer).notNull().references("deck")
            t.column("contentHash", .text).notNull()
            t.column("updatedAt", .text).notNull()
        }
    }

    private static func createCards(_ db: Database) throws {
        try db.create(table: "card") { t in
            t.primaryKey("id", .text)
            t.column("documentId", .text).notNull().references("document").indexed()
            t.column("deckId", .integer).notNull().references("deck").indexed()
            t.column("ordinal", .integer).notNull()
            t.column("kind", .text).notNull()
            t.column("front", .text).notNull()
            t.column("back", .text).notNull()
            t.column("claim", .text).notNull()
            t.column("section", .text).notNull()
            t.column("tags", .text).notNull()
            t.column("timestamp", .text).notNull()
            t.column("seconds", .integer).notNull()
            t.column("anchors", .text).notNull()
            t.column("line", .integer).notNull()
            t.column("createdAt", .text).notNull()
            t.column("updatedAt", .text).notNull()
            t.column("retiredAt", .text)
        }
        try db.create(index: "card_sourceOrder", on: "card", columns: ["deckId", "documentId", "ordinal"])
        try db.create(table: "cardState") { t in
            t.primaryKey("cardId", .text).references("card")
            t.column("repetitions", .integer).notNull().defaults(to: 0)
            t.column("easiness", .integer).notNull().defaults(to: 250)
            t.column("intervalDays", .integer).notNull().defaults(to: 0)
            t.column("dueDay", .integer)
            t.column("lapses", .integer).notNull().defaults(to: 0)
            t.column("lastReviewDay", .integer)
            t.column("suspended", .boolean).notNull().defaults(to: false)
            t.column("leech", .boolean).notNull().defaults(to: false)
            t.column("buriedUntil", .integer)
            t.column("introducedDay", .integer)
        }
        try db.create(index: "cardState_dueDay", on: "cardState", columns: ["dueDay"])
        try db.create(index: "cardState_introducedDay", on: "cardState", columns: ["introducedDay"])
    }

    private static func createReviewLog(_ db: Database) throws {
        try db.create(table: "reviewLog") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("cardId", .text).notNull().references("card").indexed()
            t.column("reviewedAt", .text).notNull()
            t.column("day", .integer).notNull().indexed()
            t.column("grade", .integer).notNull()
            t.column("kind", .text).notNull()
            t.column("easinessBefore", .integer).notNull()
            t.column("easinessAfter", .integer).notNull()
            t.column("intervalBefore", .integer).notNull()
            t.column("intervalAfter", .integer).notNull()
            t.column("repetitionsBefore", .integer).notNull()
            t.column("repetitionsAfter", .integer).notNull()
            t.column("lapsesAfter", .integer).notNull()
            t.column("dueBefore", .integer)
            t.column("dueAfter", .integer)
            t.column("durationMs", .integer).notNull()
        }
    }
}
