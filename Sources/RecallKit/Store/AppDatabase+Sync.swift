import Foundation
import GRDB

extension AppDatabase {
    /// Plans and (unless `dryRun`) applies the cards of `notes`, all in one
    /// transaction: a failure changes nothing. A card is never deleted, only
    /// retired. Notes not in the list are left alone, except the notes
    /// generated from one of `folders` (absolute, as `NoteFile` gives them)
    /// before whose file is gone: they are reported as missing, and with
    /// `prune` their cards are retired (a note that comes back brings them back).
    public func sync(_ notes: [PreparedNote], now: String, dryRun: Bool, folders: [String] = [],
                     prune: Bool = false) throws -> GenerationReport {
        var report = GenerationReport()
        report.dryRun = dryRun
        report.pruned = prune
        let keys = Set(notes.map(\.source))
        let work: (Database) throws -> Void = { db in
            for prepared in notes {
                let adopted = try self.legacyDocument(for: prepared, keys: keys, in: db)
                let plan = try self.plan(prepared, adopting: adopted, in: db)
                report.add(plan, for: prepared)
                if !dryRun { try self.apply(plan, for: prepared, adopting: adopted, now: now, in: db) }
            }
            report.missing = try self.missingNotes(in: folders, keys: keys, db)
            if prune {
                for note in report.missing {
                    report.retired += note.cards
                    if !dryRun { try self.retireNote(note.key, now: now, in: db) }
                }
            }
        }
        if dryRun {
            try read { db in try work(db) }
        } else {
            try write { db in try work(db) }
        }
        return report
    }

    /// A document stored under an older key (not generated since the key
    /// change) from the same path, when no document has the note's key:
    /// the note takes it over, cards and history.
    private func legacyDocument(for prepared: PreparedNote, keys: Set<String>, in db: Database) throws -> String? {
        guard try !DocumentRecord.exists(db, key: prepared.source) else { return nil }
        let candidates = try String.fetchAll(db, sql: "SELECT id FROM document WHERE folder IS NULL AND path = ? ORDER BY id",
                                             arguments: [prepared.note.file])
        return candidates.first { !keys.contains($0) }
    }

    private func plan(_ prepared: PreparedNote, adopting legacy: String?, in db: Database) throws -> SyncPlan {
        let deck = prepared.note.deckName
        let rows = try Row.fetchAll(db.cachedStatement(sql: """
            SELECT card.*, deck.name AS deckName FROM card JOIN deck ON deck.id = card.deckId
            WHERE card.documentId = ?
            """), arguments: [legacy ?? prepared.source])
        let existing = try rows.map { row in
            let record = try CardRecord(row: row)
            let stored: String? = row["matchKey"]
            var card = record.existing(deck: row["deckName"], videoId: prepared.note.videoId)
            if let legacy {
                card.sibling = NoteIdentity.sibling(card.sibling, from: legacy, to: prepared.source)
                card.key = NoteIdentity.key(of: record, matchKey: stored, from: legacy, to: prepared.source) ?? record.id
            } else if let stored {
                card.key = stored
            }
            return card
        }
        return SyncPlanner.plan(existing: existing, drafts: prepared.cards, deck: deck)
    }

    private func apply(_ plan: SyncPlan, for prepared: PreparedNote, adopting legacy: String?, now: String,
                       in db: Database) throws {
        let note = prepared.note
        if let legacy { try NoteIdentity.rekey(legacy, to: prepared.source, in: db) }
        let deckId = try DeckRecord.id(named: note.deckName, in: db)
        try DocumentRecord(id: prepared.source, path: note.file, title: note.title, videoId: note.videoId,
                           channel: note.channel, deckId: deckId, contentHash: prepared.contentHash,
                           updatedAt: now, folder: prepared.folder, relativePath: prepared.relativePath).save(db)
        if !plan.added.isEmpty {
            var inserter = try CardInserter(db, documentId: prepared.source, deckId: deckId, now: now)
            for draft in plan.added { try inserter.insert(draft) }
        }
        for update in plan.updated {
            var record = CardRecord(draft: update.draft, documentId: prepared.source, deckId: deckId, now: now)
            if let stored = try CardRecord.fetchOne(db, key: update.draft.id) {
                record.createdAt = stored.createdAt
                if update.moveOnly { record.updatedAt = stored.updatedAt }
                if stored.claim == record.claim {
                    // The learner's word beats the generator's until the claim itself changes.
                    record.learnerFront = stored.learnerFront
                    record.learnerBack = stored.learnerBack
                    if stored.learnerRetired {
                        record.learnerRetired = true
                        record.retiredAt = stored.retiredAt
                    }
                } else if stored.learnerRetired {
                    // Back as a new version: a new card, its past answers kept in the log.
                    try CardCommands.clearSchedule(update.draft.id, in: db)
                }
            }
            try record.update(db)
        }
        if !plan.retired.isEmpty {
            try CardRecord.filter(keys: plan.retired).updateAll(db, CardRecord.Columns.retiredAt.set(to: now))
        }
        let rekey = try db.cachedStatement(sql: "UPDATE card SET matchKey = ? WHERE id = ?")
        for (id, key) in plan.keys.sorted(by: { $0.key < $1.key }) { try rekey.execute(arguments: [key, id]) }
    }

    /// Notes generated from one of `folders` that this run did not read and
    /// whose file is gone, with cards still in review.
    private func missingNotes(in folders: [String], keys: Set<String>, _ db: Database) throws -> [GenerationReport.MissingNote] {
        var missing: [GenerationReport.MissingNote] = []
        for folder in folders {
            let rows = try Row.fetchAll(db, sql: """
                SELECT document.id, document.path, document.title, document.relativePath,
                  (SELECT COUNT(*) FROM card WHERE card.documentId = document.id AND card.retiredAt IS NULL) AS active
                FROM document WHERE document.folder = ? ORDER BY document.relativePath, document.id
                """, arguments: [folder])
            for row in rows {
                let key: String = row["id"], active: Int = row["active"]
                guard active > 0, !keys.contains(key), !missing.contains(where: { $0.key == key }) else { continue }
                let relative: String = row["relativePath"] ?? ""
                if FileManager.default.fileExists(atPath: folder + "/" + relative) { continue }
                missing.append(.init(key: key, path: row["path"], title: row["title"], cards: active))
            }
        }
        return missing
    }

    /// Retires every card of note `key` still in review; returns how many.
    @discardableResult
    func retireNote(_ key: String, now: String, in db: Database) throws -> Int {
        try CardRecord.filter(CardRecord.Columns.documentId == key && CardRecord.Columns.retiredAt == nil)
            .updateAll(db, CardRecord.Columns.retiredAt.set(to: now))
    }
}
