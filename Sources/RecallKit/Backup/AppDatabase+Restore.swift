import GRDB

/// What `restore` did.
public struct RestoreReport: Sendable, Equatable {
    public var decksAdded = 0
    public var documentsAdded = 0
    public var documentsUpdated = 0
    public var cardsAdded = 0
    public var cardsUpdated = 0
    /// Cards already stored exactly as the backup has them (left alone).
    public var cardsUnchanged = 0
    public var reviewsAdded = 0
    /// Answers already in the collection (same content), not added again.
    public var reviewsPresent = 0

    public init(decksAdded: Int = 0, documentsAdded: Int = 0, documentsUpdated: Int = 0, cardsAdded: Int = 0,
                cardsUpdated: Int = 0, cardsUnchanged: Int = 0, reviewsAdded: Int = 0, reviewsPresent: Int = 0) {
        self.decksAdded = decksAdded
        self.documentsAdded = documentsAdded
        self.documentsUpdated = documentsUpdated
        self.cardsAdded = cardsAdded
        self.cardsUpdated = cardsUpdated
        self.cardsUnchanged = cardsUnchanged
        self.reviewsAdded = reviewsAdded
        self.reviewsPresent = reviewsPresent
    }

    /// Whether the collection is as it was: everything in the backup was already there.
    public var changedNothing: Bool {
        decksAdded + documentsAdded + documentsUpdated + cardsAdded + cardsUpdated + reviewsAdded == 0
    }
}

extension AppDatabase {
    /// Restores a backup in one transaction: decks by name, documents and
    /// cards by id (existing ones updated when they differ, left alone when
    /// not), answers by content. An answer is added unless the collection
    /// already holds one with the same content that no other row of the file
    /// has matched: two identical answers (a re-drill answered twice in the
    /// same second) stay two, and restoring the same backup twice adds
    /// nothing. Each answer keeps its id when that is free.
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
            try restoreDocuments(backup, deckIds: deckIds, report: &report, db)
            try restoreCards(backup, deckIds: deckIds, report: &report, db)
            try restoreReviews(backup, report: &report, db)
            return report
        }
    }

    private func restoreDocuments(_ backup: Backup, deckIds: [String: Int64], report: inout RestoreReport, _ db: Database) throws {
        for document in backup.documents {
            let stored = try Self.backupDocuments(db, where: "document.id = ?", arguments: [document.id]).first
            guard stored != document else { continue }
            try DocumentRecord(document, deckId: deckIds[document.deck] ?? 0).save(db)
            if stored == nil { report.documentsAdded += 1 } else { report.documentsUpdated += 1 }
        }
    }

    private func restoreCards(_ backup: Backup, deckIds: [String: Int64], report: inout RestoreReport, _ db: Database) throws {
        let fileDocuments = Set(backup.documents.map(\.id))
        for (index, card) in backup.cards.enumerated() {
            guard try fileDocuments.contains(card.document) || DocumentRecord.exists(db, key: card.document) else {
                throw BackupProblems(["cards[\(index)].document: no document \"\(card.document)\" in the file or the collection"])
            }
            let record = CardRecord(card, deckId: deckIds[card.deck] ?? 0)
            let stored = try Self.backupCards(db, where: "card.id = ?", arguments: [card.id]).first
            if stored == card {
                report.cardsUnchanged += 1
            } else if stored == nil {
                try record.insert(db)
                try CardStateRecord(card).insert(db)
                report.cardsAdded += 1
            } else {
                try record.update(db)
                try CardStateRecord(card).save(db)
                report.cardsUpdated += 1
            }
        }
    }

    private func restoreReviews(_ backup: Backup, report: inout RestoreReport, _ db: Database) throws {
        let fileCards = Set(backup.cards.map(\.id))
        let stored = try ReviewLogRecord.fetchAll(db)
        // How many stored answers of each content are not yet matched by a row of the file.
        var unmatched: [Backup.Review: Int] = [:]
        for row in stored { unmatched[Backup.Review(row).content, default: 0] += 1 }
        var usedIds = Set(stored.compactMap(\.id))
        for (index, review) in backup.reviewLog.enumerated() {
            if let count = unmatched[review.content], count > 0 {
                unmatched[review.content] = count - 1
                report.reviewsPresent += 1
                continue
            }
            guard try fileCards.contains(review.card) || CardRecord.exists(db, key: review.card) else {
                throw BackupProblems(["reviewLog[\(index)].card: no card \"\(review.card)\" in the file or the collection"])
            }
            var record = ReviewLogRecord(review, id: review.id > 0 && !usedIds.contains(review.id) ? review.id : nil)
            try record.insert(db)
            usedIds.insert(record.id ?? 0)
            report.reviewsAdded += 1
        }
    }
}
