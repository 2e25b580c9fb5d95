/// What the lexicon knows of one lemma.
struct LemmaEntry: Sendable {
    var classes = WordClasses()
    var tagCounts = TagCounts()
    /// The lemma's derivational family, 0 when it is alone in it.
    var family = 0
}

/// The lexicon's text resource, read into dictionaries.
///
/// The format (written by `scripts/build-lexicon.py`, described in its docstring):
/// `#` comment lines; one `lemma<TAB>classes[<TAB>family]` line per lemma, where `classes` is
/// a letter per class (n, v, a, r) followed by its tag count when not 0, as in `n29v268`, and
/// `family` a number shared by the lemmas of one derivational family; then the line
/// `%exceptions` and one `form<TAB>class letter<TAB>base forms` line per irregular form and
/// class, base forms separated by spaces. Lines that do not read are skipped.
///
/// The text is read as bytes: about 150,000 lines are parsed on first use, and working on an
/// array of bytes with integer indices keeps that to a few tens of milliseconds.
struct LexiconResource: Sendable {
    var lemmas: [String: LemmaEntry] = [:]
    /// The lemmas of each family, by family number (the list at 0 stays empty).
    var families: [[String]] = [[]]
    /// Irregular forms of each single class: form → base forms.
    var exceptions: [WordClasses: [String: [String]]] = [:]
    /// The lemmas and irregular forms of several words, sorted, to find the ones a run of words starts.
    var multiwordLemmas: [String] = []

    init(_ text: String) {
        let bytes = Array(text.utf8)
        lemmas.reserveCapacity(bytes.count(where: { $0 == Self.newline }))
        var inExceptions = false
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != Self.newline { end += 1 }
            let line = start..<end
            start = end + 1
            switch line.isEmpty ? nil : bytes[line.lowerBound] {
            case Self.hash, nil:
                continue
            case Self.percent:
                inExceptions = String(decoding: bytes[line], as: UTF8.self) == "%exceptions"
            default:
                if inExceptions { readException(bytes[line]) } else { readLemma(bytes, line) }
            }
        }
        multiwordLemmas.sort() // the lemmas come sorted, only irregular forms follow: a quick sort
    }

    /// `lemma<TAB>classes[<TAB>family]`
    private mutating func readLemma(_ bytes: [UInt8], _ line: Range<Int>) {
        var tab = line.lowerBound
        while tab < line.upperBound, bytes[tab] != Self.tab { tab += 1 }
        guard tab > line.lowerBound, tab < line.upperBound else { return }
        var secondTab = tab + 1
        while secondTab < line.upperBound, bytes[secondTab] != Self.tab { secondTab += 1 }
        var entry = LemmaEntry()
        var current = WordClasses()
        var count = 0
        for index in (tab + 1)..<secondTab {
            let byte = bytes[index]
            if let digit = Self.digit(byte) {
                count = count * 10 + digit
            } else if let oneClass = WordClasses(letter: byte) {
                entry.tagCounts.set(count, for: current)
                entry.classes.insert(oneClass)
                (current, count) = (oneClass, 0)
            } else {
                return
            }
        }
        entry.tagCounts.set(count, for: current)
        for index in min(secondTab + 1, line.upperBound)..<line.upperBound {
            entry.family = entry.family * 10 + (Self.digit(bytes[index]) ?? 0)
        }
        let lemma = String(decoding: bytes[line.lowerBound..<tab], as: UTF8.self)
        lemmas[lemma] = entry
        if entry.family > 0 {
            if entry.family >= families.count {
                families += Array(repeating: [], count: entry.family - families.count + 1)
            }
            families[entry.family].append(lemma)
        }
        if lemma.utf8.contains(Self.underscore) { multiwordLemmas.append(lemma) }
    }

    /// `form<TAB>class letter<TAB>base forms`
    private mutating func readException(_ line: ArraySlice<UInt8>) {
        let fields = line.split(separator: Self.tab, omittingEmptySubsequences: false)
        guard fields.count == 3, fields[1].count == 1, let oneClass = WordClasses(letter: fields[1].first!) else { return }
        let form = String(decoding: fields[0], as: UTF8.self)
        let bases = fields[2].split(separator: Self.space).map { String(decoding: $0, as: UTF8.self) }
        exceptions[oneClass, default: [:]][form, default: []].append(contentsOf: bases)
        if fields[0].contains(Self.underscore) { multiwordLemmas.append(form) }
    }

    /// Whether some lemma or irregular form of several words starts with `words` (lowercase, joined with `_`)
    /// and goes on: true for "return" and "return_on" ("return_on_investment"), not for "return_on_investment".
    func startsMultiwordLemma(_ words: String) -> Bool {
        let prefix = words + "_"
        var (low, high) = (0, multiwordLemmas.count) // binary search for the first lemma not below `prefix`
        while low < high {
            let middle = (low + high) / 2
            if multiwordLemmas[middle] < prefix { low = middle + 1 } else { high = middle }
        }
        return low < multiwordLemmas.count && multiwordLemmas[low].hasPrefix(prefix)
    }

    private static func digit(_ byte: UInt8) -> Int? {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") ? Int(byte - UInt8(ascii: "0")) : nil
    }

    private static let newline = UInt8(ascii: "\n")
    private static let tab = UInt8(ascii: "\t")
    private static let space = UInt8(ascii: " ")
    private static let hash = UInt8(ascii: "#")
    private static let percent = UInt8(ascii: "%")
    private static let underscore = UInt8(ascii: "_")
}
