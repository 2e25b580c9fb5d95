import GRDB

extension AppDatabase {
    /// Hands every card an export writes (retired cards left out) to `body`,
    /// one at a time in deck and source order, so that 100,000 cards need
    /// little memory. `deck` picks a deck, a parent (`channel::`) or a title.
    public func forEachExportCard(deck: String?, _ body: (ExportCard) throws -> Void) throws {
        try read { db in
            let match = DeckMatch.condition(deck)
            let rows = try Row.fetchCursor(db, sql: Self.exportCardQuery + """
                WHERE card.retiredAt IS NULL AND \(match.sql)
                ORDER BY deck.name, card.documentId, card.ordinal, card.id
                """, arguments: match.arguments)
            while let row = try rows.next() {
                try body(Self.exportCard(row))
            }
        }
    }

    private static let exportCardQuery = """
        SELECT card.id, deck.name, COALESCE(card.learnerFront, card.front), COALESCE(card.learnerBack, card.back), document.title, card.section, card.tags,
               card.timestamp, card.seconds, document.videoId, document.channel, card.updatedAt,
               s.repetitions, s.easiness, s.intervalDays, s.dueDay, s.lapses, s.lastReviewDay,
               s.suspended, s.leech, s.buriedUntil,
               (SELECT COUNT(*) FROM reviewLog WHERE reviewLog.cardId = card.id),
               (SELECT reviewedAt FROM reviewLog WHERE reviewLog.cardId = card.id ORDER BY id DESC LIMIT 1),
               card.anchors
        FROM card
        JOIN deck ON deck.id = card.deckId
        JOIN document ON document.id = card.documentId
        JOIN cardState s ON s.cardId = card.id

        """

    /// The card in a row of `forEachExportCard`'s query, read by position.
    private static func exportCard(_ row: Row) -> ExportCard {
        let videoId: String? = row[9]
        let seconds: Int = row[8]
        let day = { (index: Int) in (row[index] as Int?).map(StudyDay.init(daysSince1970:)) }
        let schedule = CardSchedule(
            repetitions: row[12], easinessHundredths: row[13], intervalDays: row[14], dueDay: day(15), lapses: row[16],
            lastReviewDay: day(17), isSuspended: row[18], isLeech: row[19], buriedUntil: day(20))
        return ExportCard(
            id: row[0], deck: row[1], front: row[2], back: row[3], title: row[4],
            section: split(row[5], at: 0x1F), tags: split(row[6], at: 0x20).filter { !$0.isEmpty },
            citation: Moment(timestamp: row[7], seconds: seconds, url: videoId.map { VideoLink.url(videoId: $0, seconds: seconds) }),
            moments: StoredMoments.decode(row[23], videoId: videoId), schedule: schedule, channel: row[10], updatedAt: row[11], answers: row[21], lastAnsweredAt: row[22])
    }

    /// `text` cut at every `byte`; no pieces for empty text.
    private static func split(_ text: String, at byte: UInt8) -> [String] {
        guard !text.isEmpty else { return [] }
        return text.utf8.split(separator: byte, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Hands every review-log row of the cards `forEachExportCard` lists to
    /// `body`, oldest first.
    public func forEachExportAnswer(deck: String?, _ body: (Backup.Review) throws -> Void) throws {
        try read { db in
            let match = DeckMatch.condition(deck)
            let rows = try ReviewLogRecord.fetchCursor(db, sql: """
                SELECT reviewLog.* FROM reviewLog JOIN card ON card.id = reviewLog.cardId
                WHERE card.retiredAt IS NULL AND \(match.sql)
                ORDER BY reviewLog.id
                """, arguments: match.arguments)
            while let row = try rows.next() {
                try body(Backup.Review(row))
            }
        }
    }
}
