import Foundation
import GRDB
import ZIPFoundation

/// The `apkg` format: a zip holding a schema-11 `collection.anki2` (as
/// genanki writes it) and an empty `media` map, which Anki 2.1 to 26.x
/// import. The same cards give the same bytes: ids derive from card ids,
/// times come from the cards, and the zip entries carry a fixed date.
public enum AnkiPackage {
    /// Review due days are counted from this day (the collection's `crt`).
    static let dayZero = StudyDay(year: 2006, month: 1, day: 1)
    /// The date of every zip entry (2024-01-01T00:00:00Z).
    static let entryDate = Date(timeIntervalSince1970: 1_704_067_200)

    /// Writes the package of `deck`'s cards (every deck by default) to `url`,
    /// with `withScheduling` their SM-2 state and review log too. Throws
    /// `ExportError.noCards` when there is nothing to write.
    public static func write(from database: AppDatabase, deck: String?, clock: Clock, withScheduling: Bool,
                             to url: URL) throws -> ExportSummary {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("recall-apkg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let collection = folder.appendingPathComponent("collection.anki2")
        let summary = try writeCollection(from: database, deck: deck, clock: clock, withScheduling: withScheduling,
                                          to: collection)
        guard summary.cards > 0 else { throw ExportError.noCards(deck: deck) }
        try zip(collection, to: url)
        return summary
    }

    /// The SQLite collection, written in one transaction without a journal,
    /// in 16 KiB pages (notes of about a kilobyte leave less slack in them,
    /// so there is less to compress).
    static func writeCollection(from database: AppDatabase, deck: String?, clock: Clock, withScheduling: Bool,
                                to url: URL) throws -> ExportSummary {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA page_size = 16384; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF")
        }
        let queue = try DatabaseQueue(path: url.path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.write { db in
            try db.execute(sql: AnkiCollection.tables)
            var rows = try AnkiRows(db, withScheduling: withScheduling)
            try database.forEachExportCard(deck: deck) { rows.stage($0) }
            try rows.insertStaged()
            if withScheduling {
                try database.forEachExportAnswer(deck: deck) { try rows.add($0) }
            }
            try db.execute(sql: AnkiCollection.indexes)
            let creation = AnkiCollection.Creation(dayZero: dayZero, timeZone: clock.timeZone)
            try AnkiCollection.insertCol(db, creation: creation, decks: rows.decks, nextPosition: rows.cards + 1)
            return ExportSummary(cards: rows.cards, reviews: rows.reviews)
        }
    }

    /// Zips the collection and the `media` map, entries deflated and dated
    /// `entryDate`.
    static func zip(_ collection: URL, to url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        let handle = try FileHandle(forReadingFrom: collection)
        defer { try? handle.close() }
        let size = Int64(try handle.seekToEnd())
        try archive.addEntry(with: "collection.anki2", type: .file, uncompressedSize: size, modificationDate: entryDate,
                             compressionMethod: .deflate, bufferSize: 1 << 20) { position, count in
            try handle.seek(toOffset: UInt64(position))
            return try handle.read(upToCount: count) ?? Data()
        }
        let media = Data("{}".utf8)
        try archive.addEntry(with: "media", type: .file, uncompressedSize: Int64(media.count), modificationDate: entryDate,
                             compressionMethod: .deflate) { position, count in
            media.subdata(in: Int(position)..<min(media.count, Int(position) + count))
        }
    }
}
