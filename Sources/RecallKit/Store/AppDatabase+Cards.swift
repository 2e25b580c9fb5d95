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
                conditions.append("""
                    (card.front LIKE ? ESCAPE '\\' OR card.back LIKE ? ESCAPE '\\' OR card.claim LIKE ? ESCAPE '\\'
                     OR card.learnerFront LIKE ? ESCAPE '\\' OR card.learnerBack LIKE ? ESCAPE '\\')
                    """)
                arguments += [pattern, pattern, pattern, pattern, pattern]
            }
            if filter.dueOnly {
                conditions.append("cardState.suspended = 0 AND (cardState.buriedUntil IS NULL OR cardState.buriedUntil <= ?) AND cardState.dueDay <= ?")
                arguments += [day.daysSince1970, day.daysSince1970]
            }
            let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            let rows = try Row.fetchCursor(db, sql: """
                SELECT \(Self.listingColumns) FROM \(Self.listingTables)
                \(whereClause)
                ORDER BY deck.name, card.documentId, card.ordinal, card.id
                """, arguments: arguments)
            var listings: [CardListing] = []
            while let row = try rows.next() {
                listings.append(Self.listing(row, on: day))
            }
            return listings
        }
    }

    /// The columns `listing` reads, in its order.
    static let listingColumns = """
        card.id, deck.name, card.kind, COALESCE(card.learnerFront, card.front), COALESCE(card.learnerBack, card.back), card.claim, card.section, card.tags, document.path,
        document.title, document.videoId, card.timestamp, card.seconds, card.ordinal, card.retiredAt, cardState.repetitions,
        cardState.easiness, cardState.intervalDays, cardState.dueDay, cardState.lapses, cardState.lastReviewDay,
        cardState.suspended, cardState.leech, cardState.buriedUntil, card.anchors, card.sibling, card.learnerRetired,
        card.learnerFront IS NOT NULL OR card.learnerBack IS NOT NULL
        """

    static let listingTables = """
        card JOIN deck ON deck.id = card.deckId JOIN document ON document.id = card.documentId
        JOIN cardState ON cardState.cardId = card.id
        """

    /// A row of `listingColumns`, decoded by position.
    static func listing(_ row: Row, on day: StudyDay) -> CardListing {
        let section: String = row[6], tags: String = row[7], videoId: String? = row[10], seconds: Int = row[12]
        let retiredAt: String? = row[14]
        let schedule = CardSchedule(
            repetitions: row[15], easinessHundredths: row[16], intervalDays: row[17],
            dueDay: (row[18] as Int?).map(StudyDay.init(daysSince1970:)), lapses: row[19],
            lastReviewDay: (row[20] as Int?).map(StudyDay.init(daysSince1970:)), isSuspended: row[21], isLeech: row[22],
            buriedUntil: (row[23] as Int?).map(StudyDay.init(daysSince1970:)))
        return CardListing(
            id: row[0], deck: row[1], kind: CardKind(rawValue: row[2]) ?? .cloze, front: row[3], back: row[4], claim: row[5],
            section: section.isEmpty ? [] : section.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init),
            tags: tags.split(separator: " ").map(String.init), document: row[8], title: row[9], videoId: videoId,
            citation: Moment(timestamp: row[11], seconds: seconds, url: videoId.map { VideoLink.url(videoId: $0, seconds: seconds) }),
            moments: StoredMoments.decode(row[24], videoId: videoId), sibling: row[25], ordinal: row[13], schedule: schedule, state: retiredAt != nil ? .retired : schedule.state(on: day),
            isLearnerRetired: retiredAt != nil && row[26] as Bool, isEdited: row[27])
    }

    /// Every deck with its counts for `day` (retired cards left out), from
    /// `cardState` alone, grouped in deck order through its index.
    public func decks(on day: StudyDay) throws -> [DeckSummary] {
        try read { db in
            let counts = try DeckCounter.count(db, today: day.daysSince1970)
            let names = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT id, name FROM deck").map {
                ($0[0] as Int64, $0[1] as String)
            })
            return counts.compactMap { deckId, summary -> DeckSummary? in
                guard let name = names[deckId] else { return nil }
                var named = summary
                named.name = name
                return named
            }.sorted { $0.name < $1.name }
        }
    }

    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }

    static func likePrefix(_ text: String) -> String { likeEscaped(text) + "%" }
}
