import GRDB

/// What `restore` did.
public struct RestoreReport: Sendable, Equatable {
    public var decksAdded = 0
    public var documents = 0
    public var cardsAdded = 0
    public var cardsUpdated = 0
    public var reviewsAdded = 0
    /// Answers already in the collection (same content), not added again.
    public var reviewsPresent = 0
}

extension AppDatabase {
    /// Everything stored (retired cards and the whole review log included),
    /// sorted by natural key so the same collection always gives the same
    /// backup. `deck` limits it to one deck, parent (`channel::`) or title.
    public func backup(deck: String? = nil) throws -> Backup {
        try read { db in
            let match = DeckMatch.condition(deck)
            let cards = try Row.fetchAll(db, sql: """
                SELECT card.*, deck.name AS deckName, cardState.* FROM card
                JOIN deck ON deck.id = card.deckId JOIN cardState ON cardState.cardId = card.id
                WHERE \(match.sql) ORDER BY card.id
                """, arguments: match.arguments).map { row in
                Backup.Card(try CardRecord(row: row), deck: row["deckName"], state: try CardStateRecord(row: row))
            }
            let selected = deck == nil ? "1" : "document.id IN (SELECT card.documentId FROM card WHERE \(match.sql))"
            let documents = try Row.fetchAll(db, sql: """
                SELECT document.*, deck.name AS deckName FROM document JOIN deck ON deck.id = document.deckId
                WHERE \(selected) ORDER BY document.id
                """, arguments: deck == nil ? [] : match.arguments).map { row in
                let record = try DocumentRecord(row: row)
                return Backup.Document(id: record.id, path: record.path, title: record.title, videoId: record.videoId,
                                       channel: record.channel, deck: row["deckName"], contentHash: record.contentHash,
                                       updatedAt: record.updatedAt)
            }
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

    /// Restores a backup in one transaction: decks by name, documents and
    /// cards by id (existing ones updated), answers by content (one already
    /// present is not added again; each keeps its id when that is free).
    /// Throws `BackupProblems`, changing nothing, when the backup is not sound.
    public func restore(_ backup: Backup) throws -> RestoreReport {
        let problems = backup.problems()
        guard problems.isEmpty else { throw BackupProblems(problems) }
        return try write { db in
            var report = RestoreReport()
            var deckIds: [String: Int64] = [:]
            for deck in backup.decks {
                if try DeckRecord.filter(DeckRecord.Columns.name == deck.name).fetchCount(db) == 0 { report.decksAdded += 1 }
                deckIds[deck.name] = try DeckRecord.id(named: deck.name, in: db)
            }
            for document in backup.documents {
                try DocumentRecord(id: document.id, path: document.path, title: document.title, videoId: document.videoId,
                                   channel: document.channel, deckId: deckIds[document.deck] ?? 0,
                                   contentHash: document.contentHash, updatedAt: document.updatedAt).save(db)
                report.documents += 1
            }
            try restoreCards(backup, deckIds: deckIds, report: &report, db)
            try restoreReviews(backup, report: &report, db)
            return report
        }
    }

    private func restoreCards(_ backup: Backup, deckIds: [String: Int64], report: inout RestoreReport, _ db: Database) throws {
        let fileDocuments = Set(backup.documents.map(\.id))
        for (index, card) in backup.cards.enumerated() {
            guard try fileDocuments.contains(card.document) || DocumentRecord.exists(db, key: card.document) else {
                throw BackupProblems(["cards[\(index)].document: no document \"\(card.document)\" in the file or the collection"])
            }
            let record = CardRecord(card, deckId: deckIds[card.deck] ?? 0)
            if try CardRecord.exists(db, key: card.id) {
                try record.update(db)
                try CardStateRecord(card).save(db)
                report.cardsUpdated += 1
            } else {
                try record.insert(db)
                try CardStateRecord(card).insert(db)
                report.cardsAdded += 1
            }
        }
    }

    private func restoreReviews(_ backup: Backup, report: inout RestoreReport, _ db: Database) throws {
        let fileCards = Set(backup.cards.map(\.id))
        let stored = try ReviewLogRecord.fetchAll(db)
        var contents = Set(stored.map { Backup.Review($0).content })
        var usedIds = Set(stored.compactMap(\.id))
        for (index, review) in backup.reviewLog.enumerated() {
            guard !contents.contains(review.content) else {
                report.reviewsPresent += 1
                continue
            }
            guard try fileCards.contains(review.card) || CardRecord.exists(db, key: review.card) else {
                throw BackupProblems(["reviewLog[\(index)].card: no card \"\(review.card)\" in the file or the collection"])
            }
            var record = ReviewLogRecord(review, id: review.id > 0 && !usedIds.contains(review.id) ? review.id : nil)
            try record.insert(db)
            usedIds.insert(record.id ?? 0)
            contents.insert(review.content)
            report.reviewsAdded += 1
        }
    }
}
