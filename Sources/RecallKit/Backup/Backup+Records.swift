import GRDB

/// Backup rows to and from stored records: the one place that knows both.
extension Backup.Card {
    init(_ card: CardRecord, deck: String, state: CardStateRecord) {
        id = card.id
        document = card.documentId
        self.deck = deck
        ordinal = card.ordinal
        kind = card.kind
        front = card.front
        back = card.back
        claim = card.claim
        section = card.sectionPath
        tags = card.tagList
        timestamp = card.timestamp
        seconds = card.seconds
        moments = card.moments(videoId: nil).map { Backup.CardMoment(timestamp: $0.timestamp, seconds: $0.seconds) }
        sibling = card.sibling
        line = card.line
        createdAt = card.createdAt
        updatedAt = card.updatedAt
        retiredAt = card.retiredAt
        learnerFront = card.learnerFront
        learnerBack = card.learnerBack
        learnerRetired = card.learnerRetired
        schedule = Backup.Schedule(state)
    }
}

extension Backup.Document {
    init(_ document: DocumentRecord, deck: String) {
        id = document.id
        path = document.path
        title = document.title
        videoId = document.videoId
        channel = document.channel
        self.deck = deck
        contentHash = document.contentHash
        updatedAt = document.updatedAt
        folder = document.folder
        relativePath = document.relativePath
    }
}

extension Backup.Schedule {
    init(_ state: CardStateRecord) {
        repetitions = state.repetitions
        easiness = state.easiness
        intervalDays = state.intervalDays
        due = state.dueDay.map(Backup.isoDate)
        lapses = state.lapses
        lastReview = state.lastReviewDay.map(Backup.isoDate)
        suspended = state.suspended
        leech = state.leech
        buriedUntil = state.buriedUntil.map(Backup.isoDate)
        introduced = state.introducedDay.map(Backup.isoDate)
    }
}

extension Backup.Review {
    init(_ row: ReviewLogRecord) {
        id = row.id ?? 0
        card = row.cardId
        reviewedAt = row.reviewedAt
        day = Backup.isoDate(row.day)
        grade = row.grade
        kind = row.kind
        easinessBefore = row.easinessBefore
        easinessAfter = row.easinessAfter
        intervalBefore = row.intervalBefore
        intervalAfter = row.intervalAfter
        repetitionsBefore = row.repetitionsBefore
        repetitionsAfter = row.repetitionsAfter
        lapsesAfter = row.lapsesAfter
        dueBefore = row.dueBefore.map(Backup.isoDate)
        dueAfter = row.dueAfter.map(Backup.isoDate)
        durationMs = row.durationMs
    }
}

extension CardRecord {
    /// The stored row for a backup card (dates already validated).
    init(_ card: Backup.Card, deckId: Int64) {
        id = card.id
        documentId = card.document
        self.deckId = deckId
        ordinal = card.ordinal
        kind = card.kind
        front = card.front
        back = card.back
        claim = card.claim
        section = Self.joinSection(card.section)
        tags = card.tags.joined(separator: " ")
        timestamp = card.timestamp
        seconds = card.seconds
        anchors = StoredMoments.encode(card.moments.map { Moment(timestamp: $0.timestamp, seconds: $0.seconds, url: nil) })
        sibling = card.sibling
        line = card.line
        createdAt = card.createdAt
        updatedAt = card.updatedAt
        retiredAt = card.retiredAt
        learnerFront = card.learnerFront
        learnerBack = card.learnerBack
        learnerRetired = card.learnerRetired
    }
}

extension DocumentRecord {
    /// The stored row for a backup document.
    init(_ document: Backup.Document, deckId: Int64) {
        self.init(id: document.id, path: document.path, title: document.title, videoId: document.videoId,
                  channel: document.channel, deckId: deckId, contentHash: document.contentHash, updatedAt: document.updatedAt,
                  folder: document.folder, relativePath: document.relativePath)
    }
}

extension CardStateRecord {
    /// The stored state for a backup card (dates already validated).
    init(_ card: Backup.Card) {
        let schedule = card.schedule
        cardId = card.id
        repetitions = schedule.repetitions
        easiness = schedule.easiness
        intervalDays = schedule.intervalDays
        dueDay = schedule.due.flatMap(Backup.dayNumber)
        lapses = schedule.lapses
        lastReviewDay = schedule.lastReview.flatMap(Backup.dayNumber)
        suspended = schedule.suspended
        leech = schedule.leech
        buriedUntil = schedule.buriedUntil.flatMap(Backup.dayNumber)
        introducedDay = schedule.introduced.flatMap(Backup.dayNumber)
    }
}

extension ReviewLogRecord {
    /// The stored row for a backup answer; `id` nil lets SQLite pick one.
    init(_ review: Backup.Review, id: Int64?) {
        self.id = id
        cardId = review.card
        reviewedAt = review.reviewedAt
        day = Backup.dayNumber(review.day) ?? 0
        grade = review.grade
        kind = review.kind
        easinessBefore = review.easinessBefore
        easinessAfter = review.easinessAfter
        intervalBefore = review.intervalBefore
        intervalAfter = review.intervalAfter
        repetitionsBefore = review.repetitionsBefore
        repetitionsAfter = review.repetitionsAfter
        lapsesAfter = review.lapsesAfter
        dueBefore = review.dueBefore.flatMap(Backup.dayNumber)
        dueAfter = review.dueAfter.flatMap(Backup.dayNumber)
        durationMs = review.durationMs
    }
}

extension Backup {
    static func isoDate(_ day: Int) -> String { StudyDay(daysSince1970: day).isoDate }

    static func dayNumber(_ text: String) -> Int? { StudyDay(isoDate: text)?.daysSince1970 }
}
