import GRDB
import GRDBSQLite

extension StatsQuery {
    /// Suspended leeches with the moment to re-watch.
    func leeches() throws -> [LeechRow] {
        try Row.fetchAll(db, sql: """
            SELECT card.id, deck.name, COALESCE(card.learnerFront, card.front), COALESCE(card.learnerBack, card.back), s.lapses, card.timestamp, card.seconds, document.videoId
            FROM cardState s JOIN card ON card.id = s.cardId JOIN deck ON deck.id = s.deckId
            JOIN document ON document.id = card.documentId
            WHERE s.leech = 1 AND s.retired = 0 AND \(cards.sql) ORDER BY s.lapses DESC, deck.name, s.ordinal
            """, arguments: cards.arguments).map { row in
            LeechRow(id: row[0], deck: row[1], front: row[2], back: row[3], lapses: row[4], timestamp: row[5],
                     seconds: row[6], videoId: row[7])
        }
    }

    /// Sections listed per note when no deck is chosen: the ones forgotten most.
    static let sectionsPerNote = 2

    /// Scheduling answers per section, last 30 days, from the covering index.
    func sectionRetention() throws -> [Int64: Statistics.Retention] {
        var figures: [Int64: Statistics.Retention] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT r.sectionId, COUNT(*), SUM(r.grade >= 3) FROM reviewLog r
            WHERE r.day > ? AND r.day <= ? AND r.kind != 'drill' AND r.repetitionsBefore >= 1 AND \(answers.sql)
            GROUP BY r.sectionId
            """, arguments: [today - 30, today] + answers.arguments) {
            figures[row[0]] = Statistics.Retention(reviews: row[1], passed: row[2])
        }
        return figures
    }
}

/// A leech as read, before its link is made.
struct LeechRow: Sendable {
    let id: String, deck: String, front: String, back: String, lapses: Int, timestamp: String, seconds: Int
    let videoId: String?

    func leech(link: (String, Int) -> String) -> Statistics.Leech {
        Statistics.Leech(id: id, deck: deck, front: front, back: back, lapses: lapses,
                         moment: Statistics.Moment(timestamp: timestamp, seconds: seconds, url: videoId.map { link($0, seconds) }))
    }
}

/// Progress and 30-day retention by note and by section, with the moment of
/// each section worth re-watching (its most-lapsed card, else its first).
/// With a deck filter every section of its notes is listed, in source order;
/// without, each note lists the sections it is forgotten most in.
struct SourceReport {
    let places: NotePlaces
    let retention: [Int64: Statistics.Retention]
    let sectionsPerNote: Int
    let sourceOrder: Bool

    func sources(_ sections: [SectionTally], link: (String, Int) -> String) -> [Statistics.SourceFigures] {
        var notes: [Int: NoteTally] = [:]
        for var section in sections {
            guard let note = places.note(ofSection: section.id) else { continue }
            section.retention = retention[section.id] ?? Statistics.Retention()
            notes[note, default: NoteTally()].add(section, limit: sectionsPerNote)
        }
        return notes.sorted { places.order(of: $0.key) < places.order(of: $1.key) }.map { index, tally in
            tally.source(places.notes[index], places: places, sourceOrder: sourceOrder, link: link)
        }
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

/// One section's figures, tallied from its cards.
struct SectionTally: Sendable {
    let id: Int64
    var cards = 0, learned = 0, mature = 0, lapses = 0
    /// The card to re-watch: most lapses, then first in the note.
    var pickLapses = -1, pickOrdinal = 0, seconds = 0, timestamp = ""
    /// Where the section starts in its note: its first card's place. (Section
    /// ids follow the order sections were first stored, which a restored
    /// backup does not repeat.)
    var firstOrdinal = Int.max
    var retention = Statistics.Retention()

    init(id: Int64) { self.id = id }

    /// Adds a scanned card.
    mutating func add(_ card: ScannedCard) {
        cards += 1
        if !card.isNew { learned += 1 }
        if card.repetitions >= 1 && card.intervalDays >= CardSchedule.matureIntervalDays { mature += 1 }
        let cardLapses = card.lapses, ordinal = card.ordinal
        lapses += cardLapses
        firstOrdinal = min(firstOrdinal, ordinal)
        if cardLapses > pickLapses || (cardLapses == pickLapses && ordinal < pickOrdinal) {
            pickLapses = cardLapses
            pickOrdinal = ordinal
            seconds = card.seconds
            timestamp = card.timestamp
        }
    }

    /// Lower retention first, then more lapses, then source order.
    func isWorse(than other: SectionTally) -> Bool {
        (retention.rate ?? 2, -lapses, firstOrdinal) < (other.retention.rate ?? 2, -other.lapses, other.firstOrdinal)
    }
}

/// A note's totals over all its sections, and the sections it lists.
struct NoteTally {
    var totals = Statistics.SourceFigures(document: "", title: "", deck: "")
    var kept: [SectionTally] = []

    mutating func add(_ section: SectionTally, limit: Int) {
        totals.count(cards: section.cards, learned: section.learned, mature: section.mature, lapses: section.lapses,
                     retention: section.retention)
        guard kept.count >= limit else {
            kept.append(section)
            return
        }
        if let best = kept.indices.max(by: { kept[$0].isWorse(than: kept[$1]) }), section.isWorse(than: kept[best]) {
            kept[best] = section
        }
    }

    func source(_ note: NotePlaces.Note, places: NotePlaces, sourceOrder: Bool,
                link: (String, Int) -> String) -> Statistics.SourceFigures {
        var source = totals
        source.document = note.id
        source.title = note.title
        source.deck = note.deck
        let ordered = sourceOrder ? kept.sorted { $0.firstOrdinal < $1.firstOrdinal } : kept.sorted { $0.isWorse(than: $1) }
        source.sections = ordered.map { tally in
            var section = Statistics.SectionFigures(
                section: places.path(ofSection: tally.id), cards: tally.cards, learned: tally.learned, lapses: tally.lapses,
                rewatch: Statistics.Moment(timestamp: tally.timestamp, seconds: tally.seconds,
                                           url: note.videoId.map { link($0, tally.seconds) }))
            section.retention = tally.retention
            return section
        }
        return source
    }
}

/// Each note's title, video and deck, each section's note and path, and
/// the report's order of notes (by deck name, then by note id).
struct NotePlaces: Sendable {
    struct Note {
        let id: String
        let title: String
        let videoId: String?
        let deck: String
        let deckRank: Int
    }

    private(set) var notes: [Note] = []
    /// Each section's note, and where its heading path lies in `paths`.
    private var sections: [Int64: (note: Int32, start: Int32, end: Int32)] = [:]
    /// Every section's path, as UTF-8, one after another.
    private var paths: [UInt8] = []

    init() {}

    init(_ db: Database) throws {
        var decks: [Int64: (rank: Int, name: String)] = [:]
        for (rank, row) in try Row.fetchAll(db, sql: "SELECT id, name FROM deck ORDER BY name").enumerated() {
            decks[row[0]] = (rank, row[1])
        }
        var index: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, title, videoId, deckId FROM document ORDER BY id") {
            let deck = decks[row[3], default: (Int.max, "")]
            index[row[0]] = notes.count
            notes.append(Note(id: row[0], title: row[1], videoId: row[2], deck: deck.name, deckRank: deck.rank))
        }
        // Tens of thousands of sections at scale, and only a few are shown: their paths are kept
        // as bytes, and a row of the same note as the one before reuses its lookup.
        let statement = try db.makeStatement(sql: "SELECT id, documentId, path FROM section ORDER BY id")
        let cursor = try Row.fetchCursor(statement)
        let raw = statement.sqliteStatement
        sections.reserveCapacity(Int(try Int.fetchOne(db, sql: "SELECT MAX(id) FROM section") ?? 0))
        var lastDocument: [UInt8] = []
        var lastNote: Int?
        while try cursor.next() != nil {
            let document = UnsafeBufferPointer(start: sqlite3_column_text(raw, 1), count: Int(sqlite3_column_bytes(raw, 1)))
            if !document.elementsEqual(lastDocument) {
                lastDocument = Array(document)
                lastNote = index[String(decoding: document, as: UTF8.self)]
            }
            guard let note = lastNote else { continue }
            let start = paths.count
            paths.append(contentsOf: UnsafeBufferPointer(start: sqlite3_column_text(raw, 2), count: Int(sqlite3_column_bytes(raw, 2))))
            sections[sqlite3_column_int64(raw, 0)] = (Int32(note), Int32(start), Int32(paths.count))
        }
    }

    func note(ofSection id: Int64) -> Int? { sections[id].map { Int($0.note) } }

    /// A section's heading path, outermost first.
    func path(ofSection id: Int64) -> [String] {
        guard let place = sections[id], place.end > place.start else { return [] }
        return String(decoding: paths[Int(place.start)..<Int(place.end)], as: UTF8.self)
            .split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
    }

    /// Notes in report order: by deck name, then by id.
    func order(of note: Int) -> (Int, Int) { (notes[note].deckRank, note) }
}
