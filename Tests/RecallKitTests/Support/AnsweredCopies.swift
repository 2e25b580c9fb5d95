@testable import RecallKit

/// A lived-in collection for tests: `cards` copies of a note's cards (each
/// copy of the note its own deck), answered on their due days over the year
/// before `today` with seeded grades, so there are new, due, learned and
/// suspended (leech) cards. One card in ten stays new. The rows are those
/// `recall-perf make-collection` writes, made the same way.
enum AnsweredCopies {
    static func build(into database: AppDatabase, cards: Int, reviewsPerCard: Int, from note: PreparedNote,
                      today: StudyDay, now: String) throws {
        let passPercent = min(95, max(50, 100 - reviewsPerCard * 3 / 2))
        try database.bulkWrite(now: now) { writer in
            var random = SeededGenerator(seed: 0x5EED)
            for index in 0..<cards {
                let id = try writer.card(note.cards[index % note.cards.count], note: note, copy: index / note.cards.count)
                var schedule = CardSchedule.new
                guard reviewsPerCard > 0, index % 10 != 0 else {
                    try writer.state(id, schedule, introduced: nil)
                    continue
                }
                var day = today.adding(days: -365 + Int(random.next() % 60))
                let first = day
                var outcomes: [ReviewOutcome] = []
                while day < today, outcomes.count < reviewsPerCard * 3 {
                    let roll = Int(random.next() % 100)
                    let grade: Grade = roll < passPercent ? (roll % 3 == 0 ? .perfect : .hesitant) : .wrongRecognised
                    let outcome = SM2().review(schedule, grade: grade, on: day)
                    outcomes.append(outcome)
                    schedule = outcome.schedule
                    day = schedule.dueDay ?? day.adding(days: 1)
                }
                try writer.state(id, schedule, introduced: first.daysSince1970)
                for outcome in outcomes {
                    try writer.log(id, outcome, durationMs: 2000 + Int(random.next() % 8000))
                }
            }
        }
    }
}
