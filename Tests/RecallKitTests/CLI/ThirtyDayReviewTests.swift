import Foundation
import Testing

/// Thirty days of `recall review` driven line by line, the clock stepping a
/// day at a time and grades taken from a fixed script; every card's due day
/// must be what SM-2 (PRODUCT.md §3, worked here independently) predicts.
@Suite(.serialized) struct ThirtyDayReviewTests {
    /// SM-2 as the contract states it, in integers, kept apart from the app's code.
    struct Reference {
        var repetitions = 0, easiness = 250, interval = 0, lapses = 0
        var lastDay: Int?, dueDay: Int?

        mutating func answer(_ grade: Int, on day: Int) {
            guard lastDay != day else { return } // a same-day re-drill changes nothing
            if grade >= 3 {
                let miss = 5 - grade
                easiness = max(130, easiness + 10 - miss * (8 + miss * 2))
                repetitions += 1
                interval = repetitions == 1 ? 1 : repetitions == 2 ? 6 : (interval * easiness + 99) / 100
            } else {
                if repetitions > 0 { lapses += 1 }
                repetitions = 0
                interval = 1
            }
            lastDay = day
            dueDay = day + interval
        }
    }

    static let script = [4, 5, 3, 1, 4, 4, 2, 5, 4, 3, 5, 4]
    static let claims = 160, days = 30, newADay = 5

    @Test func dueDatesFollowSM2CardByCard() throws {
        var (recall, folder) = try RecallProcess.withFreshCollection()
        // More cards than thirty days of five new ones introduce, whatever the seed gives.
        let note = folder.appendingPathComponent("many-claims.md")
        try Data(Notes.manyClaims(Self.claims).utf8).write(to: note)
        #expect(try recall.run(["generate", note.path]).status == 0)
        var model: [String: Reference] = [:]
        var next = 0
        let firstDay = 20_758 // 2026-11-01, in days since 1970-01-01
        #expect(Self.isoDate(firstDay) == "2026-11-01")
        for offset in 0..<Self.days {
            recall.now = String(format: "2026-11-%02dT09:00:00+01:00", offset + 1)
            let input = (0..<300).map { String(Self.script[(next + $0) % Self.script.count]) }.joined(separator: "\n") + "\n"
            let output = try recall.run(["review", "--new", "\(Self.newADay)"], input: input)
            #expect(output.status == 0, "\(output.stderr)")
            var current: String?
            for line in output.stdout.split(separator: "\n") {
                if line.hasPrefix("id: ") { current = String(line.dropFirst(4)) }
                if line.hasPrefix("answered "), let id = current, let grade = Int(line.dropFirst(9).prefix(1)) {
                    #expect(grade == Self.script[next % Self.script.count])
                    model[id, default: Reference()].answer(grade, on: firstDay + offset)
                    next += 1
                }
            }
        }
        let cards = try #require(try recall.json(["cards", "--json"]) as? [[String: Any]])
        #expect(cards.count >= Self.claims)
        // Every day brings five new cards, and every card brought is answered.
        #expect(model.count == Self.days * Self.newADay)
        for card in cards {
            let id = try #require(card["id"] as? String)
            let schedule = try #require(card["schedule"] as? [String: Any])
            guard let expected = model[id] else {
                #expect(schedule["state"] as? String == "new")
                continue
            }
            let due = expected.dueDay.map { Self.isoDate($0) }
            #expect(schedule["due"] as? String == due, "card \(id)")
            #expect(schedule["interval_days"] as? Int == expected.interval, "card \(id)")
            #expect(schedule["repetitions"] as? Int == expected.repetitions, "card \(id)")
            #expect(schedule["lapses"] as? Int == expected.lapses, "card \(id)")
            #expect(Int(((schedule["easiness"] as? Double ?? 0) * 100).rounded()) == expected.easiness, "card \(id)")
        }
    }

    static func isoDate(_ day: Int) -> String {
        let date = Date(timeIntervalSince1970: Double(day) * 86400)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }
}
