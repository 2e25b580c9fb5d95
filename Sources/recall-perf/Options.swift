/// `N` or `DB` (`N DB` for make-collection), then `--answer M`, `--repeat R`,
/// `--reviews-per-card R`, `--from PATH` (repeated for more paths).
struct Options {
    var count = 10_000
    var path = ""
    var answer = 1000
    var repeats = 5
    var reviewsPerCard = 10
    var from: [String] = []
    /// The arguments before the first option, as given.
    var positional: [String] = []

    init(_ arguments: ArraySlice<String>) {
        var rest = Array(arguments)
        positional = Array(rest.prefix { !$0.hasPrefix("--") })
        if let first = rest.first, !first.hasPrefix("--") {
            path = first
            count = Int(first) ?? count
            rest.removeFirst()
        }
        if let second = rest.first, !second.hasPrefix("--") {
            path = second
            rest.removeFirst()
        }
        var index = 0
        while index + 1 < rest.count {
            switch rest[index] {
            case "--answer": answer = Int(rest[index + 1]) ?? answer
            case "--repeat": repeats = Int(rest[index + 1]) ?? repeats
            case "--reviews-per-card": reviewsPerCard = Int(rest[index + 1]) ?? reviewsPerCard
            case "--from": from.append(rest[index + 1])
            default: break
            }
            index += 2
        }
    }
}
