/// A note read and turned into cards, ready to be synced into the collection.
public struct PreparedNote: Sendable {
    public let note: Note
    public let source: String
    public let cards: [CardDraft]
    /// SHA-256 of the file's bytes.
    public let contentHash: String
    /// Distinct anchored moments of the note (seconds).
    public let moments: Set<Int>

    /// Parses and generates; pure (no file system, no database).
    public init(bytes: [UInt8], file: String) throws(NoteError) {
        let note = try NoteParser.parse(bytes: bytes, file: file)
        let source = CardIdentity.sourceKey(videoId: note.videoId, file: file)
        self.note = note
        self.source = source
        cards = CardGenerator.generate(note, source: source)
        contentHash = CardIdentity.hex(bytes, digits: 64)
        moments = note.moments
    }
}
