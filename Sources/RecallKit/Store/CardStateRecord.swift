import GRDB

/// A row of `cardState`: the SM-2 state of one card, mapped to and from
/// `CardSchedule` and nothing more.
struct CardStateRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "cardState"
    var cardId: String
    var repetitions: Int
    var easiness: Int
    var intervalDays: Int
    var dueDay: Int?
    var lapses: Int
    var lastReviewDay: Int?
    var suspended: Bool
    var leech: Bool
    var buriedUntil: Int?
    /// The study day of the card's first answer (for the daily new-card limit).
    var introducedDay: Int?

    enum Columns {
        static let cardId = Column(CodingKeys.cardId)
        static let dueDay = Column(CodingKeys.dueDay)
    }

    init(cardId: String, schedule: CardSchedule, introducedDay: Int? = nil) {
        self.cardId = cardId
        repetitions = schedule.repetitions
        easiness = schedule.easinessHundredths
        intervalDays = schedule.intervalDays
        dueDay = schedule.dueDay?.daysSince1970
        lapses = schedule.lapses
        lastReviewDay = schedule.lastReviewDay?.daysSince1970
        suspended = schedule.isSuspended
        leech = schedule.isLeech
        buriedUntil = schedule.buriedUntil?.daysSince1970
        self.introducedDay = introducedDay
    }

    var schedule: CardSchedule {
        CardSchedule(repetitions: repetitions, easinessHundredths: easiness, intervalDays: intervalDays,
                     dueDay: dueDay.map(StudyDay.init(daysSince1970:)), lapses: lapses, lastReviewDay: lastReviewDay.map(StudyDay.init(daysSince1970:)),
                     isSuspended: suspended, isLeech: leech, buriedUntil: buriedUntil.map(StudyDay.init(daysSince1970:)))
    }
}
