import GRDB

/// A card id the learner typed that names no card, or more than one.
public enum CardIdError: Error, Equatable, CustomStringConvertible {
    case unknown(String)
    case ambiguous(String, [String])
    case tooShort(String)

    public var description: String {
        switch self {
        case .unknown(let id):
            return "no card \"\(id)\"; nothing changed (recall cards --all lists the ids)"
        case .ambiguous(let id, let ids):
            return "\"\(id)\" is the start of \(ids.count) cards (\(ids.prefix(3).joined(separator: ", "))\(ids.count > 3 ? ", …" : "")); give more of the id; nothing changed"
        case .tooShort(let id):
            return "\"\(id)\" is too short for a card id: give the full id or its first 6 hex digits at least; nothing changed"
        }
    }
}

/// A learner's edit that cannot be stored.
public struct CardEditError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// What a card command did to one card: the line it prints.
public struct CardChange: Sendable, Equatable {
    public var id: String
    /// Whether the card changed.
    public var changed: Bool
    public var line: String
}

/// One card in full, as `recall show` prints it.
public struct CardDetail: Sendable, Encodable {
    public var card: CardListing
    public var noteKey: String
    public var generatedFront: String
    public var generatedBack: String
    public var learnerFront: String?
    public var learnerBack: String?
    public var retiredAt: String?
    public var reviews: [Review]

    /// One answer of the card's review log.
    public struct Review: Sendable, Encodable {
        public var reviewedAt: String
        public var day: String
        public var grade: Int
        public var kind: String
        public var easinessAfter: Int
        public var intervalBefore: Int
        public var intervalAfter: Int
        public var lapsesAfter: Int
        public var durationMs: Int

        enum CodingKeys: String, CodingKey {
            case reviewedAt = "reviewed_at", day, grade, kind, easinessAfter = "easiness_after",
                 intervalBefore = "interval_before", intervalAfter = "interval_after", lapsesAfter = "lapses_after",
                 durationMs = "duration_ms"
        }
    }

    enum ExtraKeys: String, CodingKey { case note, generated, learner, retired_at, reviews }
    enum TextKeys: String, CodingKey { case front, back }

    public func encode(to encoder: any Encoder) throws {
        try card.encode(to: encoder)
        var extra = encoder.container(keyedBy: ExtraKeys.self)
        try extra.encode(noteKey, forKey: .note)
        var generated = extra.nestedContainer(keyedBy: TextKeys.self, forKey: .generated)
        try generated.encode(generatedFront, forKey: .front)
        try generated.encode(generatedBack, forKey: .back)
        var learner = extra.nestedContainer(keyedBy: TextKeys.self, forKey: .learner)
        try learner.encode(learnerFront, forKey: .front)
        try learner.encode(learnerBack, forKey: .back)
        try extra.encode(retiredAt, forKey: .retired_at)
        try extra.encode(reviews, forKey: .reviews)
    }
}

/// Writes card commands share with the sync.
enum CardCommands {
    /// Forgets a card's schedule: new again, in review, its answers kept in the log.
    static func clearSchedule(_ id: String, in db: Database) throws {
        try db.execute(sql: """
            UPDATE cardState SET repetitions = 0, easiness = 250, intervalDays = 0, dueDay = NULL, lapses = 0,
              lastReviewDay = NULL, suspended = 0, leech = 0, buriedUntil = NULL, introducedDay = NULL WHERE cardId = ?
            """, arguments: [id])
    }

    /// The first 50 characters of a front, on one line.
    static func short(_ front: String) -> String {
        let line = front.replacingOccurrences(of: "\n", with: " — ")
        return line.count > 50 ? String(line.prefix(50)) + "…" : line
    }
}

extension AppDatabase {
    /// The full ids of `ids` (each a full id or a unique prefix of 6 hex
    /// digits or more), in order, each once.
    public func resolveCards(_ ids: [String]) throws -> [String] {
        try read { db in try Self.resolve(ids, db) }
    }

