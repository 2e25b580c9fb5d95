/// The word classes of WordNet: noun, verb, adjective (satellites included) and adverb.
public struct WordClasses: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let noun = WordClasses(rawValue: 1 << 0)
    public static let verb = WordClasses(rawValue: 1 << 1)
    public static let adjective = WordClasses(rawValue: 1 << 2)
    public static let adverb = WordClasses(rawValue: 1 << 3)
    public static let all: WordClasses = [.noun, .verb, .adjective, .adverb]

    /// Each class on its own, in WordNet's order.
    static let each: [WordClasses] = [.noun, .verb, .adjective, .adverb]

    /// The class a resource letter names: n, v, a (WordNet's s, satellite, is written a) or r.
    init?(letter: UInt8) {
        switch letter {
        case UInt8(ascii: "n"): self = .noun
        case UInt8(ascii: "v"): self = .verb
        case UInt8(ascii: "a"), UInt8(ascii: "s"): self = .adjective
        case UInt8(ascii: "r"): self = .adverb
        default: return nil
        }
    }
}

extension WordClasses: CustomStringConvertible {
    /// The classes by name, as in "noun+verb"; "none" when empty.
    public var description: String {
        let names = zip(Self.each, ["noun", "verb", "adjective", "adverb"]).filter { contains($0.0) }.map(\.1)
        return names.isEmpty ? "none" : names.joined(separator: "+")
    }
}

/// How often a lemma was tagged in WordNet's semantic concordance, per class.
struct TagCounts: Sendable {
    var noun = 0
    var verb = 0
    var adjective = 0
    var adverb = 0

    /// The counts of the classes in `classes`, added up.
    subscript(classes: WordClasses) -> Int {
        get {
            (classes.contains(.noun) ? noun : 0) + (classes.contains(.verb) ? verb : 0)
                + (classes.contains(.adjective) ? adjective : 0) + (classes.contains(.adverb) ? adverb : 0)
        }
    }

    /// Sets the count of one class.
    mutating func set(_ count: Int, for oneClass: WordClasses) {
        switch oneClass {
        case .noun: noun = count
        case .verb: verb = count
        case .adjective: adjective = count
        case .adverb: adverb = count
        default: break
        }
    }
}
