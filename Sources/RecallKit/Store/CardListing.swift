/// A stored card with where it comes from and where it stands: what
/// `recall cards` lists and `cards --json` prints (PRODUCT.md §5).
public struct CardListing: Sendable, Encodable {
    public var id: String
    public var deck: String
    public var kind: CardKind
    public var front: String
    public var back: String
    public var claim: String
    public var section: [String]
    public var tags: [String]
    public var document: String
    public var title: String
    public var videoId: String?
    public var citation: Moment
    /// Every moment the card carries, the cited one first.
    public var moments: [Moment]
    /// Cards with the same key are siblings (one claim or list).
    public var sibling: String
    public var ordinal: Int
    public var schedule: CardSchedule
    public var state: CardState
    /// Retired by the learner (`recall retire`), not because its claim left the note.
    public var isLearnerRetired = false
    /// The front or back is the learner's edit.
    public var isEdited = false

    enum CodingKeys: String, CodingKey { case id, deck, type, front, back, claim, section, tags, source, schedule, edited }
    enum SourceKeys: String, CodingKey { case document, title, videoId, timestamp, seconds, url, moments }
    enum ScheduleKeys: String, CodingKey {
        case state, due, interval_days, easiness, repetitions, lapses, suspended, leech, retired_by
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(deck, forKey: .deck)
        try container.encode(kind.rawValue, forKey: .type)
        try container.encode(front, forKey: .front)
        try container.encode(back, forKey: .back)
        try container.encode(claim, forKey: .claim)
        try container.encode(section, forKey: .section)
        try container.encode(tags, forKey: .tags)
        try container.encode(isEdited, forKey: .edited)
        var source = container.nestedContainer(keyedBy: SourceKeys.self, forKey: .source)
        try source.encode(document, forKey: .document)
        try source.encode(title, forKey: .title)
        try source.encode(videoId, forKey: .videoId)
        try source.encode(citation.timestamp, forKey: .timestamp)
        try source.encode(citation.seconds, forKey: .seconds)
        try source.encode(citation.url, forKey: .url)
        try source.encode(moments, forKey: .moments)
        var plan = container.nestedContainer(keyedBy: ScheduleKeys.self, forKey: .schedule)
        try plan.encode(state.rawValue, forKey: .state)
        try plan.encode(schedule.dueDay?.isoDate, forKey: .due)
        try plan.encode(schedule.intervalDays, forKey: .interval_days)
        try plan.encode(Double(schedule.easinessHundredths) / 100, forKey: .easiness)
        try plan.encode(schedule.repetitions, forKey: .repetitions)
        try plan.encode(schedule.lapses, forKey: .lapses)
        if state == .retired { try plan.encode(isLearnerRetired ? "learner" : "note", forKey: .retired_by) }
    }
}

/// Which cards to list.
public struct CardFilter: Sendable {
    /// A deck name, a parent (`channel::` or `channel`), or a note title.
    public var deck: String?
    /// Only cards due for review (or new and available) today.
    public var dueOnly = false
    /// Case-insensitive text in the front, back or claim.
    public var search: String?
    /// Include retired cards.
    public var includeRetired = false

    public init(deck: String? = nil, dueOnly: Bool = false, search: String? = nil, includeRetired: Bool = false) {
        self.deck = deck
        self.dueOnly = dueOnly
        self.search = search
        self.includeRetired = includeRetired
    }
}

/// A deck with its counts for today.
public struct DeckSummary: Sendable, Encodable {
    public var name: String
    public var total: Int
    public var new: Int
    public var due: Int
    public var learned: Int
    public var suspended: Int
}
