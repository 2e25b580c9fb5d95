/// What one line of Markdown opens or continues.
enum LineKind: Equatable {
    case blank
    /// ```` ``` ```` or `~~~`: the character and how many.
    case fence(Character, Int)
    case heading(level: Int, text: Substring)
    case quote
    /// `[!NOTE] Title` on a line that lost its `>`.
    case calloutMarker
    case rule
    case tableRow
    case listItem(ListMarker)
    case text

    init(_ line: Substring) {
        let trimmed = line.trimmed
        guard let first = trimmed.first else {
            self = .blank
            return
        }
        let indent = Self.indentWidth(line)
        if let fence = Self.fence(trimmed) {
            self = fence
        } else if first == "#", indent < 4, let heading = Self.heading(trimmed) {
            self = heading
        } else if first == ">" {
            self = .quote
        } else if first == "[", Self.calloutTitle(trimmed) != nil {
            self = .calloutMarker
        } else if Self.isRule(trimmed) {
            self = .rule
        } else if first == "|" {
            self = .tableRow
        } else if let marker = ListMarker(line, indent: indent) {
            self = .listItem(marker)
        } else {
            self = .text
        }
    }

    /// Columns of leading spaces and tabs (a tab counts four).
    static func indentWidth(_ line: Substring) -> Int {
        var width = 0
        for character in line {
            if character == " " { width += 1 } else if character == "\t" { width += 4 } else { break }
        }
        return width
    }

    private static func fence(_ trimmed: Substring) -> LineKind? {
        guard let first = trimmed.first, first == "`" || first == "~" else { return nil }
        let run = trimmed.prefix { $0 == first }.count
        return run >= 3 ? .fence(first, run) : nil
    }

    /// Whether `line` closes a fence opened with `character` × `count`.
    static func closesFence(_ line: Substring, _ character: Character, _ count: Int) -> Bool {
        let trimmed = line.trimmed
        return trimmed.count >= count && trimmed.allSatisfy { $0 == character }
    }

    private static func heading(_ trimmed: Substring) -> LineKind? {
        let level = trimmed.prefix { $0 == "#" }.count
        guard level <= 6 else { return nil }
        let rest = trimmed.dropFirst(level)
        guard rest.isEmpty || rest.first!.isBlank else { return nil }
        var text = rest.trimmed
        while text.last == "#" { text = text.dropLast() }
        return .heading(level: level, text: text.trimmed)
    }

    /// `---`, `***`, `___` (three or more, spaces allowed).
    private static func isRule(_ trimmed: Substring) -> Bool {
        guard let first = trimmed.first, "-*_".contains(first) else { return false }
        return trimmed.allSatisfy { $0 == first || $0 == " " } && trimmed.filter { $0 == first }.count >= 3
    }

    /// The title of a callout line `[!KIND] Title` (empty when it has none),
    /// or nil when the line is not a callout marker.
    static func calloutTitle(_ line: Substring) -> Substring? {
        let trimmed = line.trimmed
        guard trimmed.hasPrefix("[!"), let close = trimmed.firstIndex(of: "]") else { return nil }
        let kind = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close]
        guard !kind.isEmpty, kind.count <= 40, !kind.contains("[") else { return nil }
        var rest = trimmed[trimmed.index(after: close)...]
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        return rest.trimmed
    }

    /// `| :--- | ---: |`
    static func isTableSeparator(_ line: Substring) -> Bool {
        let trimmed = line.trimmed
        return trimmed.contains("-") && trimmed.allSatisfy { "-|: \t".contains($0) }
    }
}

/// The marker of a list item: `*`, `-`, `+`, `1.` or `1)`.
struct ListMarker: Equatable {
    let indent: Int
    /// The number of an ordered item.
    let number: Int?
    /// Column where the item's text starts.
    let contentIndent: Int
    /// The item's text on this line.
    let content: Substring

    init?(_ line: Substring, indent: Int) {
        let start = line.drop { $0 == " " || $0 == "\t" }
        guard let first = start.first else { return nil }
        let rest: Substring
        if "*-+".contains(first) {
            rest = start.dropFirst()
            number = nil
        } else {
            let digits = start.prefix { $0.isASCIIDigit }
            guard (1...9).contains(digits.count), let after = start.dropFirst(digits.count).first,
                  after == "." || after == ")" else { return nil }
            rest = start.dropFirst(digits.count + 1)
            number = Int(digits)
        }
        guard let space = rest.first, space.isBlank, !rest.trimmed.isEmpty else { return nil }
        self.indent = indent
        contentIndent = indent + (start.count - rest.count) + 1
        content = rest.trimmed
    }
}
