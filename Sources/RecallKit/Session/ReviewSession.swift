import Foundation

/// Today's review: the queue (due reviews, new cards, re-drills), one card at
/// a time. Each answer is committed with its review-log row before the next
/// card is shown; undo restores the schedule and removes the row exactly.
public final class ReviewSession {
    public struct Options: Sendable {
        public var deck: String?
        public var newCards: Int?
        public var reviews: Int?

        public init(deck: String? = nil, newCards: Int? = nil, reviews: Int? = nil) {
            self.deck = deck
            self.newCards = newCards
            self.reviews = reviews
        }
    }

    public let day: StudyDay
    public let config: SchedulerConfig
    public private(set) var summary = SessionSummary()
    private let database: AppDatabase
    private let scheduler: SM2
    private let now: () -> Date
    private let timeZone: TimeZone
    /// Read from the collection a page at a time, as the session reaches it.
    private var queue: SessionQueue
    private var undoSteps: [UndoStep] = []
    private var answered: [String: Int] = [:]
    /// The card on screen, read once for the question and the answer.
    private var shown: SessionCard?
    /// Checkpoints the collection between answers, not during them.
    private let checkpointer: BackgroundCheckpointer?

    private enum UndoStep {
        case answer(AnswerReceipt, DailyQueue.Entry, redrillAdded: Bool, passed: Bool, durationMs: Int, becameLeech: Bool,
                    siblings: SessionQueue.Removed)
        case bury(cardId: String, previous: CardSchedule, DailyQueue.Entry, others: SessionQueue.Removed)
        case suspend(DailyQueue.Entry, others: SessionQueue.Removed)
    }

    /// - Parameter now: the time of each answer; by default the clock's time
    ///   plus the time elapsed since the session began.
    public init(database: AppDatabase, clock: Clock, config: SchedulerConfig = .standard, options: Options = Options(),
                now: (() -> Date)? = nil) throws {
        var limits = config
        if let new = options.newCards { limits.newCardsPerDay = max(0, new) }
        if let reviews = options.reviews { limits.reviewsPerDay = max(0, reviews) }
        self.config = limits
        self.database = database
        self.scheduler = SM2(config: limits)
        self.timeZone = clock.timeZone
        day = clock.today(rolloverHour: limits.rolloverHour)
        let started = DispatchTime.now().uptimeNanoseconds
        let base = clock.now
        self.now = now ?? { base.addingTimeInterval(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9) }
        checkpointer = BackgroundCheckpointer(database)
        queue = try SessionQueue(database: database, day: day, config: limits, deck: options.deck)
    }

    /// Cards left, by kind (the one on screen included).
    public var counts: DailyQueue.Counts { queue.counts }

    public var canUndo: Bool { !undoSteps.isEmpty }

    /// The card to show now, or nil when the session is over.
    public func current() throws -> SessionCard? {
        while let entry = try queue.first() {
            if let shown, shown.card.id == entry.cardID, shown.kind == entry.kind { return shown }
            if let card = try database.card(id: entry.cardID, on: day), card.state != .retired, card.state != .suspended {
                let intervals = scheduler.nextIntervals(for: card.schedule, on: day)
                shown = SessionCard(card: card, kind: entry.kind, intervals: intervals)
                return shown
            }
            queue.removeFirst() // retired or suspended since the page was read
            queue.left(entry, answered: false)
        }
        return nil
    }

    /// Grades the current card and commits the answer.
    /// - Parameter answerId: the client's id of the answer, stored with it.
    public func answer(_ grade: Grade, durationMs: Int, answerId: String? = nil) throws -> AnswerResult? {
        guard let shown = try current(), let entry = queue.removeFirst() else { return nil }
        self.shown = nil
        let outcome = scheduler.review(shown.card.schedule, grade: grade, on: day)
        let receipt = try database.record(outcome, cardId: entry.cardID,
                                          reviewedAt: Clock.format(now(), in: timeZone), durationMs: durationMs,
                                          answerId: answerId)
        checkpointer?.didCommit()
        queue.left(entry, answered: true)
        let redrill = outcome.needsRedrill && !outcome.schedule.isSuspended
        if redrill { queue.appendRedrill(entry.cardID) }
        // Siblings buried by the answer leave today's queue.
        let siblings = queue.remove(Set(receipt.buriedSiblings.map(\.cardId)),
                                    counted: receipt.buriedSiblings.compactMap(\.wasQueuedAs))
        undoSteps.append(.answer(receipt, entry, redrillAdded: redrill, passed: grade.passed, durationMs: durationMs,
                                 becameLeech: outcome.becameLeech, siblings: siblings))
        count(entry.cardID, passed: grade.passed, durationMs: durationMs, leech: outcome.becameLeech, sign: 1)
        var card = shown.card
        card.schedule = outcome.schedule
        card.state = outcome.schedule.state(on: day)
        return AnswerResult(card: card, outcome: outcome, redrill: redrill)
    }

