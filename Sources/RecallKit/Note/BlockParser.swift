/// Turns the lines of a note body into blocks: an explicit line-by-line state
/// machine over paragraphs, headings, lists, tables, fenced code, quotes and
/// callouts.
struct BlockParser {
    typealias Line = (number: Int, text: Substring)

    let file: String
    private(set) var blocks: [Block] = []
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var channel: String?
    private(set) var firstHeading: String?
    private var headings: [(level: Int, text: String)] = []
    private var lists = OpenLists()

    init(file: String) {
        self.file = file
    }

    private var section: [String] { headings.map(\.text) }

    mutating func parse(_ lines: [Line], quoted: Bool) {
        var index = 0
        var paragraph: [Line] = []
        func flush(_ parser: inout BlockParser) {
            if !paragraph.isEmpty { parser.addParagraph(paragraph, quoted: quoted) }
            paragraph = []
        }
        while index < lines.count {
            let line = lines[index]
            if isChannelLine(line.text, paragraph: paragraph) {
                channel = InlineReader.plainText(line.text.trimmed.dropFirst(5)).trimmed.description
                index += 1
                continue
            }
            let kind = LineKind(line.text)
            if kind != .text { flush(&self) }
            switch kind {
            case .blank, .calloutMarker, .rule:
                index += 1
            case .fence(let character, let count):
                lists.close()
                index = skipFence(lines, from: index, character, count, quoted: quoted)
            case .heading(let level, let text):
                lists.close()
                addHeading(level: level, text: text, line: line.number)
                index += 1
            case .quote:
                lists.close()
                index = parseQuote(lines, from: index)
            case .tableRow where index + 1 < lines.count && LineKind.isTableSeparator(lines[index + 1].text):
                lists.close()
                index = parseTable(lines, from: index, quoted: quoted)
            case .listItem(let marker):
                index = parseItem(lines, from: index, marker: marker, quoted: quoted)
            case .text, .tableRow:
                if paragraph.isEmpty { lists.close() }
                paragraph.append(line)
                index += 1
            }
        }
        flush(&self)
    }

    /// `From: [[channel]] <br/>` before anything else of the body, even
    /// with no blank line after it.
    private func isChannelLine(_ text: Substring, paragraph: [Line]) -> Bool {
        channel == nil && headings.isEmpty && blocks.isEmpty && paragraph.isEmpty && text.trimmed.hasPrefix("From:")
    }

    // MARK: - Blocks

    private mutating func inline(_ lines: [Line]) -> Inline {
        let (inline, found) = read(lines)
        diagnostics += found
        return inline
    }

    private func read(_ lines: [Line]) -> (Inline, [Diagnostic]) {
        InlineReader.read(lines.map { ($0.number, $0.text.trimmed) }, file: file)
    }

    private mutating func addParagraph(_ lines: [Line], quoted: Bool) {
        let text = inline(lines)
        guard !text.text.isEmpty || !text.anchors.isEmpty else { return }
        blocks.append(Block(kind: .paragraph(text), section: section, line: lines[0].number, quoted: quoted))
    }

    private mutating func addHeading(level: Int, text: Substring, line: Int) {
        let heading = InlineReader.plainText(text, line: line)
        if level == 1, firstHeading == nil { firstHeading = heading }
        while let last = headings.last, last.level >= level { headings.removeLast() }
        if !heading.isEmpty { headings.append((level, heading)) }
    }

    private mutating func skipFence(_ lines: [Line], from start: Int, _ character: Character, _ count: Int,
                                    quoted: Bool) -> Int {
        blocks.append(Block(kind: .code, section: section, line: lines[start].number, quoted: quoted))
        if let close = lines[(start + 1)...].firstIndex(where: { LineKind.closesFence($0.text, character, count) }) {
            return close + 1
        }
        diagnostics.append(Diagnostic(file: file, line: lines[start].number,
                                      message: "code block is never closed; the rest of the note is read as code"))
        return lines.count
    }

