/// The label that opens a list item: `**Label**: text`, `**Label:** text`,
/// `**Label** text`, `**Label** — text`, or a short plain `Label: text`.
struct ItemLabel {
    let label: Substring
    let rest: Substring
    let bold: Bool

    /// The label of an item whose first line is `line`; nil when it has none.
    init?(_ line: Substring) {
        if let bold = Self.boldLabel(line) {
            self = bold
        } else if let colon = line.range(of: ": "), Self.isPlainLabel(line[..<colon.lowerBound]) {
            self.init(label: line[..<colon.lowerBound], rest: line[colon.upperBound...], bold: false)
        } else {
            return nil
        }
    }

    private init(label: Substring, rest: Substring, bold: Bool) {
        self.label = label
        self.rest = rest
        self.bold = bold
    }

    private static func boldLabel(_ line: Substring) -> ItemLabel? {
        for marker in ["**", "__"] where line.hasPrefix(marker) {
            let inner = line.dropFirst(2)
            guard let close = inner.range(of: marker) else { return nil }
            var label = inner[..<close.lowerBound].trimmed
            var rest = inner[close.upperBound...].trimmed
            if label.last == ":" {
                label = label.dropLast()
            } else if let separator = [":", "-", "\u{2013}", "\u{2014}"].first(where: { rest.hasPrefix($0) }) {
                rest = rest.dropFirst(separator.count).trimmed
            }
            return label.isEmpty ? nil : ItemLabel(label: label, rest: rest, bold: true)
        }
        return nil
    }

    /// `Positive: vectors point …`: one to three words, capitalised, before ": ".
    private static func isPlainLabel(_ label: Substring) -> Bool {
        let words = label.split(separator: " ")
        guard (1...3).contains(words.count), let first = label.first, first.isUppercase else { return false }
        return label.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "'" }
    }
}

/// Splits a table row into cells on `|`, except inside `[[…]]`, code spans,
/// or where escaped as `\|`.
enum TableCells {
    static func split(_ line: Substring) -> [Substring] {
        var row = line.trimmed
        if row.first == "|" { row = row.dropFirst() }
        if row.last == "|", !row.dropLast().hasSuffix("\\") { row = row.dropLast() }
        var cells: [Substring] = []
        var start = row.startIndex
        var wikiDepth = 0
        var inCode = false
        var previous: Character = " "
        var index = row.startIndex
        while index < row.endIndex {
            let character = row[index]
            let next = row.index(after: index)
            if character == "`" {
                inCode.toggle()
            } else if !inCode, character == "[", next < row.endIndex, row[next] == "[" {
                wikiDepth += 1
            } else if !inCode, character == "]", next < row.endIndex, row[next] == "]", wikiDepth > 0 {
                wikiDepth -= 1
            } else if character == "|", previous != "\\", wikiDepth == 0, !inCode {
                cells.append(row[start..<index].trimmed)
                start = next
            }
            previous = character
            index = next
        }
        cells.append(row[start...].trimmed)
        return cells
    }
}
