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
    /// The folder given to `generate` the note was last found in (absolute);
    /// nil for a note not generated since the key change (v3).
    var folder: String? = nil
    /// The note's path relative to `folder`.
    var relativePath: String? = nil
}
