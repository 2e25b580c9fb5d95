import RecallKit

/// Builds large collections for the benchmarks: copies of real
/// notes' cards, each with a plausible SM-2 history over the past year
/// (grades from a fixed pseudo-random sequence, answers on due days).
struct SyntheticCollection {
    var cards: Int
    var reviewsPerCard: Int
    var today: StudyDay
    /// Share of answers that pass: SM-2 on due days answers about ten times a
    /// year at 85 %, more often when more answers fail.
    var passPercent: Int { min(95, max(50, 100 - reviewsPerCard * 3 / 2)) }

    init(cards: Int, reviewsPerCard: Int, today: StudyDay) {
        self.cards = cards
        self.reviewsPerCard = reviewsPerCard
        self.today = today
    }

    /// Inserts the cards (and their history) in one transaction; returns
    /// the number of cards and review-log rows written.
    @discardableResult
    func build(into database: AppDatabase, from notes: [PreparedNote], now: String) throws -> (cards: Int, reviews: Int) {
        let templates = notes.flatMap { note in note.cards.map { (note, $0) } }
        guard !templates.isEmpty, cards > 0 else { return (0, 0) }
        return try database.bulkWrite(now: now) { writer in
            var random = SplitMix(seed: 0x5EED)
            var reviews = 0
            for index in 0..<cards {
                let (note, template) = templates[index % templates.count]
                let copy = index / templates.count
                let card = try writer.card(template, note: note, copy: copy)
                reviews += try history(for: card, index: index, random: &random, writer: &writer)
            }
            return (cards, reviews)
        }
    }

    /// Answers a card on its due days (SM-2 as the review would), from a day
    /// in the first months of the year until today.
    private func history(for cardId: String, index: Int, random: inout SplitMix, writer: inout BulkWriter) throws -> Int {
        let scheduler = SM2()
        var schedule = CardSchedule.new
        guard reviewsPerCard > 0, index % 10 != 0 else { // one card in ten stays new
            try writer.state(cardId, schedule, introduced: nil)
            return 0
        }
        var day = today.adding(days: -365 + Int(random.next() % 60))
        let first = day
        var outcomes: [ReviewOutcome] = []
        while day < today, outcomes.count < reviewsPerCard * 3 {
            let roll = Int(random.next() % 100)
            let grade: Grade = roll < passPercent ? (roll % 3 == 0 ? .perfect : .hesitant) : .wrongRecognised
            let outcome = scheduler.review(schedule, grade: grade, on: day)
            outcomes.append(outcome)
            schedule = outcome.schedule
            day = schedule.dueDay ?? day.adding(days: 1)
        }
        try writer.state(cardId, schedule, introduced: first.daysSince1970) // before its answers: they copy its deck
        for outcome in outcomes {
            try writer.log(cardId, outcome, durationMs: 2000 + Int(random.next() % 8000))
        }
        return outcomes.count
    }
}

/// A small, fast, seeded pseudo-random generator (SplitMix64).
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
