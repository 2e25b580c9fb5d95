import GRDB

/// One note of the collection, as `recall notes` lists it.
public struct NoteSummary: Sendable, Encodable, Equatable {
    /// The note's key: its videoId, else its path relative to its folder.
    public var key: String
    /// The file as last given to `generate`.
    public var path: String
    /// The folder it was last generated from (absolute), if known.
    public var folder: String?
    /// Its path in that folder.
    public var relativePath: String?
    public var title: String
    public var videoId: String?
    public var deck: String
    /// Cards in the collection (suspended ones too) and cards retired.
    public var active: Int
    public var retired: Int
}

/// What `recall notes remove` did to one note.
public struct NoteRemoval: Sendable, Encodable, Equatable {
    public var key: String
    public var title: String
    /// Cards retired now (0: the note had none left in review).
    public var retired: Int
}

extension AppDatabase {
    /// Every note, by key.
    public func notes() throws -> [NoteSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT document.id, document.path, document.folder, document.relativePath, document.title,
                  document.videoId, deck.name AS deck,
                  (SELECT COUNT(*) FROM card WHERE card.documentId = document.id AND card.retiredAt IS NULL) AS active,
                  (SELECT COUNT(*) FROM card WHERE card.documentId = document.id AND card.retiredAt IS NOT NULL) AS retired
                FROM document JOIN deck ON deck.id = document.deckId
                ORDER BY document.id
                """).map { row in
                NoteSummary(key: row["id"], path: row["path"], folder: row["folder"], relativePath: row["relativePath"],
                            title: row["title"], videoId: row["videoId"], deck: row["deck"], active: row["active"],
                            retired: row["retired"])
            }
        }
    }

    /// Retires the cards of the notes `keys` (each a note's key, or the path
    /// it was generated from), all or nothing: a name that matches no note
    /// is an error and changes nothing.
    public func removeNotes(_ names: [String], now: String) throws -> [NoteRemoval] {
        try write { db in
            var removals: [NoteRemoval] = []
            for name in names {
                var document = try DocumentRecord.fetchOne(db, key: name)
                if document == nil {
                    document = try DocumentRecord.filter(Column("path") == name || Column("relativePath") == name)
                        .order(Column("id")).fetchOne(db)
                }
                guard let document else { throw StoreError.noSuchNote(name) }
                guard !removals.contains(where: { $0.key == document.id }) else { continue }
                let retired = try retireNote(document.id, now: now, in: db)
                removals.append(NoteRemoval(key: document.id, title: document.title, retired: retired))
            }
            return removals
        }
    }
}
