/// Examples in a sentence: `tools like Git, Docker and Nix`, `say, a stop
/// price at 42.50`. Their items and parameters are arbitrary, so no blank
/// holds one.
enum ExampleList {
    /// Words that open a list of examples.
    static let cues: [[String]] = [
        ["like"], ["such", "as"], ["e", "g"], ["eg"], ["including"], ["for", "example"], ["for", "instance"],
        ["especially"], ["particularly"], ["notably"],
    ]
    /// Words before a made-up example's numbers.
    static let parameterCues: Set<String> = [
        "say", "suppose", "imagine", "assume", "example", "instance", "e.g", "eg", "hypothetically", "if",
    ]
    /// Nouns a note numbers itself by: `Step 2`, `Example 3`.
    static let labelNouns: Set<String> = [
        "step", "example", "figure", "fig", "chapter", "part", "section", "item", "slide", "point", "phase",
        "stage", "lesson", "module", "question", "problem", "exercise", "case", "option", "rule", "level",
    ]

    /// A sentence that is an example as a whole: `For instance, …`, `Say …`, `Imagine …`.
    static func opensAnExample(_ words: [Word]) -> Bool {
        let opening = words.prefix(2).map(\.key)
        return ["say", "suppose", "imagine", "eg"].contains(opening.first ?? "") || opening == ["e", "g"]
            || opening == ["for", "instance"] || opening == ["for", "example"]
    }

    /// Whether the blank is one of several items after an example cue, or
    /// one item of a series of three or more (`command lines, GUIs, voice
    /// interfaces and more`).
    static func isItem(_ blank: BlankCase) -> Bool {
        if seriesLength(around: blank) >= 3 { return true }
        guard let cue = cueEnd(before: blank) else { return false }
        let words = blank.sentence.words
        let span = blank.span.words
        let region = (cue + 1)..<min(words.count, span.upperBound + 5)
        guard region.contains(where: { isSeparator(blank, at: $0) || commaAfter(blank, $0) }) else { return false }
        var before = span.lowerBound - 1
        while before > cue, ["a", "an", "the"].contains(words[before].key) { before -= 1 }
        let afterCueOrSeparator = before == cue || isSeparator(blank, at: before) || commaAfter(blank, before)
        let beforeSeparator = commaAfter(blank, span.upperBound - 1)
            || (span.upperBound < words.count && isSeparator(blank, at: span.upperBound))
        return afterCueOrSeparator || beforeSeparator || endsAnItem(blank, cue: cue)
    }

    /// The blank ends the last item, which opens a word or two before it:
    /// `such as sending an email or searching the […].`
    private static func endsAnItem(_ blank: BlankCase, cue: Int) -> Bool {
        let span = blank.span.words
        guard span.upperBound == blank.sentence.words.count else { return false }
        var start = span.lowerBound - 1
        while start > cue, span.lowerBound - start <= 2, !isSeparator(blank, at: start), !commaAfter(blank, start) {
            start -= 1
        }
        return start == cue || isSeparator(blank, at: start) || commaAfter(blank, start)
    }

    /// Whether an example cue follows the blank at once (`a […] like Couchbase`).
    static func precedesACue(_ blank: BlankCase) -> Bool {
        let words = blank.sentence.words
        let after = blank.span.words.upperBound
        guard after < words.count, !blank.gap(after: after - 1).contains(where: { ";:.)".contains($0) }) else { return false }
        return cues.contains { cue in
            after + cue.count <= words.count && cue.indices.allSatisfy { words[after + $0].key == cue[$0] }
        }
    }

    /// Whether the blank is one side of `A or B` (items of up to three words).
    static func isAlternative(_ blank: BlankCase) -> Bool {
        let words = blank.sentence.words
        let span = blank.span.words
        if span.upperBound + 1 < words.count, words[span.upperBound].key == "or",
           !commaAfter(blank, span.upperBound - 1) { return true }
        if span.lowerBound >= 2, words[span.lowerBound - 1].key == "or" { return true }
        return false
    }

    /// Whether the blank stands after an example cue in its clause (`e.g., […] version`).
    static func followsACue(_ blank: BlankCase) -> Bool {
        cueEnd(before: blank) != nil
    }

    /// The index of the last word of the nearest example cue before the
    /// blank, in the same clause and at most ten words back.
    private static func cueEnd(before blank: BlankCase) -> Int? {
        let words = blank.sentence.words
        var index = blank.span.words.lowerBound - 1
        while index >= 0, blank.span.words.lowerBound - index <= 10 {
            if cues.contains(where: { cue in
                cue.indices.allSatisfy { offset in
                    let position = index - (cue.count - 1) + offset
                    return position >= 0 && words[position].key == cue[offset]
                }
            }) { return index }
            if blank.gap(after: index).contains(where: { ";:.()".contains($0) }) { return nil }
            index -= 1
        }
        return nil
    }

    /// How many items the series holding the blank has: items are runs of
    /// at most four words parted by commas, `and` or `or`; 1 when the
    /// blank stands in no series.
    static func seriesLength(around blank: BlankCase) -> Int {
        let words = blank.sentence.words
        // Where the item holding the blank starts and ends.
        var start = blank.span.words.lowerBound, end = blank.span.words.upperBound - 1
        while start > 0, !partsBefore(blank, start), blank.span.words.lowerBound - start < 3 { start -= 1 }
        if !partsBefore(blank, start) { start = blank.span.words.lowerBound } // the first item: `defining […], graphs and …`
        while end + 1 < words.count, !partsAfter(blank, end), end - blank.span.words.upperBound < 2 { end += 1 }
        if !partsAfter(blank, end) { end = blank.span.words.upperBound - 1 }
        guard partsBefore(blank, start) || partsAfter(blank, end), end - start < 4 else { return 1 }
        var items = 1
        var index = start
        while index > 0, partsBefore(blank, index) {
            var previous = index - 1
            if isSeparator(blank, at: previous) { previous -= 1 }
            var first = previous
            while first > 0, !partsBefore(blank, first), previous - first < 4 { first -= 1 }
            guard previous >= 0, previous - first < 4, !isSeparator(blank, at: max(first, 0)) else { break }
            items += 1
            index = first
        }
        index = end
        while index + 1 < words.count, partsAfter(blank, index) {
            var next = index + 1
            if isSeparator(blank, at: next) { next += 1 }
            var last = next
            while last + 1 < words.count, !partsAfter(blank, last), last - next < 4 { last += 1 }
            guard next < words.count, last - next < 4 else { break }
            items += 1
            index = last
        }
        return items
    }

    /// A comma, `and` or `or` stands just before word `index`.
    private static func partsBefore(_ blank: BlankCase, _ index: Int) -> Bool {
        index > 0 && (commaAfter(blank, index - 1) || isSeparator(blank, at: index - 1))
    }

    /// A comma, `and` or `or` stands just after word `index`.
    private static func partsAfter(_ blank: BlankCase, _ index: Int) -> Bool {
        index + 1 < blank.sentence.words.count && (commaAfter(blank, index) || isSeparator(blank, at: index + 1))
    }

    /// `and` or `or`.
    private static func isSeparator(_ blank: BlankCase, at index: Int) -> Bool {
        ["and", "or"].contains(blank.sentence.words[index].key)
    }

    /// A comma or a slash right after the word.
    private static func commaAfter(_ blank: BlankCase, _ index: Int) -> Bool {
        let gap = blank.gap(after: index)
        return gap.contains(",") || gap.contains("/")
    }
}
