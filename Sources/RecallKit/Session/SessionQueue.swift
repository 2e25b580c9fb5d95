import DequeModule

/// Today's queue, served in order: due reviews (most overdue first, then deck
/// and source order), then new cards (deck and source order), then the cards
/// missed today. The reviews and new cards are read from the collection's
/// indexes a page at a time, as the session reaches them, so a session on a
/// collection of any size starts with two counts and one page. What is left
/// of each kind is `min(room left under today's limit, cards available)`,
/// both kept as the session changes them.
struct SessionQueue {
    /// Cards read per page.
    static let page = 64

    private let database: AppDatabase
    private let day: StudyDay
    private let deck: String?
    /// The next cards, in the order they are served: a page read from the
    /// collection, and cards put back by undo in front of it.
    private(set) var head: Deque<DailyQueue.Entry> = []
    /// Cards missed today, served when no review or new card is left.
    private(set) var redrills: Deque<DailyQueue.Entry>
    /// How many more reviews and new cards today's limits allow.
    private var room: [DailyQueue.Kind: Int]
    /// Reviews due and new cards in the collection, not answered today and not held back.
    private var available: [DailyQueue.Kind: Int]
    /// Where the last page of each kind ended.
    private var cursors: [DailyQueue.Kind: QueueCursor] = [:]

    init(database: AppDatabase, day: StudyDay, config: SchedulerConfig, deck: String?) throws {
        self.database = database
        self.day = day
        self.deck = deck
        let start = try database.queueStart(on: day, config: config, deck: deck)
        room = [.review: max(0, config.reviewsPerDay - start.reviewsDoneToday),
                .new: max(0, config.newCardsPerDay - start.newIntroducedToday)]
        available = [.review: start.reviewsAvailable, .new: start.newAvailable]
        redrills = Deque(start.redrills.map { DailyQueue.Entry(cardID: $0, kind: .redrill) })
    }

    /// Cards left, by kind.
    var counts: DailyQueue.Counts {
        DailyQueue.Counts(new: left(.new), review: left(.review),
                          redrill: redrills.count + head.filter { $0.kind == .redrill }.count)
    }

    private func left(_ kind: DailyQueue.Kind) -> Int { max(0, min(room[kind, default: 0], available[kind, default: 0])) }

    /// The card to serve now (reading the next page when the head is empty).
    mutating func first() throws -> DailyQueue.Entry? {
        if head.isEmpty { try readPage() }
        return head.first ?? redrills.first
    }

    /// Takes the card served now out of the queue.
    @discardableResult
    mutating func removeFirst() -> DailyQueue.Entry? {
        if !head.isEmpty { return head.removeFirst() }
        return redrills.popFirst()
    }

    /// A card left the day's queue: answered (it used up room), or buried,
    /// suspended or dropped (it did not).
    mutating func left(_ entry: DailyQueue.Entry, answered: Bool) {
        guard entry.kind != .redrill else { return }
        available[entry.kind, default: 0] -= 1
        if answered { room[entry.kind, default: 0] -= 1 }
    }

    /// Undoes `left(entry, answered:)` and serves the card next.
    mutating func putBack(_ entry: DailyQueue.Entry, answered: Bool) {
        head.insert(entry, at: 0)
        guard entry.kind != .redrill else { return }
        available[entry.kind, default: 0] += 1
        if answered { room[entry.kind, default: 0] += 1 }
    }

    mutating func appendRedrill(_ cardId: String) {
        redrills.append(DailyQueue.Entry(cardID: cardId, kind: .redrill))
    }

    /// Removes the last re-drill of `cardId` (an answer that added it was undone).
    mutating func removeLastRedrill(of cardId: String) {
        if let last = redrills.lastIndex(where: { $0.cardID == cardId }) { redrills.remove(at: last) }
    }

    /// Where held cards were, so they can be put back exactly.
    struct Removed {
        var head: [(position: Int, entry: DailyQueue.Entry)] = []
        var redrills: [(position: Int, entry: DailyQueue.Entry)] = []
        /// The kinds of those that counted as available, for the counts.
        var kinds: [DailyQueue.Kind] = []
    }

    /// Takes every card in `ids` out of today's queue (siblings buried by an
    /// answer, a card suspended); `kinds` are what the collection counted them as.
    mutating func remove(_ ids: Set<String>, counted kinds: [DailyQueue.Kind]) -> Removed {
        var removed = Removed(kinds: kinds)
        removed.head = head.enumerated().filter { ids.contains($0.element.cardID) }.map { ($0.offset, $0.element) }
        removed.redrills = redrills.enumerated().filter { ids.contains($0.element.cardID) }.map { ($0.offset, $0.element) }
        head.removeAll { ids.contains($0.cardID) }
        redrills.removeAll { ids.contains($0.cardID) }
        for kind in kinds { available[kind, default: 0] -= 1 }
        return removed
    }

    /// Puts back what `remove` took, where it was.
    mutating func restore(_ removed: Removed) {
        for (position, entry) in removed.head { head.insert(entry, at: min(position, head.count)) }
        for (position, entry) in removed.redrills { redrills.insert(entry, at: min(position, redrills.count)) }
        for kind in removed.kinds { available[kind, default: 0] += 1 }
    }

    /// The next page: due reviews while today's room for them lasts, then new cards.
    private mutating func readPage() throws {
        for kind in [DailyQueue.Kind.review, .new] {
            let rows = try database.queuePage(kind, after: cursors[kind], limit: min(Self.page, room[kind, default: 0]),
                                              on: day, deck: deck)
            guard let last = rows.last else { continue }
            cursors[kind] = last.cursor
            head.append(contentsOf: rows.map { DailyQueue.Entry(cardID: $0.cardId, kind: kind) })
            return
        }
    }
}
