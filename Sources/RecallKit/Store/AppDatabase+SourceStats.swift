import GRDB

extension StatsQuery {
    /// Suspended leeches with the moment to re-watch.
    func leeches(link: (String, Int) -> String) throws -> [Statistics.Leech] {
        try Row.fetchAll(db, sql: """
            SELECT card.id, deck.name, card.front, card.back, s.lapses, card.timestamp, card.seconds, document.videoId
            FROM card JOIN cardState s ON s.cardId = card.id JOIN deck ON deck.id = card.deckId
            JOIN document ON document.id = card.documentId
            WHERE s.leech = 1 AND card.retiredAt IS NULL AND \(match.sql) ORDER BY s.lapses DESC, deck.name, card.ordinal
            """, arguments: match.arguments).map { row in
            let video: String? = row[7]
            return Statistics.Leech(id: row[0], deck: row[1], front: row[2], back: row[3], lapses: row[4],
                                    moment: Statistics.Moment(timestamp: row[5], seconds: row[6], url: video.map { link($0, row[6]) }))
        }
    }

    /// Progress and 30-day retention by note and by section, with the moment
    /// of each section worth re-watching (its most-lapsed card).
    func sources(link: (String, Int) -> String) throws -> [Statistics.SourceFigures] {
        let retention = try sectionRetention()
        let rows = try Row.fetchAll(db, sql: """
            WITH ranked AS (
              SELECT card.documentId AS doc, card.section AS section, card.ordinal AS ordinal, card.timestamp AS timestamp,
                     card.seconds AS seconds, s.lapses AS lapses, s.lastReviewDay IS NOT NULL AS learned,
                     s.repetitions >= 1 AND s.intervalDays >= 21 AS mature,
                     ROW_NUMBER() OVER (PARTITION BY card.documentId, card.section ORDER BY s.lapses DESC, card.ordinal) AS rank
              FROM card JOIN cardState s ON s.cardId = card.id WHERE card.retiredAt IS NULL AND \(match.sql))
            SELECT ranked.doc, ranked.section, COUNT(*), SUM(learned), SUM(mature), SUM(lapses), MIN(ordinal),
                   MAX(CASE WHEN rank = 1 THEN timestamp END), MAX(CASE WHEN rank = 1 THEN seconds END),
                   document.title, document.videoId, deck.name
            FROM ranked JOIN document ON document.id = ranked.doc JOIN deck ON deck.id = document.deckId
            GROUP BY ranked.doc, ranked.section ORDER BY deck.name, ranked.doc, MIN(ordinal)
            """, arguments: match.arguments)
        var sources: [Statistics.SourceFigures] = []
        for row in rows {
            let document: String = row[0], sectionText: String = row[1]
            if sources.last?.document != document {
                sources.append(Statistics.SourceFigures(document: document, title: row[9], deck: row[11]))
            }
            let video: String? = row[10]
            let seconds: Int = row[8]
            var section = Statistics.SectionFigures(
                section: sectionText.isEmpty ? [] : sectionText.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init),
                cards: row[2], learned: row[3], lapses: row[5],
                rewatch: Statistics.Moment(timestamp: row[7], seconds: seconds, url: video.map { link($0, seconds) }))
            section.retention = retention["\(document)\u{1E}\(sectionText)"] ?? Statistics.Retention()
            sources[sources.count - 1].add(section, mature: row[4])
        }
        return sources
    }

    private func sectionRetention() throws -> [String: Statistics.Retention] {
        var figures: [String: Statistics.Retention] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT card.documentId, card.section, COUNT(*), SUM(r.grade >= 3) FROM reviewLog r JOIN card ON card.id = r.cardId
            WHERE r.day > ? AND r.day <= ? AND r.kind != 'drill' AND r.repetitionsBefore >= 1 AND \(match.sql)
            GROUP BY card.documentId, card.section
            """, arguments: [today - 30, today] + match.arguments) {
            let key = "\(row[0] as String)\u{1E}\(row[1] as String)"
            figures[key] = Statistics.Retention(reviews: row[2], passed: row[3])
        }
        return figures
    }
}

extension Statistics.SourceFigures {
    mutating func add(_ section: Statistics.SectionFigures, mature: Int) {
        cards += section.cards
        learned += section.learned
        self.mature += mature
        lapses += section.lapses
        retention.reviews += section.retention.reviews
        retention.passed += section.retention.passed
        sections.append(section)
    }
}
