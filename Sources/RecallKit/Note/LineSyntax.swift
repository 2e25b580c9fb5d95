/// What a single line of Markdown opens or continues.
enum LineSyntax: Equatable {
    case blank
    case fence
    /// The heading's text as a byte range of the note.
    case heading(level: Int, text: Range<Int>)
    case quote
    /// `[!NOTE] Title` on a line that lost its `>`.
    case calloutMarker
    case rule
    case tableRow
    case listItem(ListMarker)
    case text

    init(_ line: Range<Int>, in text: TextBytes) {
        let trimmed = text.trimmed(line)
        guard !trimmed.isEmpty else {
            self = .blank
            return
        }
        let first = trimmed.lowerBound
        guard Self.mayOpenSyntax(text[first]) else { // most lines of prose
            self = .text
            return
        }
        let indent = Self.indentWidth(line, in: text)
        let opening = text[first] // asked first: most lines open no fence, and the patterns are not loaded
        if (opening == UInt8(ascii: "`") && text.hasPrefix(Self.backticks, in: trimmed))
            || (opening == UInt8(ascii: "~") && text.hasPrefix(Self.tildes, in: trimmed)) {
            self = .fence
        } else if text.isCharacter(UInt8(ascii: "#"), at: first), indent < 4, let heading = Self.heading(trimmed, in: text) {
            self = heading
        } else if text.isCharacter(UInt8(ascii: ">"), at: first) {
            self = .quote
        } else if text.isCharacter(UInt8(ascii: "["), at: first), Self.calloutTitle(trimmed, in: text) != nil {
            self = .calloutMarker
        } else if Self.isRule(trimmed, in: text) {
            self = .rule
        } else if text.isCharacter(UInt8(ascii: "|"), at: first) {
            self = .tableRow
        } else if let marker = ListMarker(line, indent: indent, in: text) {
            self = .listItem(marker)
        } else {
            self = .text
        }
    }

    /// Whether a line whose first byte is `byte` may be anything but text:
    /// every other kind opens with one of these.
    private static func mayOpenSyntax(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "["),
             UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "|"), UInt8(ascii: "+"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return false
        }
    }

    private static let backticks = Array("```".utf8)
    private static let tildes = Array("~~~".utf8)

    /// Columns of leading spaces and tabs (a tab counts four).
    static func indentWidth(_ line: Range<Int>, in text: TextBytes) -> Int {
        var width = 0
        for index in line {
            if text.isCharacter(0x20, at: index) {
                width += 1
            } else if text[index] == 0x09 {
                width += 4
            } else {
                break
            }
        }
        return width
    }

    private static func heading(_ trimmed: Range<Int>, in text: TextBytes) -> LineSyntax? {
        var level = 0
        while trimmed.lowerBound + level < trimmed.upperBound,
              text.isCharacter(UInt8(ascii: "#"), at: trimmed.lowerBound + level) { level += 1 }
        guard level <= 6 else { return nil }
        let rest = (trimmed.lowerBound + level)..<trimmed.upperBound
        guard rest.isEmpty || text.isBlank(at: rest.lowerBound) else { return nil }
        var heading = text.trimmed(rest)
        while !heading.isEmpty, text.isCharacter(UInt8(ascii: "#"), at: heading.upperBound - 1) {
            heading = heading.lowerBound..<(heading.upperBound - 1)
        }
        return .heading(level: level, text: text.trimmed(heading))
    }

    /// `---`, `***`, `___` (three or more, spaces allowed).
    private static func isRule(_ trimmed: Range<Int>, in text: TextBytes) -> Bool {
        let first = text[trimmed.lowerBound]
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else { return false }
        var count = 0
        for index in trimmed {
            if text.isCharacter(first, at: index) {
                count += 1
            } else if !text.isCharacter(0x20, at: index) {
                return false
            }
        }
        return count >= 3
    }

    /// The title of a callout line `[!KIND] Title` (empty when it has none),
    /// or `nil` when the line is not a callout marker.
    static func calloutTitle(_ line: Range<Int>, in text: TextBytes) -> Range<Int>? {
        let trimmed = text.trimmed(line)
        guard text.hasPrefix(Self.calloutOpening, in: trimmed),
              let close = text.firstIndex(of: UInt8(ascii: "]"), in: trimmed) else { return nil }
        let kind = (trimmed.lowerBound + 2)..<close
        let length = text.hasNonASCII(in: kind) ? text.string(kind).count : kind.count
        guard !kind.isEmpty, length <= 40, text.firstIndex(of: UInt8(ascii: "["), in: kind) == nil else { return nil }
        var rest = (close + 1)..<trimmed.upperBound
        if !rest.isEmpty, text.isCharacter(UInt8(ascii: "+"), at: rest.lowerBound)
            || text.isCharacter(UInt8(ascii: "-"), at: rest.lowerBound) {
            rest = (rest.lowerBound + 1)..<rest.upperBound
        }
        return text.trimmed(rest)
    }

    private static let calloutOpening = Array("[!".utf8)

    /// `| :--- | ---: |`
    static func isTableSeparator(_ line: Range<Int>, in text: TextBytes) -> Bool {
        let trimmed = text.trimmed(line)
        var dash = false
        for index in trimmed {
            switch text[index] {
            case UInt8(ascii: "-"): dash = true
            case UInt8(ascii: "|"), UInt8(ascii: ":"), 0x20, 0x09: continue
            default: return false
            }
        }
        return dash
    }
}

