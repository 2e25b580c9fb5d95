/// What is wrong with a backup's content, each problem with where it is
/// (`cards[3].schedule.due`), so the user can find and fix it.
public struct BackupProblems: Error, Equatable, Sendable {
    public var problems: [String]

    public init(_ problems: [String]) { self.problems = problems }
}

extension Backup {
    /// The problems that keep this backup from being restored (at most
    /// `limit`); empty when it can be. References to documents and cards
    /// outside the file are checked against the collection when restoring.
    func problems(limit: Int = 10) -> [String] {
        var found: [String] = []
        func report(_ problem: String) { if found.count < limit { found.append(problem) } }
        let deckNames = Set(decks.map(\.name))
        checkUnique(decks.map(\.name), "decks", "name", report)
        checkUnique(documents.map(\.id), "documents", "id", report)
        checkUnique(cards.map(\.id), "cards", "id", report)
        for (index, deck) in decks.enumerated() where deck.name.isEmpty {
            report("decks[\(index)].name: empty")
        }
        for (index, document) in documents.enumerated() {
            if document.id.isEmpty { report("documents[\(index)].id: empty") }
            if !deckNames.contains(document.deck) { report("documents[\(index)].deck: \"\(document.deck)\" is not among the file's decks") }
        }
        for (index, card) in cards.enumerated() {
            for problem in card.problems(deckNames: deckNames) { report("cards[\(index)].\(problem)") }
        }
        for (index, review) in reviewLog.enumerated() {
            for problem in review.problems() { report("reviewLog[\(index)].\(problem)") }
        }
        return found
    }

    private func checkUnique(_ keys: [String], _ list: String, _ field: String, _ report: (String) -> Void) {
        var seen: [String: Int] = [:]
        for (index, key) in keys.enumerated() {
            if let first = seen[key] {
                report("\(list)[\(index)].\(field): \"\(key)\" repeats \(list)[\(first)]")
            } else {
                seen[key] = index
            }
        }
    }

    /// Interval, repetition and lapse counts a sound collection can hold.
    static let counts = 0...1_000_000

    /// Easiness from EF 1.3 (SM-2's floor) to EF 1000, in hundredths.
    static func easinessProblem(_ easiness: Int, _ field: String) -> String? {
        guard !(CardSchedule.minimumEasinessHundredths...100_000).contains(easiness) else { return nil }
        return "\(field): \(easiness) is not an easiness in hundredths from 130 (EF 1.3) to 100000"
    }

    static func dateProblem(_ text: String?, _ field: String) -> String? {
        guard let text, StudyDay(isoDate: text) == nil else { return nil }
        return "\(field): \"\(text)\" is not a date (YYYY-MM-DD)"
    }
}

extension Backup.Card {
    func problems(deckNames: Set<String>) -> [String] {
        var found: [String] = []
        if id.isEmpty { found.append("id: empty") }
        if !deckNames.contains(deck) { found.append("deck: \"\(deck)\" is not among the file's decks") }
        if CardKind(rawValue: kind) == nil {
            found.append("kind: \"\(kind)\" is not a card type (\(CardKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        if tags.contains(where: { $0.isEmpty || $0.contains(" ") }) { found.append("tags: a tag is empty or holds a space") }
        if section.contains(where: { $0.contains("\u{1F}") }) { found.append("section: a heading holds the control character U+001F") }
        if section == [""] { found.append("section: [\"\"] is not a heading path (a card outside any section has [])") }
        let s = schedule
        if let problem = Backup.easinessProblem(s.easiness, "schedule.easiness") { found.append(problem) }
        if !Backup.counts.contains(s.intervalDays) || !Backup.counts.contains(s.repetitions) || !Backup.counts.contains(s.lapses) {
            found.append("schedule: an interval, repetition or lapse count below 0 or above \(Backup.counts.upperBound)")
        }
        let dates = [(s.due, "due"), (s.lastReview, "lastReview"), (s.buriedUntil, "buriedUntil"), (s.introduced, "introduced")]
        found += dates.compactMap { Backup.dateProblem($0.0, "schedule.\($0.1)") }
        return found
    }
}

extension Backup.Review {
    func problems() -> [String] {
        var found: [String] = []
        if card.isEmpty { found.append("card: empty") }
        if !(0...5).contains(grade) { found.append("grade: \(grade) is not an SM-2 grade (0–5)") }
        if ReviewKind(rawValue: kind) == nil {
            found.append("kind: \"\(kind)\" is not a kind of answer (\(ReviewKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        if durationMs < 0 { found.append("durationMs: \(durationMs) is negative") }
        found += [(easinessBefore, "easinessBefore"), (easinessAfter, "easinessAfter")].compactMap { Backup.easinessProblem($0.0, $0.1) }
        if ![intervalBefore, intervalAfter, repetitionsBefore, repetitionsAfter, lapsesAfter].allSatisfy(Backup.counts.contains) {
            found.append("an interval, repetition or lapse count below 0 or above \(Backup.counts.upperBound)")
        }
        let dates = [(Optional(day), "day"), (dueBefore, "dueBefore"), (dueAfter, "dueAfter")]
        found += dates.compactMap { Backup.dateProblem($0.0, $0.1) }
        return found
    }
}
