/// What a single line of Markdown opens or continues.
enum LineSyntax: Equatable {
    case blank
    case fence
    case heading(level: Int, text: Substring)
    case quote
    /// `[!NOTE] Title` on a line that lost its `>`.
    case calloutMarker
    case rule
    case tableRow
    case listItem(ListMarker)
    case text

    init(_ line: Substring) {
        let indent = Self.indentWidth(line)
        let trimmed = line.trimmingSpaces
        guard let first = trimmed.first else {
            self = .blank
            return
        }
        if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
            self = .fence
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

    static func indentWidth(_ line: Substring) -> Int {
        var width = 0
        for character in line {
            if character == " " { width += 1 } else if character == "\t" { width += 4 } else { break }
        }
        return width
    }

    private static func heading(_ trimmed: Substring) -> LineSyntax? {
        let level = trimmed.prefix { $0 == "#" }.count
        guard level <= 6 else { return nil }
        let rest = trimmed.dropFirst(level)
        guard rest.isEmpty || rest.first == " " || rest.first == "\t" else { return nil }
        var text = rest.trimmingSpaces
        while text.last == "#" { text = text.dropLast() }
        return .heading(level: level, text: text.trimmingSpaces)
    }

    /// `---`, `***`, `___` (three or more, spaces allowed).
    private static func isRule(_ trimmed: Substring) -> Bool {
        guard let first = trimmed.first, first == "-" || first == "*" || first == "_" else { return false }
        var count = 0
        for character in trimmed {
            if character == first { count += 1 } else if character != " " { return false }
        }
        return count >= 3
    }

    /// The title of a callout line `[!KIND] Title` (empty when it has none),
    /// or `nil` when the line is not a callout marker.
    static func calloutTitle(_ line: Substring) -> Substring? {
        let trimmed = line.trimmingSpaces
        guard trimmed.hasPrefix("[!"), let close = trimmed.firstIndex(of: "]") else { return nil }
        let kind = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close]
        guard !kind.isEmpty, kind.count <= 40, !kind.contains("[") else { return nil }
        var rest = trimmed[trimmed.index(after: close)...]
        if rest.first == "+" || rest.first == "-" { rest = rest.dropFirst() }
        return rest.trimmingSpaces
    }

    /// `| :--- | ---: |`
    static func isTableSeparator(_ line: Substring) -> Bool {
        let trimmed = line.trimmingSpaces
        guard trimmed.contains("-") else { return false }
        return trimmed.allSatisfy { $0 == "|" || $0 == "-" || $0 == ":" || $0 == " " || $0 == "\t" }
    }
}

/// The marker of a list item: `*`, `-`, `+`, `1.` or `1)`.
struct ListMarker: Equatable {
    let indent: Int
    let ordered: Bool
    /// Column where the item's text starts.
    let contentIndent: Int
    let content: Substring

    init?(_ line: Substring, indent: Int) {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        guard let first = trimmed.first else { return nil }
        var rest: Substring
        if first == "*" || first == "-" || first == "+" {
            rest = trimmed.dropFirst()
            ordered = false
        } else if first.isASCII, first.isNumber {
            let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
            guard digits.count <= 9 else { return nil }
            rest = trimmed.dropFirst(digits.count)
            guard rest.first == "." || rest.first == ")" else { return nil }
            rest = rest.dropFirst()
            ordered = true
        } else {
            return nil
        }
        guard let space = rest.first, space == " " || space == "\t" else { return nil }
        let content = rest.trimmingSpaces
        guard !content.isEmpty else { return nil }
        self.indent = indent
        self.contentIndent = indent + (trimmed.count - rest.count) + 1
        self.content = content
    }
}

/// Splits a table row into cells on `|`, except inside `[[…]]`, code spans,
/// or where escaped as `\|`.
enum TableSplitter {
    static func cells(of line: Substring) -> [Substring] {
        var text = line.trimmingSpaces
        if text.first == "|" { text = text.dropFirst() }
        if text.last == "|", !text.hasSuffix("\\|") { text = text.dropLast() }
        var cells: [Substring] = []
        var start = text.startIndex
        var index = text.startIndex
        var wikiDepth = 0
        var inCode = false
        var previous: Character = " "
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "`" {
                inCode.toggle()
            } else if !inCode, character == "[", next < text.endIndex, text[next] == "[" {
                wikiDepth += 1
            } else if !inCode, character == "]", next < text.endIndex, text[next] == "]", wikiDepth > 0 {
                wikiDepth -= 1
            } else if character == "|", previous != "\\", wikiDepth == 0, !inCode {
                cells.append(text[start..<index].trimmingSpaces)
                start = next
            }
            previous = character
            index = next
        }
        cells.append(text[start...].trimmingSpaces)
        return cells
    }
}
