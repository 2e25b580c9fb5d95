import Foundation

/// A card's scheduling in Anki's `cards` columns (schema 11): `type` 0 new,
/// 1 learning, 2 review, 3 relearning; `queue` −1 suspended, 0 new, 2 review,
/// 3 learning due on a day; `due` a position for new cards, else days since
/// the collection's creation; `factor` the ease in permille.
struct AnkiCardState: Equatable {
    var type = 0
    var queue = 0
    var due = 0
    var ivl = 0
    var factor = 0
    var reps = 0
    var lapses = 0
    var left = 0
    /// Anki's card `data`: the new-queue position and, once answered, the
    /// last review time (`{"pos":3,"lrt":1795161600}`); empty for new cards.
    var data = ""
}

extension AnkiCardState {
    /// A card as new, at `position` of the new queue (a plain export).
    static func new(position: Int) -> AnkiCardState {
        AnkiCardState(due: position)
    }

    /// The SM-2 state as Anki's. Cards in review (n ≥ 1) become review cards
    /// due on the same day with the same interval and ease (EF × 1000).
    /// Cards answered but not passed since (n = 0) become learning cards, or
    /// relearning ones after a lapse, with one step left, due that day.
    /// Never-answered cards stay new. Suspension is kept; a bury (until
    /// tomorrow) is not. `reps` counts every logged answer; `lastAnswer` is
    /// in seconds since 1970.
    init(_ schedule: CardSchedule, answers: Int, lastAnswer: Int64?, position: Int, dayZero: StudyDay) {
        guard schedule.lastReviewDay != nil else {
            self = .new(position: position)
            if schedule.isSuspended { queue = -1 }
            return
        }
        let dueDay = schedule.dueDay ?? schedule.lastReviewDay ?? dayZero
        due = max(0, dueDay.days(since: dayZero))
        factor = schedule.easinessHundredths * 10
        reps = max(answers, schedule.repetitions)
        lapses = schedule.lapses
        let reviewed = lastAnswer ?? (Int64(schedule.lastReviewDay?.daysSince1970 ?? 0) * 86_400 + 43_200)
        data = "{\"pos\":\(position),\"lrt\":\(reviewed)}"
        if schedule.repetitions > 0 {
            type = 2
            queue = 2
            ivl = max(1, schedule.intervalDays)
        } else {
            type = schedule.lapses > 0 ? 3 : 1
            queue = 3
            ivl = schedule.lapses > 0 ? max(1, schedule.intervalDays) : 0
            left = 1
        }
        if schedule.isSuspended { queue = -1 }
    }
}

/// One answer in Anki's `revlog` columns: `ease` 1–4 (again/hard/good/easy),
/// `ivl`/`lastIvl` in days, `factor` in permille, `time` in milliseconds,
/// `type` 0 learn, 1 review, 2 relearn, 3 a review that schedules nothing.
struct AnkiRevlog: Equatable {
    var id: Int64
    var cid: Int64
    var ease: Int
    var ivl: Int
    var lastIvl: Int
    var factor: Int
    var time: Int
    var type: Int

    init(_ review: Backup.Review, cardId: Int64, id: Int64) {
        self.id = id
        cid = cardId
        ease = Self.ease(grade: review.grade)
        ivl = review.intervalAfter
        lastIvl = review.intervalBefore
        factor = review.easinessAfter * 10
        time = min(max(0, review.durationMs), Int(Int32.max))
        type = Self.type(review)
    }

    /// SM-2 grades 0–2 are Anki's Again (1), 3 Hard (2), 4 Good (3), 5 Easy (4).
    static func ease(grade: Int) -> Int {
        grade <= 2 ? 1 : min(grade - 1, 4)
    }

    /// Learn for a card not yet passed, relearn after a lapse, review for a
    /// scheduled review; a same-day re-drill of a passed card (it schedules
    /// nothing) is type 3, as Anki logs reviews in filtered decks.
    static func type(_ review: Backup.Review) -> Int {
        switch review.kind {
        case ReviewKind.review.rawValue: return 1
        case ReviewKind.drill.rawValue where review.repetitionsBefore > 0: return 3
        default: return review.lapsesAfter > 0 ? 2 : 0
        }
    }

    /// When the answer was given, in milliseconds since 1970 (Anki's revlog
    /// id); noon of its day when the time cannot be read.
    static func milliseconds(_ review: Backup.Review) -> Int64 {
        if let seconds = ISOTimestamp.parse(review.reviewedAt) { return seconds * 1000 }
        let day = StudyDay(isoDate: review.day)?.daysSince1970 ?? 0
        return Int64(day) * 86_400_000 + 43_200_000
    }
}
