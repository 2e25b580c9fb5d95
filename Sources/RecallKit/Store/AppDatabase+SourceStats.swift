import GRDB

extension StatsQuery {
    /// Suspended leeches with the moment to re-watch.
    func leeches(link: (String, Int) -> String) throws -> [Statistics.Leech] {
        try Row.fetchAll(db, sql: """
            SELECT card.id, deck.name, card.front, card.back, s.lapses, card.timestamp, card.seconds, document.videoId
            FROM cardState s JOIN card ON card.id = s.cardId JOIN deck ON deck.id = s.deckId
            JOIN document ON document.id = card.documentId
            WHERE s.leech = 1 AND s.retired = 0 AND \(cards.sql) ORDER BY s.lapses DESC, deck.name, s.ordinal
            """, arguments: cards.arguments).map { row in
            let video: String? = row[7]
            return Statistics.Leech(id: row[0], deck: row[1], front: row[2], back: row[3], lapses: row[4],
                                    moment: Statistics.Moment(timestamp: row[5], seconds: row[6], url: video.map { link($0, row[6]) }))
        }
    }

    /// Sections listed per note when no deck is chosen: the ones forgotten most.
    static let sectionsPerNote = 3

    /// Progress and 30-day retention by note and by section, with the moment
    /// of each section worth re-watching (its most-lapsed card, else its
    /// first). With a deck filter every section of its notes is listed, in
    /// source order; without, each note lists the sections it is forgotten
    /// most in. All grouping, ranking and joining happens in SQL.
    func sources(link: (String, Int) -> String) throws -> [Statistics.SourceFigures] {
        let places = try NotePlaces(db)
        let limit = deck == nil ? Self.sectionsPerNote : Int.max
        let ranking = deck == nil
            ? "CASE WHEN recent.reviews > 0 THEN CAST(recent.passed AS REAL) / recent.reviews ELSE 2 END, figures.lapses DESC, section.id"
            : "section.id"
        // `figures`: one pass over the covering index; with a single max(), SQLite
        // gives the bare `cardId` of the row that has it (most lapses, then first in the note).
        let cursor = try Row.fetchCursor(db, sql: """
            WITH figures AS (
              SELECT s.sectionId, COUNT(*) AS cards, SUM(s.lastReviewDay IS NOT NULL) AS learned,
                     SUM(s.repetitions >= 1 AND s.intervalDays >= 21) AS mature, SUM(s.lapses) AS lapses,
                     MAX(s.lapses * 1000000 - s.ordinal) AS pick, s.cardId AS rewatch
              FROM cardState s WHERE s.retired = 0 AND \(cards.sql) GROUP BY s.sectionId),
            recent AS (
              SELECT r.sectionId, COUNT(*) AS reviews, SUM(r.grade >= 3) AS passed FROM reviewLog r
              WHERE r.day > ? AND r.day <= ? AND r.kind != 'drill' AND r.repetitionsBefore >= 1 AND \(answers.sql)
              GROUP BY r.sectionId),
            ranked AS (
              SELECT section.documentId, section.id, section.path, figures.cards, figures.learned, figures.mature,
                     figures.lapses, figures.rewatch, COALESCE(recent.reviews, 0) AS reviews, COALESCE(recent.passed, 0) AS passed,
                     ROW_NUMBER() OVER (PARTITION BY section.documentId ORDER BY \(ranking)) AS rank
              FROM figures JOIN section ON section.id = figures.sectionId LEFT JOIN recent ON recent.sectionId = figures.sectionId)
            SELECT ranked.documentId, ranked.cards, ranked.learned, ranked.mature, ranked.lapses, ranked.reviews, ranked.passed,
                   ranked.rank <= ? AS kept, CASE WHEN ranked.rank <= ? THEN ranked.path END,
                   card.timestamp, card.seconds
            FROM ranked LEFT JOIN card ON card.id = ranked.rewatch AND ranked.rank <= ?
            ORDER BY ranked.documentId, ranked.rank
            """, arguments: cards.arguments + [today - 30, today] + answers.arguments + [limit, limit, limit])
        var sources: [Statistics.SourceFigures] = []
        while let row = try cursor.next() {
            let document: String = row[0]
            if sources.last?.document != document, let note = places.notes[document] {
                sources.append(Statistics.SourceFigures(document: document, title: note.title, deck: note.deck))
            }
            guard sources.last?.document == document else { continue }
            let retention = Statistics.Retention(reviews: row[5], passed: row[6])
            sources[sources.count - 1].count(cards: row[1], learned: row[2], mature: row[3], lapses: row[4], retention: retention)
            guard row[7] as Bool else { continue }
            let seconds: Int = row[10]
            let path: String = row[8]
            var section = Statistics.SectionFigures(
                section: path.isEmpty ? [] : path.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init),
                cards: row[1], learned: row[2], lapses: row[4],
                rewatch: Statistics.Moment(timestamp: row[9], seconds: seconds,
                                           url: places.notes[document]?.videoId.map { link($0, seconds) }))
            section.retention = retention
            sources[sources.count - 1].sections.append(section)
        }
        return sources.sorted { (places.notes[$0.document]?.deckRank ?? .max, $0.document) < (places.notes[$1.document]?.deckRank ?? .max, $1.document) }
    }
}

extension Statistics.SourceFigures {
    mutating func count(cards: Int, learned: Int, mature: Int, lapses: Int, retention: Statistics.Retention) {
        self.cards += cards
        self.learned += learned
        self.mature += mature
        self.lapses += lapses
        self.retention.reviews += retention.reviews
        self.retention.passed += retention.passed
    }
}

/// Each note's title, video and deck, and the report's order of notes
/// (by deck name, then by note id).
struct NotePlaces {
    struct Note {
        let title: String
        let videoId: String?
        let deck: String
        let deckRank: Int
    }

    private(set) var notes: [String: Note] = [:]

    init(_ db: Database) throws {
        var decks: [Int64: (rank: Int, name: String)] = [:]
        for (rank, row) in try Row.fetchAll(db, sql: "SELECT id, name FROM deck ORDER BY name").enumerated() {
            decks[row[0]] = (rank, row[1])
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, title, videoId, deckId FROM document") {
            let deck = decks[row[3], default: (Int.max, "")]
            notes[row[0]] = Note(title: row[1], videoId: row[2], deck: deck.name, deckRank: deck.rank)
        }
    }
}
