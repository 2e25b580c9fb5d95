import GRDB

/// The collection's versioned migrations. recall has not had a release yet, so
/// `v1` is still the one schema; from the first release on a migration is
/// frozen: later changes add a migration, never edit one.
enum Schema {
    /// The first migration: a database that has run it is a recall collection.
    static let firstMigration = "v1"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(firstMigration) { db in
            try createDocumentsAndDecks(db)
            try createCards(db)
            try createReviewLog(db)
            try createPlacementTriggers(db)
        }
        // Cards of one claim or list share a sibling key: answering one buries the others for the day.
        migrator.registerMigration("v2-siblings") { db in
            try db.alter(table: "card") { t in t.add(column: "sibling", .text).notNull().defaults(to: "") }
            try db.execute(sql: "CREATE INDEX card_sibling ON card (sibling) WHERE sibling != ''")
        }
        // A note is its videoId, else its path relative to the folder given to generate (PRODUCT.md §2):
        // documents are re-keyed, cards keep their ids and are matched by `matchKey` (see NoteIdentity).
        migrator.registerMigration("v3-note-identity") { db in
            try db.alter(table: "document") { t in
                t.add(column: "folder", .text)
                t.add(column: "relativePath", .text)
            }
            try db.alter(table: "card") { t in t.add(column: "matchKey", .text) }
            try NoteIdentity.migrate(db)
        }
        // The learner's word beats the generator's (PRODUCT.md §2): an edit is kept beside the generated
        // text, and a card the learner retired is flagged, until the claim itself changes.
        migrator.registerMigration("v4-learner-changes") { db in
            try db.alter(table: "card") { t in
                t.add(column: "learnerFront", .text)
                t.add(column: "learnerBack", .text)
                t.add(column: "learnerRetired", .boolean).notNull().defaults(to: false)
            }
        }
        // An answer sent with the client's own id (the server's API) is stored with that id in the
        // same transaction as its review-log row, so a retried request is recognised and counts once.
        migrator.registerMigration("v5-answer-ids") { db in
            try db.create(table: "answerId", options: .withoutRowID) { t in
                t.primaryKey("id", .text)
                t.column("logId", .integer).notNull().references("reviewLog", onDelete: .cascade)
            }
            try db.create(index: "answerId_log", on: "answerId", columns: ["logId"])
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
            t.column("documentId", .text).notNull().references("document")
            t.column("deckId", .integer).notNull().references("deck")
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
        // A note's cards in source order (also the index of the document foreign key).
        try db.create(index: "card_sourceOrder", on: "card", columns: ["documentId", "ordinal"])
        try db.create(table: "section") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("documentId", .text).notNull()
            t.column("path", .text).notNull()
            t.uniqueKey(["documentId", "path"])
        }
        // The schedulable side of a card, narrow and keyed by card id. It also
        // carries the card's deck, section, place, cited moment and retirement
        // (copied by triggers), so the queue and the stats read this one table.
        try db.create(table: "cardState", options: [.withoutRowID]) { t in
            t.primaryKey("cardId", .text).references("card")
            t.column("deckId", .integer).notNull().defaults(to: 0)
            t.column("sectionId", .integer).notNull().defaults(to: 0)
            t.column("ordinal", .integer).notNull().defaults(to: 0)
            t.column("retired", .boolean).notNull().defaults(to: false)
            t.column("seconds", .integer).notNull().defaults(to: 0)
            t.column("timestamp", .text).notNull().defaults(to: "")
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
        // New cards have no due day and no introduction day: partial indexes leave them out,
        // so adding cards writes two index entries fewer each.
        // Covering: today's reviews come out in queue order (most overdue first, then deck and
        // source order) and the forecast counts without reading the table.
        try db.execute(sql: """
            CREATE INDEX cardState_dueDay ON cardState (dueDay, deckId, ordinal, retired, suspended, lastReviewDay, buriedUntil)
            WHERE dueDay IS NOT NULL
            """)
        // Covering index for the deck counts and the new cards' queue, in deck and source order.
        try db.create(index: "cardState_sourceOrder", on: "cardState",
                      columns: ["deckId", "ordinal", "retired", "suspended", "lastReviewDay", "dueDay", "buriedUntil"])
        try db.execute(sql: "CREATE INDEX cardState_leech ON cardState (cardId) WHERE leech = 1")
        // Covering index for the stats' single pass, in section order.
        try db.create(index: "cardState_section", on: "cardState",
                      columns: ["sectionId", "deckId", "retired", "suspended", "buriedUntil", "lastReviewDay", "repetitions",
                                "intervalDays", "dueDay", "lapses", "ordinal", "seconds", "timestamp"])
        try db.execute(sql: "CREATE INDEX cardState_introducedDay ON cardState (introducedDay) WHERE introducedDay IS NOT NULL")
    }