    static func resolve(_ ids: [String], _ db: Database) throws -> [String] {
        var resolved: [String] = []
        for typed in ids {
            let id = typed.trimmingCharacters(in: .whitespaces).lowercased()
            let full: String
            if try Int.fetchOne(db, sql: "SELECT 1 FROM card WHERE id = ?", arguments: [id]) != nil {
                full = id
            } else {
                guard id.count >= 6, id.allSatisfy(\.isHexDigit) else {
                    throw id.allSatisfy(\.isHexDigit) && !id.isEmpty ? CardIdError.tooShort(typed) : CardIdError.unknown(typed)
                }
                let matches = try String.fetchAll(db, sql: "SELECT id FROM card WHERE id >= ? AND id < ? ORDER BY id LIMIT 4",
                                                  arguments: [id, id + "g"])
                guard let first = matches.first else { throw CardIdError.unknown(typed) }
                guard matches.count == 1 else { throw CardIdError.ambiguous(typed, matches) }
                full = first
            }
            if !resolved.contains(full) { resolved.append(full) }
        }
        return resolved
    }

    /// The cards `ids` in full.
    public func cardDetails(_ ids: [String], on day: StudyDay) throws -> [CardDetail] {
        try read { db in
            try Self.resolve(ids, db).map { id in
                let listingRow = try Row.fetchOne(db, sql: "SELECT \(Self.listingColumns) FROM \(Self.listingTables) WHERE card.id = ?",
                                                  arguments: [id])
                guard let listingRow, let record = try CardRecord.fetchOne(db, key: id) else { throw CardIdError.unknown(id) }
                let reviews = try ReviewLogRecord.filter(ReviewLogRecord.Columns.cardId == id)
                    .order(ReviewLogRecord.Columns.id).fetchAll(db).map { row in
                        CardDetail.Review(reviewedAt: row.reviewedAt, day: StudyDay(daysSince1970: row.day).isoDate,
                                          grade: row.grade, kind: row.kind, easinessAfter: row.easinessAfter,
                                          intervalBefore: row.intervalBefore, intervalAfter: row.intervalAfter,
                                          lapsesAfter: row.lapsesAfter, durationMs: row.durationMs)
                    }
                return CardDetail(card: Self.listing(listingRow, on: day), noteKey: record.documentId,
                                  generatedFront: record.front, generatedBack: record.back, learnerFront: record.learnerFront,
                                  learnerBack: record.learnerBack, retiredAt: record.retiredAt, reviews: reviews)
            }
        }
    }

    /// Takes the cards out of review (and out of the due counts).
    public func suspendCards(_ ids: [String]) throws -> [CardChange] {
        try changeCards(ids) { record, state, db in
            let front = CardCommands.short(record.shownFront)
            if state.suspended { return CardChange(id: record.id, changed: false, line: "\(record.id) is already suspended: nothing changed") }
            try db.execute(sql: "UPDATE cardState SET suspended = 1 WHERE cardId = ?", arguments: [record.id])
            return CardChange(id: record.id, changed: true, line: "Suspended \(record.id): \(front)")
        }
    }

    /// Brings suspended cards (leeches too: the leech flag is cleared, the
    /// lapses kept) and cards the learner retired back into review.
    public func unsuspendCards(_ ids: [String]) throws -> [CardChange] {
        try changeCards(ids) { record, state, db in
            let front = CardCommands.short(record.shownFront)
            if record.learnerRetired {
                try db.execute(sql: "UPDATE card SET retiredAt = NULL, learnerRetired = 0 WHERE id = ?", arguments: [record.id])
                try db.execute(sql: "UPDATE cardState SET suspended = 0, leech = 0 WHERE cardId = ?", arguments: [record.id])
                return CardChange(id: record.id, changed: true, line: "Brought back \(record.id) (you had retired it): \(front)")
            }
            if record.retiredAt != nil {
                return CardChange(id: record.id, changed: false,
                                  line: "\(record.id) is retired because its claim left the note: nothing changed")
            }
            guard state.suspended else {
                return CardChange(id: record.id, changed: false, line: "\(record.id) is not suspended: nothing changed")
            }
            try db.execute(sql: "UPDATE cardState SET suspended = 0, leech = 0 WHERE cardId = ?", arguments: [record.id])
            let lapses = state.lapses == 1 ? "1 lapse is" : "\(state.lapses) lapses are"
            let leech = state.leech ? " (a leech; its \(lapses) kept)" : ""
            return CardChange(id: record.id, changed: true, line: "Unsuspended \(record.id)\(leech): \(front)")
        }
    }

