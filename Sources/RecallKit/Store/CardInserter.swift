import GRDB

/// Inserts a note's new cards with cached statements: each card row and its
/// `cardState` row, already placed (deck, section, order, moment), so the
/// placement triggers have nothing to do. Generating a large corpus is
/// mostly this loop.
struct CardInserter {
    private let db: Database
    private let documentId: String
    private let deckId: Int64
    private let now: String
    private let card: Statement
    private let state: Statement
    private var sections: [String: Int64] = [:]

    init(_ db: Database, documentId: String, deckId: Int64, now: String) throws {
        self.db = db
        self.documentId = documentId
        self.deckId = deckId
        self.now = now
        card = try db.cachedStatement(sql: """
            INSERT INTO card (id, documentId, deckId, ordinal, kind, front, back, claim, section, tags, timestamp,
              seconds, anchors, sibling, line, createdAt, updatedAt) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)
            """)
        state = try db.cachedStatement(sql: """
            INSERT INTO cardState (cardId, deckId, sectionId, ordinal, retired, seconds, timestamp)
            VALUES (?,?,?,?,0,?,?)
            """)
    }

    mutating func insert(_ draft: CardDraft) throws {
        let section = CardRecord.joinSection(draft.section)
        try card.execute(arguments: [
            draft.id, documentId, deckId, draft.ordinal, draft.kind.rawValue, draft.front, draft.back, draft.claim,
            section, draft.tags.joined(separator: " "), draft.citation.timestamp, draft.citation.seconds,
            StoredMoments.encode(draft.moments), draft.sibling, draft.line, now, now,
        ])
        try state.execute(arguments: [draft.id, deckId, try sectionId(section), draft.ordinal,
                                      draft.citation.seconds, draft.citation.timestamp])
    }

    /// The id of the note's section with this path (the card trigger has made it).
    private mutating func sectionId(_ path: String) throws -> Int64 {
        if let id = sections[path] { return id }
        let id = try Int64.fetchOne(db.cachedStatement(sql: "SELECT id FROM section WHERE documentId = ? AND path = ?"),
                                    arguments: [documentId, path]) ?? 0
        sections[path] = id
        return id
    }
}
