import Foundation

/// The lexicon's answers already given, behind a lock so that notes read on
/// several threads share them. Each table is emptied when it grows past
/// `limit` entries, so a long-running process stays small.
final class LexiconMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var bases = Table<[(lemma: String, classes: WordClasses)]>()
    private var leads = Table<[String]>()
    private var kin = Table<Set<String>>()
    private var prefixKin = Table<Set<String>>()
    private var collocations = Table<Bool>()
    private var wordFacts = Table<WordFacts>()

    /// One memo table: answers by the word or key asked about.
    private struct Table<Value> {
        var values: [String: Value] = [:]
        static var limit: Int { 200_000 }

        mutating func store(_ value: Value, for key: String) {
            if values.count >= Self.limit { values = [:] }
            values[key] = value
        }
    }

    /// The answer in `table` for `key`, computed outside the lock the first time.
    private func answer<Value>(_ table: ReferenceWritableKeyPath<LexiconMemo, Table<Value>>, _ key: String,
                               _ compute: () -> Value) -> Value {
        if let known = lock.withLock({ self[keyPath: table].values[key] }) { return known }
        let found = compute()
        lock.withLock { self[keyPath: table].store(found, for: key) }
        return found
    }

    func baseForms(of word: String, _ compute: () -> [(lemma: String, classes: WordClasses)])
        -> [(lemma: String, classes: WordClasses)] {
        answer(\.bases, word, compute)
    }

    func facts(of word: String, _ compute: () -> WordFacts) -> WordFacts { answer(\.wordFacts, word, compute) }

    func isCollocation(_ key: String, _ compute: () -> Bool) -> Bool { answer(\.collocations, key, compute) }

    func kinship(of word: String, _ compute: () -> Set<String>) -> Set<String> { answer(\.kin, word, compute) }

    func prefixKinship(of word: String, _ compute: () -> Set<String>) -> Set<String> {
        answer(\.prefixKin, word, compute)
    }

    func leads(of word: String, _ compute: () -> [String]) -> [String] { answer(\.leads, word, compute) }
}
