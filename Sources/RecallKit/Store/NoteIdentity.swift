import GRDB

/// Note keys in the store (PRODUCT.md §2). The first release keyed a note by
/// `videoId/stem` (or `stem`) and derived its cards' ids from that key; now a
/// note is its videoId, else its path relative to the folder given to
/// `generate`. Moving a note to its new key keeps its cards' ids (and so their
/// history, exports and Anki ids) and records in `card.matchKey` the id the
/// generator now gives each card, which the sync matches drafts against.
enum NoteIdentity {
    /// Migration v3: each document of the first release gets its new key
    /// where it can be told: its videoId when no other document has that
    /// video, else (no videoId) its file's name. Documents sharing a video
    /// keep their old keys; the next `generate` that reads one of them at the
    /// path it was stored with takes it over (see `AppDatabase.sync`).
    static func migrate(_ db: Database) throws {
        let documents = try Row.fetchAll(db, sql: "SELECT id, path, videoId FROM document ORDER BY id")
        var perVideo: [String: Int] = [:]
        for row in documents {
            if let video: String = row["videoId"], !video.isEmpty { perVideo[video, default: 0] += 1 }
        }
        var taken = Set(documents.map { $0["id"] as String })
        for row in documents {
            let id: String = row["id"], path: String = row["path"], video: String? = row["videoId"]
            let key: String
            if let video, !video.isEmpty {
                guard perVideo[video] == 1 else { continue }
                key = video
            } else {
                key = fileName(path)
            }
            guard key != id, !taken.contains(key) else { continue }
            try rekey(id, to: key, in: db)
            taken.remove(id)
            taken.insert(key)
        }
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// Moves document `old` to key `new` (which no document has): the
    /// document row, its sections, its cards' document and sibling keys. The
    /// cards keep their ids; each gets as `matchKey` the id it has under `new`.
    static func rekey(_ old: String, to new: String, in db: Database) throws {
        try db.execute(sql: """
            INSERT INTO document (id, path, title, videoId, channel, deckId, contentHash, updatedAt, folder, relativePath)
            SELECT ?, path, title, videoId, channel, deckId, contentHash, updatedAt, folder, relativePath FROM document WHERE id = ?
            """, arguments: [new, old])
        try db.execute(sql: "UPDATE section SET documentId = ? WHERE documentId = ?", arguments: [new, old])
        let update = try db.makeStatement(sql: "UPDATE card SET documentId = ?, sibling = ?, matchKey = ? WHERE id = ?")
        for card in try CardRecord.filter(CardRecord.Columns.documentId == old).fetchAll(db) {
            let matchKey: String? = try String.fetchOne(db, sql: "SELECT matchKey FROM card WHERE id = ?", arguments: [card.id])
            try update.execute(arguments: [new, sibling(card.sibling, from: old, to: new),
                                           key(of: card, matchKey: matchKey, from: old, to: new), card.id])
        }
        try db.execute(sql: "DELETE FROM document WHERE id = ?", arguments: [old])
    }

    static func sibling(_ sibling: String, from old: String, to new: String) -> String {
        sibling.hasPrefix(old + "#") ? new + sibling.dropFirst(old.count) : sibling
    }

    /// The id the card has under note key `new`: the card's id (or match key)
    /// was made from `old` and its section, moment, kind, answer and
    /// occurrence; found again, it gives the new id. Nil (match by
    /// similarity) when the card's text has changed since its id was made.
    static func key(of card: CardRecord, matchKey: String?, from old: String, to new: String) -> String? {
        let known = [card.id] + (matchKey.map { [$0] } ?? [])
        for occurrence in 0..<16 {
            let made = CardIdentity.id(source: old, section: card.sectionPath, seconds: card.seconds, kind: card.cardKind,
                                       answer: card.back, occurrence: occurrence)
            if known.contains(made) {
                return CardIdentity.id(source: new, section: card.sectionPath, seconds: card.seconds, kind: card.cardKind,
                                       answer: card.back, occurrence: occurrence)
            }
        }
        return nil
    }
}