    /// Makes the cards new again (schedule, suspension and leech flag
    /// cleared); their past answers stay in the review log.
    public func resetCards(_ ids: [String]) throws -> [CardChange] {
        try changeCards(ids) { record, state, db in
            let front = CardCommands.short(record.shownFront)
            let isNew = state.repetitions == 0 && state.easiness == 250 && state.intervalDays == 0 && state.dueDay == nil
                && state.lapses == 0 && state.lastReviewDay == nil && !state.suspended && !state.leech
                && state.buriedUntil == nil && state.introducedDay == nil
            if isNew { return CardChange(id: record.id, changed: false, line: "\(record.id) is already new: nothing changed") }
            try CardCommands.clearSchedule(record.id, in: db)
            return CardChange(id: record.id, changed: true, line: "Reset \(record.id) (new again; its review log is kept): \(front)")
        }
    }

    /// Retires the cards for good: out of review, kept with their history,
    /// not brought back by `generate` until their claim changes.
    public func retireCards(_ ids: [String], now: String) throws -> [CardChange] {
        try changeCards(ids) { record, _, db in
            let front = CardCommands.short(record.shownFront)
            if record.learnerRetired { return CardChange(id: record.id, changed: false, line: "\(record.id) is already retired: nothing changed") }
            try db.execute(sql: "UPDATE card SET retiredAt = COALESCE(retiredAt, ?), learnerRetired = 1 WHERE id = ?",
                           arguments: [now, record.id])
            return CardChange(id: record.id, changed: true, line: "Retired \(record.id): \(front)")
        }
    }

    /// The front and back the learner sees now, for an editor.
    public func shownText(of id: String) throws -> (front: String, back: String) {
        try read { db in
            guard let record = try CardRecord.fetchOne(db, key: id) else { throw CardIdError.unknown(id) }
            return (record.shownFront, record.shownBack)
        }
    }

    /// Stores the learner's front and/or back (nil: left as it is) beside the
    /// generated text; with `generated`, drops the learner's edit instead.
    public func editCards(_ ids: [String], front: String?, back: String?, generated: Bool = false,
                          now: String) throws -> [CardChange] {
        for (name, text) in [("front", front), ("back", back)] {
            if let text, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw CardEditError("the \(name) cannot be empty; nothing changed")
            }
        }
        return try changeCards(ids) { record, _, db in
            var learnerFront = record.learnerFront, learnerBack = record.learnerBack
            if generated {
                learnerFront = nil
                learnerBack = nil
            }
            if let front { learnerFront = front == record.front ? nil : front }
            if let back { learnerBack = back == record.back ? nil : back }
            guard learnerFront != record.learnerFront || learnerBack != record.learnerBack else {
                return CardChange(id: record.id, changed: false, line: "\(record.id) already reads so: nothing changed")
            }
            try db.execute(sql: "UPDATE card SET learnerFront = ?, learnerBack = ?, updatedAt = ? WHERE id = ?",
                           arguments: [learnerFront, learnerBack, now, record.id])
            let shown = CardCommands.short(learnerFront ?? record.front)
            let verb = learnerFront == nil && learnerBack == nil ? "Restored the generated text of" : "Edited"
            return CardChange(id: record.id, changed: true, line: "\(verb) \(record.id): \(shown)")
        }
    }

    /// Resolves `ids` and applies `body` to each card, all in one transaction.
    private func changeCards(_ ids: [String],
                             _ body: (CardRecord, CardStateRecord, Database) throws -> CardChange) throws -> [CardChange] {
        try write { db in
            try Self.resolve(ids, db).map { id in
                guard let record = try CardRecord.fetchOne(db, key: id),
                      let state = try CardStateRecord.fetchOne(db, key: id) else { throw CardIdError.unknown(id) }
                return try body(record, state, db)
            }
        }
    }
}
