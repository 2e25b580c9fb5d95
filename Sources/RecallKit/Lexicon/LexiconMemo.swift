import Foundation

/// The lexicon's answers already given, behind a lock so that notes read on
/// several threads share them. Each table is emptied when it grows past
/// `limit` entries, so a long-running process stays small.
final class LexiconMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var bases: [String: [(lemma: String, classes: WordClasses)]] = [:]
    private var leads: [String: [String]] = [:]
    private var kin: [String: Set<String>] = [:]
    private var collocations: [String: Bool] = [:]
    private var wordFacts: [String: WordFacts] = [:]
    private let limit = 200_000

    func baseForms(of word: String, _ compute: () -> [(lemma: String, classes: WordClasses)])
        -> [(lemma: String, classes: WordClasses)] {
        if let known = lock.withLock({ bases[word] }) { return known }
        let found = compute()
        lock.withLock {
            if bases.count >= limit { bases = [:] }
            bases[word] = found
        }
        return found
    }

    func facts(of word: String, _ compute: () -> WordFacts) -> WordFacts {
        if let known = lock.withLock({ wordFacts[word] }) { return known }
        let found = compute()
        lock.withLock {
            if wordFacts.count >= limit { wordFacts = [:] }
            wordFacts[word] = found
        }
        return found
    }

    func isCollocation(_ key: String, _ compute: () -> Bool) -> Bool {
        if let known = lock.withLock({ collocations[key] }) { return known }
        let found = compute()
        lock.withLock {
            if collocations.count >= limit { collocations = [:] }
            collocations[key] = found
        }
        return found
    }

    func kinship(of word: String, _ compute: () -> Set<String>) -> Set<String> {
        if let known = lock.withLock({ kin[word] }) { return known }
        let found = compute()
        lock.withLock {
            if kin.count >= limit { kin = [:] }
            kin[word] = found
        }
        return found
    }

    func leads(of word: String, _ compute: () -> [String]) -> [String] {
        if let known = lock.withLock({ leads[word] }) { return known }
        let found = compute()
        lock.withLock {
            if leads.count >= limit { leads = [:] }
            leads[word] = found
        }
        return found
    }
}
