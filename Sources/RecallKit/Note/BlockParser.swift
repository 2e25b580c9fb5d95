/// Turns the lines of a note body into blocks: an explicit line-by-line state
/// machine over paragraphs, headings, lists, tables, fenced code, quotes and
/// callouts.
struct BlockParser {
    let text: TextBytes
    let file: String
    var blocks: [Block] = []
    var diagnostics: [Diagnostic] = []
    var channel: String?
    var firstHeading: String?
    /// The open headings; `section` is set from them once they have changed.
    private var headings: [(level: Int, text: String)] = []
    private var lists = ListState()
    /// Buffers of the inline scanner and of list items, reused from block to block.
    private var scratch = InlineScratch()
    private var itemLines: [TextLine] = []
    /// The headings above the current line; kept, so the blocks of a section share one array.
    private(set) var section: [String] = []

    init(text: TextBytes, file: String) {
        self.text = text
        self.file = file
    }

    mutating func parse(_ lines: [TextLine], quoted: Bool) {
        var index = 0
        var paragraph: [TextLine] = []
        while index < lines.count {
            let line = lines[index]
            let syntax = LineSyntax(line.range, in: text)
            if syntax != .text { // a blank line too
                if !paragraph.isEmpty { addParagraph(paragraph, quoted: quoted) }
                paragraph.removeAll(keepingCapacity: true)
            }
            switch syntax {
            case .blank:
                index += 1
            case .fence:
                lists.close()
                index = skipFence(lines, from: index, quoted: quoted)
            case .heading(let level, let text):
                lists.close()
                addHeading(level: level, text: text, line: line.number)
                index += 1
            case .quote:
                lists.close()
                index = parseQuote(lines, from: index)
            case .calloutMarker, .rule:
                index += 1
            case .tableRow where index + 1 < lines.count && LineSyntax.isTableSeparator(lines[index + 1].range, in: text):
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
        if !paragraph.isEmpty { addParagraph(paragraph, quoted: quoted) }
    }

    // MARK: - Blocks

    private mutating func addParagraph(_ lines: [TextLine], quoted: Bool) {
        let inline = InlineText.parse(lines, in: text.bytes, file: file, diagnostics: &diagnostics, scratch: &scratch)
        if channel == nil, headings.isEmpty, inline.text.hasPrefix("From:") {
            channel = String(inline.text.dropFirst(5).trimmingSpaces)
            return
        }
        blocks.append(Block(kind: .paragraph(inline), section: section, line: lines[0].number, quoted: quoted))
    }

    private mutating func addHeading(level: Int, text range: Range<Int>, line: Int) {
        var ignored: [Diagnostic] = []
        let heading = InlineText.parse([TextLine(number: line, range: range)], in: text.bytes, file: file,
                                       diagnostics: &ignored, scratch: &scratch).text
        if level == 1, firstHeading == nil { firstHeading = heading }
        while let last = headings.last, last.level >= level { headings.removeLast() }
        if !heading.isEmpty { headings.append((level, heading)) }
        section = headings.map(\.text)
    }

    private mutating func skipFence(_ lines: [TextLine], from start: Int, quoted: Bool) -> Int {
        let opening = text.trimmed(lines[start].range)
        let fenceChar = text[opening.lowerBound]
        var fenceLength = 0
        while opening.lowerBound + fenceLength < opening.upperBound,
              text.isCharacter(fenceChar, at: opening.lowerBound + fenceLength) { fenceLength += 1 }
        var index = start + 1
        while index < lines.count {
            let trimmed = text.trimmed(lines[index].range)
            if trimmed.count >= fenceLength, trimmed.allSatisfy({ text[$0] == fenceChar }) {
                blocks.append(Block(kind: .code, section: section, line: lines[start].number, quoted: quoted))
                return index + 1
            }
            index += 1
        }
        diagnostics.append(Diagnostic(
            file: file, line: lines[start].number,
            message: "code block is never closed; the rest of the note is read as code"))
        blocks.append(Block(kind: .code, section: section, line: lines[start].number, quoted: quoted))
        return lines.count
    }

    /// `>` lines: a quote, or a callout (`> [!NOTE] Title`) whose title reads
    /// as a heading for its content.
    private mutating func parseQuote(_ lines: [TextLine], from start: Int) -> Int {
        var inner: [TextLine] = []
        var index = start
        while index < lines.count, case .quote = LineSyntax(lines[index].range, in: text) {
            var quoted = text.trimmed(lines[index].range).dropFirst()
            if !quoted.isEmpty, text.isCharacter(0x20, at: quoted.lowerBound) { quoted = quoted.dropFirst() }
            inner.append(TextLine(number: lines[index].number, range: quoted))
            index += 1
        }
        let saved = headings
        if let first = inner.firstIndex(where: { !text.trimmed($0.range).isEmpty }),
           let title = LineSyntax.calloutTitle(inner[first].range, in: text) {
            inner.remove(at: first)
            if !title.isEmpty { addHeading(level: 7, text: title, line: lines[start].number) }
        }
        parse(inner, quoted: true)
        lists.close()
        headings = saved
        section = headings.map(\.text)
        return index
    }

    private mutating func parseTable(_ lines: [TextLine], from start: Int, quoted: Bool) -> Int {
        let header = tableCells(lines[start])
        var rows: [Table.Row] = []
        var index = start + 2
        while index < lines.count, startsWithPipe(lines[index]) {
            rows.append(Table.Row(cells: tableCells(lines[index]), line: lines[index].number))
            index += 1
        }
        let table = Table(header: header, rows: rows)
        blocks.append(Block(kind: .table(table), section: section, line: lines[start].number, quoted: quoted))
        return index
    }

    private func startsWithPipe(_ line: TextLine) -> Bool {
        let row = text.trimmed(line.range)
        return !row.isEmpty && text.isCharacter(UInt8(ascii: "|"), at: row.lowerBound)
    }

    private mutating func tableCells(_ line: TextLine) -> [InlineText] {
        TableSplitter.cells(of: line.range, in: text).map {
            InlineText.parse([TextLine(number: line.number, range: $0)], in: text.bytes, file: file,
                             diagnostics: &diagnostics, scratch: &scratch)
        }
    }

    private mutating func parseItem(_ lines: [TextLine], from start: Int, marker: ListMarker, quoted: Bool) -> Int {
        itemLines.removeAll(keepingCapacity: true)
        itemLines.append(TextLine(number: lines[start].number, range: marker.content))
        var index = start + 1
        var pendingBlank = false
        while index < lines.count {
            let line = lines[index]
            let syntax = LineSyntax(line.range, in: text)
            if syntax == .blank {
                pendingBlank = true
                index += 1
                continue
            }
            let indent = LineSyntax.indentWidth(line.range, in: text)
            let continues = syntax == .text && (pendingBlank ? indent >= marker.contentIndent : indent > marker.indent)
            guard continues else { break }
            itemLines.append(TextLine(number: line.number, range: text.trimmed(line.range)))
            pendingBlank = false
            index += 1
        }
        if pendingBlank { index = skipBackOverBlank(lines, to: index) }
        let (list, depth, parent) = lists.open(indent: marker.indent, block: blocks.count)
        let (label, body, bold) = ItemLabel.split(&itemLines, in: text, file: file, diagnostics: &diagnostics,
                                                  scratch: &scratch)
        let item = ListItem(list: list, depth: depth, ordered: marker.ordered, parent: parent,
                            label: label, boldLabel: bold, body: body)
        blocks.append(Block(kind: .listItem(item), section: section, line: lines[start].number, quoted: quoted))
        return index
    }

    private func skipBackOverBlank(_ lines: [TextLine], to index: Int) -> Int {
        var position = index
        while position > 0, text.trimmed(lines[position - 1].range).isEmpty { position -= 1 }
        return position
    }
}

/// Open lists and their nesting.
private struct ListState {
    private var count = 0
    private var current: Int?
    private var open: [(indent: Int, block: Int)] = []

    mutating func close() {
        current = nil
        open.removeAll(keepingCapacity: true) // the next list reuses it
    }

    /// The list, depth and parent block for an item at `indent`.
    mutating func open(indent: Int, block: Int) -> (list: Int, depth: Int, parent: Int?) {
        if current == nil {
            count += 1
            current = count
        }
        while let last = open.last, indent < last.indent + 2 { open.removeLast() }
        let parent = open.last?.block
        let depth = open.count
        open.append((indent, block))
        return (current!, depth, parent)
    }
}
