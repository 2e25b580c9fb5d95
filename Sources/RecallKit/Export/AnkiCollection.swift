import Foundation
import GRDB

/// The legacy schema-11 collection (`collection.anki2`) that genanki writes
/// and Anki 2.1 to 26.x import: its tables and its single `col` row, whose
/// JSON holds the note type, the decks and the deck options.
enum AnkiCollection {
    /// Tables as genanki creates them; indexes come after the rows (faster),
    /// which are added in id order so SQLite fills its pages.
    static let tables = """
        CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null,
          ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null,
          models text not null, decks text not null, dconf text not null, tags text not null);
        CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null,
          usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null,
          flags integer not null, data text not null);
        CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null,
          mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null,
          ivl integer not null, factor integer not null, reps integer not null, lapses integer not null,
          left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
        CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null,
          ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
          type integer not null);
        CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
        """

    static let indexes = """
        CREATE INDEX ix_notes_usn on notes (usn);
        CREATE INDEX ix_cards_usn on cards (usn);
        CREATE INDEX ix_revlog_usn on revlog (usn);
        CREATE INDEX ix_cards_nid on cards (nid);
        CREATE INDEX ix_cards_sched on cards (did, queue, due);
        CREATE INDEX ix_revlog_cid on revlog (cid);
        CREATE INDEX ix_notes_csum on notes (csum);
        """

    /// When the collection was "created": noon of `dayZero` in `timeZone`.
    /// Review due days are counted from that day.
    struct Creation {
        var dayZero: StudyDay
        var timeZone: TimeZone

        var seconds: Int64 {
            Int64(dayZero.daysSince1970) * 86_400 + 12 * 3600 - Int64(timeZone.secondsFromGMT(for: date))
        }

        /// Anki's `creationOffset`: minutes west of UTC.
        var minutesWest: Int { -timeZone.secondsFromGMT(for: date) / 60 }

        private var date: Date { Date(timeIntervalSince1970: TimeInterval(dayZero.daysSince1970) * 86_400 + 43_200) }
    }

    /// Writes the `col` row: the collection's settings, the note type, every
    /// deck in `decks` (id → name, parents included) and the deck options.
    static func insertCol(_ db: Database, creation: Creation, decks: [Int64: String], nextPosition: Int) throws {
        let json = { (value: Any) throws -> String in
            String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
        }
        try db.execute(sql: "INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')", arguments: [
            creation.seconds, fixedMod * 1000, fixedMod * 1000,
            try json(configuration(creation: creation, nextPosition: nextPosition)),
            try json([String(AnkiNoteType.id): AnkiNoteType.json]),
            try decksJSON(decks.merging([1: "Default"]) { name, _ in name }), try json(["1": deckOptions]),
        ])
    }

    /// The `decks` JSON, one object per deck keyed by its id, in id order.
    /// Written by hand: a collection may have thousands of decks, and
    /// `JSONSerialization` with sorted keys takes a second over them.
    static func decksJSON(_ decks: [Int64: String]) throws -> String {
        let entries = try decks.sorted { $0.key < $1.key }.map { id, name -> String in
            let template = try JSONEncoder().encode(name)
            return "\"\(id)\":{\"browserCollapsed\":false,\"collapsed\":false,\"conf\":1,\"desc\":\"\",\"dyn\":0,"
                + "\"extendNew\":0,\"extendRev\":0,\"id\":\(id),\"lrnToday\":[0,0],\"mod\":\(fixedMod),"
                + "\"name\":\(String(decoding: template, as: UTF8.self)),\"newToday\":[0,0],\"revToday\":[0,0],"
                + "\"timeToday\":[0,0],\"usn\":-1}"
        }
        return "{" + entries.joined(separator: ",") + "}"
    }

    /// The time every fixed piece of the package claims (2025-11-24), so the
    /// same cards always give the same bytes.
    static let fixedMod: Int64 = 1_764_000_000

    private static func configuration(creation: Creation, nextPosition: Int) -> [String: Any] {
        [
            "activeDecks": [1], "addToCur": true, "collapseTime": 1200, "curDeck": 1,
            "curModel": String(AnkiNoteType.id), "dueCounts": true, "estTimes": true, "newBury": true,
            "newSpread": 0, "nextPos": nextPosition, "sortBackwards": false, "sortType": "noteFld", "timeLim": 0,
            "schedVer": 2, "rollover": 4, "creationOffset": creation.minutesWest,
        ]
    }

    /// Anki's default options with recall's limits (20 new, 200 reviews a
    /// day, leeches at 8 lapses, suspended). `mod` 0: an import never
    /// overwrites the user's own default options with these.
    private static var deckOptions: [String: Any] { [
        "autoplay": true, "id": 1, "maxTaken": 60, "mod": 0, "name": "Default", "replayq": true, "timer": 0, "usn": 0,
        "lapse": ["delays": [10], "leechAction": 0, "leechFails": 8, "minInt": 1, "mult": 0] as [String: Any],
        "new": ["bury": true, "delays": [1, 10], "initialFactor": 2500, "ints": [1, 4, 7], "order": 1, "perDay": 20,
                "separate": true] as [String: Any],
        "rev": ["bury": true, "ease4": 1.3, "fuzz": 0.05, "ivlFct": 1, "maxIvl": 36500, "minSpace": 1,
                "perDay": 200] as [String: Any],
    ] }
}
