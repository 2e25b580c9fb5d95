import GRDB

extension AppDatabase {
    /// Cards in deck and source order, with their schedules as of `day`.
    public func cards(_ filter: CardFilter = CardFilter(), on day: StudyDay) throws -> [CardListing] {
        try read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if !filter.includeRetired { conditions.append("card.retiredAt IS NULL") }
            if let deck = filter.deck {
                conditions.append("(deck.name = ? COLLATE NOCASE OR deck.name LIKE ? ESCAPE '\\' OR document.title = ? COLLATE NOCASE)")
                arguments += [deck, Self.likePrefix(deck.hasSuffix("::") ? deck : deck + "::"), deck]
            }
            if let search = filter.search, !search.isEmpty {
                let pattern = "%" + Self.likeEscaped(search) + "%"
                conditions.append("(card.front LIKE ? ESCAPE '\\' OR card.back LIKE ? ESCAPE '\\' OR card.claim LIKE ? ESCAPE '\\')")
                arguments += [pattern, pattern, pattern]
            }
            if filter.dueOnly {
                conditions.append("cardState.suspended = 0 AND (cardState.buriedUntil IS NULL OR cardState.buriedUntil <= ?) AND cardState.dueDay <= ?")
                arguments += [day.daysSince1970, day.daysSince1970]
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let rows = try Row.fetchCursor(db, sql: """
                SELECT card.*, deck.name AS deckName, document.path AS documentPath, document.title AS documentTitle,
                       document.videoId AS documentVideoId, cardState.*
                FROM card
                JOIN deck ON deck.id = card.deckId
                JOIN document ON document.id = card.documentId
                JOIN cardState ON cardState.cardId = card.id
                \(whereClause)
                ORDER BY deck.name, card.documentId, card.ordinal, card.id
                """, arguments: arguments)
            var listings: [CardListing] = []
            while let row = try rows.next() {
                listings.append(try Self.listing(row, on: day))
            }
            return listings
        }
    }

    static func listing(_ row: Row, on day: StudyDay) throws -> CardListing {
        let card = try CardRecord(row: row)
        let schedule = try CardStateRecord(row: row).schedule
        let videoId: String? = row["documentVideoId"]
        return CardListing(
            id: card.id, deck: row["deckName"], kind: card.cardKind, front: card.front, back: card.back,
            claim: card.claim, section: card.sectionPath, tags: card.tagList, document: row["documentPath"],
            title: row["documentTitle"], videoId: videoId, citation: card.citation(videoId: videoId),
            ordinal: card.ordinal, schedule: schedule,
            state: card.retiredAt != nil ? .retired : schedule.state(on: day))
    }

    /// Every deck with its counts for `day` (retired cards left out), from
    /// `cardState` alone, grouped in deck order through its index.
    public func decks(on day: StudyDay) throws -> [DeckSummary] {
        try read { db in
            let today = day.daysSince1970
            let counts = try Row.fetchAll(db, sql: """
                SELECT s.deckId, COUNT(*),
                  SUM(s.lastReviewDay IS NULL AND s.suspended = 0),
                  SUM(s.lastReviewDay IS NOT NULL AND s.suspended = 0 AND s.dueDay <= ?
                      AND (s.buriedUntil IS NULL OR s.buriedUntil <= ?)),
                  SUM(s.lastReviewDay IS NOT NULL), SUM(s.suspended)
                FROM cardState s INDEXED BY cardState_sourceOrder WHERE s.retired = 0 GROUP BY s.deckId
                """, arguments: [today, today])
            let names = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, name FROM deck").map {
                ($0[0] as Int64, $0[1] as String)
            })
            return counts.compactMap { row -> DeckSummary? in
                guard let name = names[row[0]] else { return nil }
                return DeckSummary(name: name, total: row[1], new: row[2], due: row[3], learned: row[4], suspended: row[5])
            }.sorted { $0.name < $1.name }
        }
    }

    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    static func likePrefix(_ text: String) -> String { likeEscaped(text) + "%" }
}