    /// Hides the current card until the next study day.
    public func bury() throws {
        guard let shown = try current(), let entry = queue.removeFirst() else { return }
        self.shown = nil
        var schedule = shown.card.schedule
        schedule.buriedUntil = day.adding(days: 1)
        try database.save(schedule, cardId: entry.cardID)
        checkpointer?.didCommit()
        queue.left(entry, answered: false)
        let others = queue.remove([entry.cardID], counted: [])
        undoSteps.append(.bury(cardId: entry.cardID, previous: shown.card.schedule, entry, others: others))
    }

    /// Takes the current card out of review until the learner unsuspends it
    /// (`recall unsuspend`, or undo in this session).
    public func suspend() throws {
        guard let shown = try current(), let entry = queue.removeFirst() else { return }
        self.shown = nil
        _ = try database.suspendCards([shown.card.id])
        checkpointer?.didCommit()
        queue.left(entry, answered: false)
        let others = queue.remove([entry.cardID], counted: [])
        undoSteps.append(.suspend(entry, others: others))
    }

    /// Stores the learner's new front and/or back of the current card (nil:
    /// left as it is), which stays on screen with the new text. `generate`
    /// keeps the edit until the card's claim changes.
    public func edit(front: String?, back: String?) throws -> [CardChange] {
        guard let shown = try current() else { return [] }
        self.shown = nil
        let changes = try database.editCards([shown.card.id], front: front, back: back,
                                              now: Clock.format(now(), in: timeZone))
        checkpointer?.didCommit()
        return changes
    }

    /// The front and back of the current card as the learner sees them (their edit, if any).
    public func shownText() throws -> (front: String, back: String) {
        guard let shown = try current() else { return ("", "") }
        return try database.shownText(of: shown.card.id)
    }

    /// What `undoLast` took back.
    public enum Undone: Sendable, Equatable {
        case answer
        case bury
        case suspend
    }

    /// Takes back the last answer, bury or suspension; the card is shown again.
    @discardableResult
    public func undo() throws -> Bool {
        try undoLast() != nil
    }

    /// Takes back the last answer, bury or suspension and says which it was (nil: nothing to undo).
    @discardableResult
    public func undoLast() throws -> Undone? {
        guard let step = undoSteps.popLast() else { return nil }
        shown = nil
        switch step {
        case .answer(let receipt, let entry, let redrillAdded, let passed, let durationMs, let becameLeech, let siblings):
            try database.undo(receipt)
            checkpointer?.didCommit()
            queue.restore(siblings)
            if redrillAdded { queue.removeLastRedrill(of: receipt.cardId) }
            queue.putBack(entry, answered: true)
            count(receipt.cardId, passed: passed, durationMs: durationMs, leech: becameLeech, sign: -1)
            return .answer
        case .bury(let cardId, let previous, let entry, let others):
            try database.save(previous, cardId: cardId)
            checkpointer?.didCommit()
            queue.restore(others)
            queue.putBack(entry, answered: false)
            return .bury
        case .suspend(let entry, let others):
            _ = try database.unsuspendCards([entry.cardID])
            checkpointer?.didCommit()
            queue.restore(others)
            queue.putBack(entry, answered: false)
            return .suspend
        }
    }

    /// The summary, with tomorrow's due count read from the collection.
    public func finish() throws -> SessionSummary {
        checkpointer?.finish()
        summary.dueTomorrow = try database.dueCount(on: day.adding(days: 1))
        return summary
    }

    private func count(_ cardId: String, passed: Bool, durationMs: Int, leech: Bool, sign: Int) {
        summary.answers += sign
        summary.passed += passed ? sign : 0
        summary.durationMs += sign * durationMs
        answered[cardId, default: 0] += sign
        if answered[cardId] == 0 { answered[cardId] = nil }
        summary.cards = answered.count
        if leech {
            if sign > 0 { summary.leeches.append(cardId) } else { summary.leeches.removeAll { $0 == cardId } }
        }
    }
}
