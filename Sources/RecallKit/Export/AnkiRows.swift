import Crypto
import Foundation
import GRDB

/// Adds notes, cards and review-log rows to an Anki collection being
/// written. Notes and cards are staged in memory and inserted in id order
/// (`insertStaged`): ids derive from hashes, and rows inserted in hash order
/// would leave SQLite's pages half empty and cost far more time.
struct AnkiRows {
    let withScheduling: Bool
    private(set) var cards = 0
    private(set) var reviews = 0
    /// Every deck a card is in, with its parents (`a::b` needs `a`).
    private(set) var decks: [Int64: String] = [:]
    private var noteIds = AnkiIDs()
    private var deckIds = AnkiIDs()
    private var revlogIds: Set<Int64> = []
    private var staged: [StagedNote] = []
    private let insertNote: Statement
    private let insertCard: Statement
    private let insertRevlog: Statement

    /// A note and its card, ready to insert.
    private struct StagedNote {
        var id: Int64
        var guid: String
        var mod: Int64
        var tags: String
        var fields: String
        var deckId: Int64
        var state: AnkiCardState
    }

    init(_ db: Database, withScheduling: Bool) throws {
        self.withScheduling = withScheduling
        insertNote = try db.makeStatement(sql: "INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')")
        insertCard = try db.makeStatement(sql: "INSERT INTO cards VALUES (?, ?, ?, 0, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)")
        insertRevlog = try db.makeStatement(sql: "INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)")
    }

    /// Stages one card as a note with its one card; note and card share the
    /// id derived from the card id. Cards come in export order, which is
    /// their new-card position.
    mutating func stage(_ card: ExportCard) {
        let note = AnkiNote(card)
        cards += 1
        let state = withScheduling
            ? AnkiCardState(card.schedule, answers: card.answers, lastAnswer: card.lastAnsweredAt.map(ISOTimestamp.seconds),
                            position: cards, dayZero: AnkiPackage.dayZero)
            : .new(position: cards)
        staged.append(StagedNote(
            id: noteIds.id(for: card.id), guid: note.guid, mod: ISOTimestamp.seconds(card.updatedAt),
            tags: note.tags.isEmpty ? "" : " \(note.tags.joined(separator: " ")) ",
            fields: note.fields.joined(separator: "\u{1F}"), deckId: register(deck: note.deck), state: state))
    }

    /// Inserts the staged notes and cards in id order, with Anki's sort
    /// field and checksum (of the Front without HTML).
    mutating func insertStaged() throws {
        staged.sort { $0.id < $1.id }
        for note in staged {
            let front = note.fields.utf8.firstIndex(of: 0x1F).map { String(note.fields[..<$0]) } ?? note.fields
            let sortField = HTMLText.stripped(front)
            try insertNote.execute(arguments: [
                note.id, note.guid, AnkiNoteType.id, note.mod, note.tags, note.fields, sortField, Self.checksum(sortField),
            ])
            let state = note.state
            try insertCard.execute(arguments: [
                note.id, note.id, note.deckId, note.mod, state.type, state.queue, state.due, state.ivl, state.factor,
                state.reps, state.lapses, state.left, state.data,
            ])
        }
        staged = []
    }

    /// One answer as a revlog row, its id the answer's time in milliseconds
    /// (counted up past any answer already at that millisecond). Answers to
    /// cards not added are skipped.
    mutating func add(_ review: Backup.Review) throws {
        guard let cardId = noteIds.existing(review.card) else { return }
        var id = AnkiRevlog.milliseconds(review)
        while !revlogIds.insert(id).inserted { id += 1 }
        let row = AnkiRevlog(review, cardId: cardId, id: id)
        try insertRevlog.execute(arguments: [row.id, row.cid, row.ease, row.ivl, row.lastIvl, row.factor, row.time, row.type])
        reviews += 1
    }

    /// The id of the deck `name` (`a::b` is deck b inside deck a), its
    /// parents registered too; empty levels are dropped, and a name with
    /// none left is Anki's Default deck (id 1).
    private mutating func register(deck name: String) -> Int64 {
        if let id = deckIds.existing(name) { return id }
        let parts = name.components(separatedBy: "::").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        var id: Int64 = 1
        for depth in parts.indices {
            let prefix = parts[...depth].joined(separator: "::")
            id = deckIds.id(for: prefix)
            decks[id] = prefix
        }
        if parts.joined(separator: "::") != name { deckIds.alias(name, to: id) }
        return id
    }

    /// Anki's first-field checksum: the first 4 bytes of its SHA-1, big-endian.
    static func checksum(_ text: String) -> Int64 {
        let digest = Insecure.SHA1.hash(data: Data(text.utf8))
        return digest.prefix(4).reduce(Int64(0)) { $0 << 8 | Int64($1) }
    }
}
