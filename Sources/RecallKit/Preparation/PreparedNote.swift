/// A note read and turned into cards, ready to be synced into the collection.
public struct PreparedNote: Sendable {
    public internal(set) var note: Note
    /// The note's key (`CardIdentity.sourceKey`): its document id.
    public let source: String
    /// The note's path relative to `folder`.
    public let relativePath: String
    /// The folder given to `generate` the note was found in (for a file
    /// given directly, its folder), absolute; nil when unknown.
    public let folder: String?
    public let cards: [CardDraft]
    /// SHA-256 of the file's bytes.
    public let contentHash: String
    /// Distinct anchored moments of the note (seconds).
    public let moments: Set<Int>

    /// Parses and generates; pure (no file system, no database).
    /// `relativePath` defaults to the file's name; `key` overrides the note's
    /// key (two notes of one video in one run).
    public init(bytes: [UInt8], file: String, relativePath: String? = nil, folder: String? = nil,
                key: String? = nil) throws(NoteError) {
        let note = try NoteParser.parse(bytes: bytes, file: file)
        let relative = relativePath ?? (file.split(separator: "/").last.map(String.init) ?? file)
        let source = key ?? CardIdentity.sourceKey(videoId: note.videoId, file: relative)
        self.note = note
        self.source = source
        self.relativePath = relative
        self.folder = folder
        cards = CardGenerator.generate(note, source: source)
        contentHash = CardIdentity.hex(bytes, digits: 64)
        moments = note.moments
    }
}