    /// `>` lines: a quote, or a callout (`> [!NOTE] Title`) whose title reads
    /// as a heading over its content.
    private mutating func parseQuote(_ lines: [Line], from start: Int) -> Int {
        var inner: [Line] = []
        var index = start
        while index < lines.count, LineKind(lines[index].text) == .quote {
            var text = lines[index].text.trimmed.dropFirst()
            if text.first == " " { text = text.dropFirst() }
            inner.append((lines[index].number, text))
            index += 1
        }
        let saved = headings
        if let first = inner.firstIndex(where: { !$0.text.trimmed.isEmpty }),
           let title = LineKind.calloutTitle(inner[first].text) {
            inner.remove(at: first)
            if !title.isEmpty { addHeading(level: 7, text: title, line: lines[start].number) }
        }
        parse(inner, quoted: true)
        lists.close()
        headings = saved
        return index
    }

    private mutating func parseTable(_ lines: [Line], from start: Int, quoted: Bool) -> Int {
        let header = TableCells.split(lines[start].text).map { inline([(lines[start].number, $0)]) }
        var rows: [Table.Row] = []
        var index = start + 2
        while index < lines.count, lines[index].text.trimmed.first == "|" {
            let line = lines[index]
            rows.append(Table.Row(cells: TableCells.split(line.text).map { inline([(line.number, $0)]) },
                                  line: line.number))
            index += 1
        }
        blocks.append(Block(kind: .table(Table(header: header, rows: rows)), section: section,
                            line: lines[start].number, quoted: quoted))
        return index
    }

    private mutating func parseItem(_ lines: [Line], from start: Int, marker: ListMarker, quoted: Bool) -> Int {
        var itemLines: [Line] = [(lines[start].number, marker.content)]
        var index = start + 1
        var pendingBlank = false
        while index < lines.count {
            let line = lines[index]
            let kind = LineKind(line.text)
            if kind == .blank {
                pendingBlank = true
                index += 1
                continue
            }
            let indent = LineKind.indentWidth(line.text)
            guard kind == .text, pendingBlank ? indent >= marker.contentIndent : indent > marker.indent else { break }
            itemLines.append((line.number, line.text.trimmed))
            pendingBlank = false
            index += 1
        }
        if pendingBlank {
            while index > start + 1, lines[index - 1].text.trimmed.isEmpty { index -= 1 }
        }
        let (list, depth, parent) = lists.open(indent: marker.indent, block: blocks.count)
        var (label, body, bold) = (Inline?.none, Inline(text: ""), false)
        if let split = ItemLabel(itemLines[0].text) {
            let (labelText, labelFound) = read([(itemLines[0].number, split.label)])
            let (rest, restFound) = read([(itemLines[0].number, split.rest)] + itemLines.dropFirst())
            if !labelText.text.isEmpty, labelText.anchors.isEmpty, rest.text.split(separator: " ").count >= 3 {
                (label, body, bold) = (labelText, rest, split.bold)
                diagnostics += labelFound + restFound
            }
        }
        if label == nil { body = inline(itemLines) }
        let item = ListItem(list: list, depth: depth, number: marker.number, parent: parent, label: label,
                            boldLabel: bold, body: body)
        blocks.append(Block(kind: .listItem(item), section: section, line: lines[start].number, quoted: quoted))
        return index
    }
}

/// Open lists and their nesting.
private struct OpenLists {
    private var count = 0
    private var current: Int?
    private var open: [(indent: Int, block: Int)] = []

    mutating func close() {
        current = nil
        open = []
    }

    /// The list, depth and parent block for an item at `indent`.
    mutating func open(indent: Int, block: Int) -> (list: Int, depth: Int, parent: Int?) {
        if current == nil {
            count += 1
            current = count
        }
        while let last = open.last, indent < last.indent + 2 { open.removeLast() }
        let result = (current!, open.count, open.last?.block)
        open.append((indent, block))
        return result
    }
}
