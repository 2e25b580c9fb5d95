import GRDB

extension AppDatabase {
    /// Plans and (unless `dryRun`) applies the cards of `notes`, all in one
    /// transaction: a failure changes nothing. Notes not in the list are
    /// left alone; a card is never deleted, only retired.
    public func sync(_ notes: [PreparedNote], now: String, dryRun: Bool) throws -> GenerationReport {
        var report = GenerationReport()
        report.dryRun = dryRun
        let work: (Database) throws -> Void = { db in
            for prepared in notes {
                let plan = try self.plan(prepared, in: db)
                report.add(plan, for: prepared)
                if !dryRun { try self.apply(plan, for: prepared, now: now, in: db) }
            }
        }
        if dryRun {
            try read { db in try work(db) }
        } else {
            try write { db in try work(db) }
        }
        return report
    }

    private func plan(_ prepared: PreparedNote, in db: Database) throws -> SyncPlan {
        let deck = prepared.note.deckName
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT card.*, deck.name AS deckName FROM card JOIN deck ON deck.id = card.deckId
            WHERE card.documentId = ?
            """), arguments: [prepared.source])
        let existing = try rows.map { row in
            try CardRecord(row: row).existing(deck: row["deckName"], videoId: prepared.note.videoId)
        }
        return SyncPlanner.plan(existing: existing, drafts: prepared.cards, deck: deck)
    }

    private func apply(_ plan: SyncPlan, for prepared: PreparedNote, now: String, in db: Database) throws {
        let note = prepared.note
        let deckId = try DeckRecord.id(named: note.deckName, in: db)
        try DocumentRecord(id: prepared.source, path: note.file, title: note.title, videoId: note.videoId,
                           channel: note.channel, deckId: deckId, contentHash: prepared.contentHash,
                           updatedAt: now).save(db)
        if !plan.added.isEmpty {
            var inserter = try CardInserter(db, documentId: prepared.source, deckId: deckId, now: now)
            for draft in plan.added { try inserter.insert(draft) }
        }
        for update in plan.updated {
            var record = CardRecord(draft: update.draft, documentId: prepared.source, deckId: deckId, now: now)
            if let stored = try CardRecord.fetchOne(db, key: update.draft.id) {
                record.createdAt = stored.createdAt
                if update.moveOnly { record.updatedAt = stored.updatedAt }
            }
            try record.update(db)
        }
        if !plan.retired.isEmpty {
            try CardRecord.filter(keys: plan.retired).updateAll(db, CardRecord.Columns.retiredAt.set(to: now))
        }
    }
}
