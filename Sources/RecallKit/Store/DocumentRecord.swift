import GRDB

/// A row of `document`: one note, keyed by its source key.
struct DocumentRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "document"
    var id: String
    var path: String
    var title: String
    var videoId: String?
    var channel: String?
    var deckId: Int64
    var contentHash: String
    var updatedAt: String
}
