import GRDB

/// A `--deck` that matches no deck, with the deck names closest to it.
public struct UnknownDeck: Error, Equatable, Sendable, CustomStringConvertible {
    public let name: String
    /// The closest names `--deck` accepts (deck names, parents, note titles), closest first.
    public let suggestions: [String]

    public var description: String {
        guard !suggestions.isEmpty else { return "no deck matches \"\(name)\": the collection has no decks yet" }
        let quoted = suggestions.map { "\"\($0)\"" }
        let choices = quoted.count == 1 ? quoted[0] : quoted.dropLast().joined(separator: ", ") + " or " + quoted.last!
        return "no deck matches \"\(name)\"; did you mean \(choices)? (recall decks lists them all)"
    }

    /// The names closest to `query`, ignoring case: first those holding
    /// something closest to it (the fewest edits to make the query appear in
    /// the name), then those closest as a whole.
    static func closest(to query: String, among names: Set<String>, limit: Int = 3) -> [String] {
        let wanted = Array(query.lowercased())
        let scored = names.map { name -> (inside: Int, whole: Int, name: String) in
            let lowered = Array(name.lowercased())
            return (editDistance(wanted, lowered, anywhereIn: true), editDistance(wanted, lowered), name)
        }
        return scored.sorted { ($0.inside, $0.whole, $0.name) < ($1.inside, $1.whole, $1.name) }.prefix(limit).map(\.name)
    }

    /// Levenshtein distance: the fewest insertions, deletions and
    /// substitutions from `a` to `b`, or with `anywhereIn` to some part of `b`.
    static func editDistance(_ a: [Character], _ b: [Character], anywhereIn: Bool = false) -> Int {
        var previous = anywhereIn ? Array(repeating: 0, count: b.count + 1) : Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return anywhereIn ? previous.min() ?? 0 : previous[b.count]
    }
}

extension AppDatabase {
    /// Checks that `deck` (a deck name, a parent `channel::`, or a note
    /// title, as every `--deck` reads it) matches a deck of the collection;
    /// throws `UnknownDeck` with the closest names when it does not.
    public func requireDeck(_ deck: String?) throws {
        guard let deck else { return }
        try read { db in
            let match = DeckMatch.on("deck.id", deck)
            guard try !Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM deck WHERE \(match.sql))", arguments: match.arguments)! else {
                return
            }
            var names = Set(try String.fetchAll(db, sql: "SELECT name FROM deck"))
            names.formUnion(names.flatMap(Self.parents(of:)))
            names.formUnion(try String.fetchAll(db, sql: "SELECT title FROM document"))
            throw UnknownDeck(name: deck, suggestions: UnknownDeck.closest(to: deck, among: names))
        }
    }

    /// `a::`, `a::b::` for the deck `a::b::c`.
    private static func parents(of name: String) -> [String] {
        var parents: [String] = []
        var rest = name[...]
        while let separator = rest.range(of: "::") {
            parents.append(String(name[..<separator.upperBound]))
            rest = name[separator.upperBound...]
        }
        return parents
    }
}