    private static func createReviewLog(_ db: Database) throws {
        try db.create(table: "reviewLog") { t in
            t.autoIncrementedPrimaryKey("id")
            t.column("cardId", .text).notNull().references("card").indexed()
            t.column("deckId", .integer).notNull().defaults(to: 0)
            t.column("sectionId", .integer).notNull().defaults(to: 0)
            t.column("reviewedAt", .text).notNull()
            t.column("day", .integer).notNull()
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
        // Covering indexes: the stats read answers by day, and by deck and day.
        try db.create(index: "reviewLog_day", on: "reviewLog",
                      columns: ["day", "kind", "repetitionsBefore", "intervalBefore", "grade", "sectionId", "durationMs"])
        try db.create(index: "reviewLog_deckDay", on: "reviewLog", columns: ["deckId", "day"])
        // Answers per study day, for the heatmap and the streak, and the
        // scheduling answers of review cards (no re-drills) with those passed,
        // mature (interval of 21 days or more before the answer) and young, for
        // the retention figures.
        try db.create(table: "reviewDay") { t in
            t.primaryKey("day", .integer)
            t.column("answers", .integer).notNull()
            t.column("matureReviews", .integer).notNull().defaults(to: 0)
            t.column("maturePassed", .integer).notNull().defaults(to: 0)
            t.column("youngReviews", .integer).notNull().defaults(to: 0)
            t.column("youngPassed", .integer).notNull().defaults(to: 0)
        }
    }

    /// Triggers that keep `cardState`'s and `reviewLog`'s copies of a card's
    /// deck, section and retirement, and `reviewDay`'s counts, true whatever
    /// writes the rows (generate, review, import, benchmarks).
    private static func createPlacementTriggers(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TRIGGER card_inserted AFTER INSERT ON card BEGIN
              INSERT OR IGNORE INTO section (documentId, path) VALUES (NEW.documentId, NEW.section);
            END;
            CREATE TRIGGER card_moved AFTER UPDATE OF documentId, section, deckId, ordinal, retiredAt, seconds, timestamp ON card BEGIN
              INSERT OR IGNORE INTO section (documentId, path) VALUES (NEW.documentId, NEW.section);
              UPDATE cardState SET deckId = NEW.deckId, ordinal = NEW.ordinal, retired = NEW.retiredAt IS NOT NULL,
                seconds = NEW.seconds, timestamp = NEW.timestamp,
                sectionId = (SELECT id FROM section WHERE documentId = NEW.documentId AND path = NEW.section)
              WHERE cardId = NEW.id;
            END;
            CREATE TRIGGER cardState_inserted AFTER INSERT ON cardState WHEN NEW.sectionId = 0 BEGIN
              UPDATE cardState SET (deckId, ordinal, retired, seconds, timestamp, sectionId) = (
                SELECT card.deckId, card.ordinal, card.retiredAt IS NOT NULL, card.seconds, card.timestamp, section.id FROM card
                JOIN section ON section.documentId = card.documentId AND section.path = card.section
                WHERE card.id = NEW.cardId)
              WHERE cardId = NEW.cardId;
            END;
            CREATE TRIGGER reviewLog_placed AFTER INSERT ON reviewLog WHEN NEW.sectionId = 0 BEGIN
              UPDATE reviewLog SET
                deckId = COALESCE((SELECT deckId FROM cardState WHERE cardId = NEW.cardId), 0),
                sectionId = COALESCE((SELECT sectionId FROM cardState WHERE cardId = NEW.cardId), 0)
              WHERE id = NEW.id;
            END;
            CREATE TRIGGER reviewLog_counted AFTER INSERT ON reviewLog BEGIN
              INSERT INTO reviewDay (day, answers, matureReviews, maturePassed, youngReviews, youngPassed)
              VALUES (NEW.day, 1, \(Self.counts("NEW").joined(separator: ", ")))
              ON CONFLICT (day) DO UPDATE SET answers = answers + 1,
                matureReviews = matureReviews + excluded.matureReviews, maturePassed = maturePassed + excluded.maturePassed,
                youngReviews = youngReviews + excluded.youngReviews, youngPassed = youngPassed + excluded.youngPassed;
            END;
            CREATE TRIGGER reviewLog_deleted AFTER DELETE ON reviewLog BEGIN
              UPDATE reviewDay SET answers = answers - 1, \(zip(Self.retentionColumns, Self.counts("OLD")).map { "\($0) = \($0) - \($1)" }.joined(separator: ", "))
              WHERE day = OLD.day;
            END;
            """)
    }

    static let retentionColumns = ["matureReviews", "maturePassed", "youngReviews", "youngPassed"]

    /// A review-log row's contribution to `reviewDay`'s `retentionColumns`.
    private static func counts(_ row: String) -> [String] {
        let review = "\(row).kind != 'drill' AND \(row).repetitionsBefore >= 1"
        let mature = "\(review) AND \(row).intervalBefore >= \(CardSchedule.matureIntervalDays)"
        let young = "\(review) AND \(row).intervalBefore < \(CardSchedule.matureIntervalDays)"
        let passed = "\(row).grade >= 3"
        return ["(\(mature))", "(\(mature) AND \(passed))", "(\(young))", "(\(young) AND \(passed))"]
    }
}