/// The marker of a list item: `*`, `-`, `+`, `1.` or `1)`.
struct ListMarker: Equatable {
    let indent: Int
    let ordered: Bool
    /// Column where the item's text starts.
    let contentIndent: Int
    /// The item's text on this line, as a byte range of the note.
    let content: Range<Int>

    init?(_ line: Range<Int>, indent: Int, in text: TextBytes) {
        var start = line.lowerBound
        while start < line.upperBound, text.isBlank(at: start) { start += 1 }
        guard start < line.upperBound else { return nil }
        var rest: Int
        if Self.bullets.contains(text[start]), text.standsAlone(start) {
            rest = start + 1
            ordered = false
        } else if Self.isDigit(text, at: start) {
            rest = start
            while rest < line.upperBound, Self.isDigit(text, at: rest) { rest += 1 }
            guard rest - start <= 9, rest < line.upperBound,
                  text.isCharacter(UInt8(ascii: "."), at: rest) || text.isCharacter(UInt8(ascii: ")"), at: rest)
            else { return nil }
            rest += 1
            ordered = true
        } else {
            return nil
        }
        guard rest < line.upperBound, text.isBlank(at: rest) else { return nil }
        let content = text.trimmed(rest..<line.upperBound)
        guard !content.isEmpty else { return nil }
        self.indent = indent
        self.contentIndent = indent + (rest - start) + 1
        self.content = content
    }

    private static let bullets: [UInt8] = [UInt8(ascii: "*"), UInt8(ascii: "-"), UInt8(ascii: "+")]

    private static func isDigit(_ text: TextBytes, at index: Int) -> Bool {
        text[index] >= 0x30 && text[index] <= 0x39 && text.standsAlone(index)
    }
}

/// Splits a table row into cells on `|`, except inside `[[…]]`, code spans,
/// or where escaped as `\|`.
enum TableSplitter {
    static func cells(of line: Range<Int>, in text: TextBytes) -> [Range<Int>] {
        var row = text.trimmed(line)
        if !row.isEmpty, text.isCharacter(UInt8(ascii: "|"), at: row.lowerBound) {
            row = (row.lowerBound + 1)..<row.upperBound
        }
        if !row.isEmpty, text.isCharacter(UInt8(ascii: "|"), at: row.upperBound - 1),
           !(row.count >= 2 && text.isCharacter(UInt8(ascii: "\\"), at: row.upperBound - 2)) {
            row = row.lowerBound..<(row.upperBound - 1)
        }
        var cells: [Range<Int>] = []
        var start = row.lowerBound
        var wikiDepth = 0
        var inCode = false
        var afterBackslash = false
        for index in row {
            let next = index + 1
            switch text[index] { // every case below is one of these bytes
            case UInt8(ascii: "`"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "|"), UInt8(ascii: "\\"): break
            default:
                afterBackslash = false
                continue
            }
            if text.isCharacter(UInt8(ascii: "`"), at: index) {
                inCode.toggle()
            } else if !inCode, text.isCharacter(UInt8(ascii: "["), at: index), next < row.upperBound,
                      text.isCharacter(UInt8(ascii: "["), at: next) {
                wikiDepth += 1
            } else if !inCode, text.isCharacter(UInt8(ascii: "]"), at: index), next < row.upperBound,
                      text.isCharacter(UInt8(ascii: "]"), at: next), wikiDepth > 0 {
                wikiDepth -= 1
            } else if text.isCharacter(UInt8(ascii: "|"), at: index), !afterBackslash, wikiDepth == 0, !inCode {
                cells.append(text.trimmed(start..<index))
                start = next
            }
            afterBackslash = text.isCharacter(UInt8(ascii: "\\"), at: index)
        }
        cells.append(text.trimmed(start..<row.upperBound))
        return cells
    }
}
