import GRDB

/// A row of `card`. Lists are stored as text: the section path joined by
/// U+001F, tags by spaces (tags hold none), moments as `StoredMoments` writes them.
struct CardRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "card"
    var id: String
    var documentId: String
    var deckId: Int64
    var ordinal: Int
    var kind: String
    var front: String
    var back: String
    var claim: String
    var section: String
    var tags: String
    var timestamp: String
    var seconds: Int
    var anchors: String
    var sibling: String
    var line: Int
    var createdAt: String
    var updatedAt: String
    var retiredAt: String?
    /// The learner's own front and back (nil: the generated text stands).
    var learnerFront: String?
    var learnerBack: String?
    /// Retired by the learner (not because its claim left the note): not brought back until the claim changes.
    var learnerRetired: Bool

    enum CodingKeys: String, CodingKey {
        case id, documentId, deckId, ordinal, kind, front, back, claim, section, tags, timestamp, seconds, anchors, sibling,
             line, createdAt, updatedAt, retiredAt, learnerFront, learnerBack, learnerRetired
    }

    enum Columns {
        static let id = Column(CodingKeys.id)
        static let documentId = Column(CodingKeys.documentId)
        static let deckId = Column(CodingKeys.deckId)
        static let ordinal = Column(CodingKeys.ordinal)
        static let retiredAt = Column(CodingKeys.retiredAt)
    }

    init(draft: CardDraft, documentId: String, deckId: Int64, now: String) {
        id = draft.id
        self.documentId = documentId
        self.deckId = deckId
        ordinal = draft.ordinal
        kind = draft.kind.rawValue
        front = draft.front
        back = draft.back
        claim = draft.claim
        section = Self.joinSection(draft.section)
        tags = draft.tags.joined(separator: " ")
        timestamp = draft.citation.timestamp
        seconds = draft.citation.seconds
        anchors = StoredMoments.encode(draft.moments)
        sibling = draft.sibling
        line = draft.line
        createdAt = now
        updatedAt = now
        retiredAt = nil
        learnerFront = nil
        learnerBack = nil
        learnerRetired = false
    }

    /// Decodes a row; the learner's columns may be missing (a migration before
    /// `v4-learner-changes` reads cards too).
    init(from decoder: any Decoder) throws {
        let row = try decoder.container(keyedBy: CodingKeys.self)
        id = try row.decode(String.self, forKey: .id)
        documentId = try row.decode(String.self, forKey: .documentId)
        deckId = try row.decode(Int64.self, forKey: .deckId)
        ordinal = try row.decode(Int.self, forKey: .ordinal)
        kind = try row.decode(String.self, forKey: .kind)
        front = try row.decode(String.self, forKey: .front)
        back = try row.decode(String.self, forKey: .back)
        claim = try row.decode(String.self, forKey: .claim)
        section = try row.decode(String.self, forKey: .section)
        tags = try row.decode(String.self, forKey: .tags)
        timestamp = try row.decode(String.self, forKey: .timestamp)
        seconds = try row.decode(Int.self, forKey: .seconds)
        anchors = try row.decode(String.self, forKey: .anchors)
        sibling = try row.decode(String.self, forKey: .sibling)
        line = try row.decode(Int.self, forKey: .line)
        createdAt = try row.decode(String.self, forKey: .createdAt)
        updatedAt = try row.decode(String.self, forKey: .updatedAt)
        retiredAt = try row.decodeIfPresent(String.self, forKey: .retiredAt)
        learnerFront = row.contains(.learnerFront) ? try row.decodeIfPresent(String.self, forKey: .learnerFront) : nil
        learnerBack = row.contains(.learnerBack) ? try row.decodeIfPresent(String.self, forKey: .learnerBack) : nil
        learnerRetired = row.contains(.learnerRetired) ? try row.decode(Bool.self, forKey: .learnerRetired) : false
    }

    /// What the learner sees: their text where they edited it.
    var shownFront: String { learnerFront ?? front }
    var shownBack: String { learnerBack ?? back }

    var sectionPath: [String] { section.isEmpty ? [] : section.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init) }
    var tagList: [String] { tags.split(separator: " ").map(String.init) }
    func moments(videoId: String?) -> [Moment] { StoredMoments.decode(anchors, videoId: videoId) }
    var cardKind: CardKind { CardKind(rawValue: kind) ?? .cloze }

    static func joinSection(_ section: [String]) -> String { section.joined(separator: "\u{1F}") }

    func existing(deck: String, videoId: String?) -> ExistingCard {
        ExistingCard(id: id, kind: cardKind, front: front, back: back, claim: claim, section: sectionPath,
                     tags: tagList, deck: deck, moments: moments(videoId: videoId), sibling: sibling,
                     ordinal: ordinal, line: line, isRetired: retiredAt != nil,
                     isEdited: learnerFront != nil || learnerBack != nil, isLearnerRetired: learnerRetired)
    }

    func citation(videoId: String?) -> Moment {
        Moment(timestamp: timestamp, seconds: seconds, url: videoId.map { VideoLink.url(videoId: $0, seconds: seconds) })
    }
}
