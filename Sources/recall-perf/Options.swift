/// `N` or `DB`, then `--answer M`, `--repeat R`.
struct Options {
    var count = 10_000
    var path = ""
    var answer = 1000
    var repeats = 5

    init(_ arguments: ArraySlice<String>) {
        var rest = Array(arguments)
        if let first = rest.first, !first.hasPrefix("--") {
            path = first
            count = Int(first) ?? count
            rest.removeFirst()
        }
        var index = 0
        while index + 1 < rest.count {
            switch rest[index] {
            case "--answer": answer = Int(rest[index + 1]) ?? answer
            case "--repeat": repeats = Int(rest[index + 1]) ?? repeats
            default: break
            }
            index += 2
        }
    }
}
