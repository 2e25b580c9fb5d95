/// Reads the inline markup of one block (its lines joined by spaces) into an
/// `Inline`: plain text, the anchors lifted out of it, and where code and
/// math stood. One pass, left to right; each kind of markup has one method.
struct InlineReader {
    /// One line of a block: its number and the part of it the block holds.
    typealias Segment = (line: Int, text: Substring)

    private let text: [Character]
    /// Where each segment starts in `text`, with its line.
    private let lineStarts: [(offset: Int, line: Int)]
    private let file: String
    private var index = 0
    private var out: [Character] = []
    private var anchors: [PlacedAnchor] = []
    private var code: [Range<Int>] = []
    private var diagnostics: [Diagnostic] = []
    /// The `]` of each Markdown link being read, and where its `(url)` ends.
    private var linkEnds: [(bracket: Int, resume: Int)] = []
    /// An anchor was just lifted out: a word right after it is a new word.
    private var afterAnchor = false
    /// How long the text was just after the last anchor: a comma standing
    /// only between two anchors is dropped with them.
    private var endOfLastAnchor: Int?

    /// The plain text of `segments` and what was found wrong with their markup.
    static func read(_ segments: [Segment], file: String) -> (Inline, [Diagnostic]) {
        var reader = InlineReader(segments, file: file)
        reader.run()
        return reader.finish()
    }

    /// The plain text of a single piece of markup (a heading, a label), its problems dropped.
    static func plainText(_ text: Substring, line: Int = 0) -> String {
        read([(line, text)], file: "").0.text
    }

    private init(_ segments: [Segment], file: String) {
        var characters: [Character] = []
        var starts: [(offset: Int, line: Int)] = []
        for segment in segments {
            if !characters.isEmpty { characters.append(" ") }
            starts.append((characters.count, segment.line))
            characters.append(contentsOf: segment.text)
        }
        text = characters
        lineStarts = starts
        self.file = file
    }

    private mutating func run() {
        while index < text.count {
            if let link = linkEnds.last, link.bracket == index {
                linkEnds.removeLast()
                index = link.resume
                continue
            }
            step()
        }
    }

    private mutating func step() {
        let character = text[index]
        switch character {
        case "<", "[":
            if readAnchor() { return }
            if character == "<" { tag() } else { bracket() }
        case "\\": escape()
        case "`": codeSpan()
        case "$": math()
        case "!" where text[safe: index + 1] == "[": image()
        case "*", "_": emphasis(character)
        case "~" where text[safe: index + 1] == "~": index += 2
        case "&": entity()
        case _ where character.isBlank:
            emitSpace()
            index += 1
        case _ where character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }):
            index += 1 // control characters never reach a card
        default:
            emit(character)
            index += 1
        }
    }

    // MARK: - Output

    private mutating func emit(_ character: Character) {
        if afterAnchor {
            afterAnchor = false
            if character.isWordCharacter, out.last?.isWordCharacter == true { out.append(" ") }
        }
        out.append(character)
    }

    private mutating func emit(_ characters: some Sequence<Character>) {
        for character in characters {
            if character.isBlank { emitSpace() } else { emit(character) }
        }
    }

    private mutating func emitSpace() {
        if let last = out.last, last != " " { out.append(" ") }
    }

    private func line(at offset: Int) -> Int {
        lineStarts.last { $0.offset <= offset }?.line ?? lineStarts.first?.line ?? 0
    }

    private mutating func warn(_ message: String, at offset: Int) {
        diagnostics.append(Diagnostic(file: file, line: line(at: offset), message: message))
    }

    private mutating func finish() -> (Inline, [Diagnostic]) {
        while out.last == " " { out.removeLast() }
        var leading = 0
        while leading < out.count, out[leading] == " " { leading += 1 }
        let count = out.count
        let shift = { (offset: Int) in max(0, min(offset, count) - leading) }
        let placed = anchors.map { PlacedAnchor(offset: shift($0.offset), anchor: $0.anchor) }
        let ranges = code.map { shift($0.lowerBound)..<shift($0.upperBound) }.filter { !$0.isEmpty }
        return (Inline(text: String(out.dropFirst(leading)), anchors: placed, code: ranges), diagnostics)
    }

    // MARK: - Anchors

    /// An anchor in one of the syntaxes of `AnchorSyntax`, lifted out of the text.
    private mutating func readAnchor() -> Bool {
        let (text, index) = (self.text, self.index)
        guard let match = AnchorSyntax.all.lazy.compactMap({ $0.read(text, index) }).first else { return false }
        let start = index
        self.index = match.end
        if let warning = match.warning { warn(warning, at: start) }
        let stamp: Timestamp
        if let dataT = match.dataT, let fromData = Timestamp(dataT) {
            stamp = fromData
        } else if let shown = Timestamp(match.shown) {
            if let dataT = match.dataT {
                warn("data-t=\"\(dataT)\" is not a timestamp; using the shown [\(match.shown)]", at: start)
            }
            stamp = shown
        } else {
            warn("timestamp anchor without a readable time (data-t=\"\(match.dataT ?? "")\"); left out", at: start)
            return true
        }
        if let end = endOfLastAnchor, end <= out.count, out[end...].allSatisfy({ $0 == "," || $0 == " " }) {
            out.removeSubrange(end...) // `[01:27], [01:33]`: the comma only joined the anchors
        }
        while out.last == " " { out.removeLast() } // the anchor sits against the word before it
        anchors.append(PlacedAnchor(offset: out.count, anchor: Anchor(stamp: stamp, shown: match.shown,
                                                                      line: line(at: start))))
        afterAnchor = true
        endOfLastAnchor = out.count
        return true
    }

    // MARK: - Tags

    /// `<br>` and its kind separate words; other tags are dropped; a `<`
    /// that opens no tag is text.
    private mutating func tag() {
        if text.matches("<!--", at: index) {
            index = text.firstIndex(of: "-->", from: index + 4).map { $0 + 3 } ?? text.count
            return
        }
        guard let tag = HTMLTag(in: text, at: index) else {
            emit("<")
            index += 1
            return
        }
        index = tag.range.upperBound
        if ["br", "p", "/p", "div", "/div", "li", "hr"].contains(tag.name) { emitSpace() }
    }

    // MARK: - Brackets and links

    private mutating func bracket() {
        if text[safe: index + 1] == "[" {
            wikiLink()
        } else if text[safe: index + 1] == "^", let close = text.firstIndex(of: "]", from: index + 2, limit: index + 40) {
            index = close + 1 // a footnote reference
        } else if let link = markdownLink(from: index) {
            linkEnds.append(link)
            index += 1
        } else {
            emit("[")
            index += 1
        }
    }

    /// `[[target|label]]`, `[[target | label]]`, `[[target]]`: the label, else
    /// the target (`#` read as a space).
    private mutating func wikiLink() {
        guard let close = text.firstIndex(of: "]]", from: index + 2) else {
            index += 2 // an unclosed [[ is residue
            return
        }
        var content = text.string((index + 2)..<close)
        if let bar = content.firstIndex(of: "|") {
            let label = content[content.index(after: bar)...].trimmed
            var target = content[..<bar]
            if target.last == "\\" { target = target.dropLast() }
            content = label.isEmpty ? String(target.trimmed) : String(label)
        } else {
            content = content.replacingOccurrences(of: "#", with: " ").trimmed.description
        }
        emit(content)
        index = close + 2
    }

    /// `![alt](url)` shows nothing on a card.
    private mutating func image() {
        if let link = markdownLink(from: index + 1) {
            index = link.resume
        } else {
            emit("!")
            index += 1
        }
    }

    /// `[text](url)`: the `]` and where to resume after the `)`.
    private func markdownLink(from start: Int) -> (bracket: Int, resume: Int)? {
        var depth = 0
        var position = start
        while position < text.count {
            if text[position] == "[" { depth += 1 }
            if text[position] == "]" {
                depth -= 1
                if depth == 0 { break }
            }
            position += 1
        }
        guard text[safe: position + 1] == "(", let paren = text.firstIndex(of: ")", from: position + 2) else {
            return nil
        }
        return (position, paren + 1)
    }

    // MARK: - Code, math, emphasis, escapes, entities

    /// `` `code` ``: kept as written and remembered as code.
    private mutating func codeSpan() {
        var run = 0
        while text[safe: index + run] == "`" { run += 1 }
        let fence = String(repeating: "`", count: run)
        var search = index + run
        var close: Int?
        while let found = text.firstIndex(of: fence, from: search) {
            var length = 0
            while text[safe: found + length] == "`" { length += 1 }
            if length == run {
                close = found
                break
            }
            search = found + length
        }
        guard let close else {
            index += run // an unmatched tick is residue: drop it
            return
        }
        var content = text[(index + run)..<close]
        if content.count > 1, content.first == " " { content = content.dropFirst() }
        if content.count > 1, content.last == " " { content = content.dropLast() }
        keepVerbatim(content)
        index = close + run
    }

    /// `$x_{n+1}$` or `$$…$$`: math, kept as written and remembered as code.
    /// A `$` before a number with no closing `$` after text is money, not math.
    private mutating func math() {
        let run = text[safe: index + 1] == "$" ? 2 : 1
        let start = index + run
        let fence = String(repeating: "$", count: run)
        guard let first = text[safe: start], !first.isBlank, first != "$",
              let close = text.firstIndex(of: fence, from: start + 1, limit: start + 400),
              !text[close - 1].isBlank, text[safe: close + run]?.isNumber != true else {
            emit("$")
            index += 1
            return
        }
        keepVerbatim(text[start..<close])
        index = close + run
    }

    private mutating func keepVerbatim(_ content: ArraySlice<Character>) {
        if out.last?.isWordCharacter == true { emitSpace() }
        let start = out.count
        emit(content)
        if out.count > start { code.append(start..<out.count) }
    }

    /// `*`, `**`, `_`: emphasis markers are dropped; `a * b` and `snake_case` are text.
    private mutating func emphasis(_ marker: Character) {
        var run = 0
        while text[safe: index + run] == marker { run += 1 }
        let before = text[safe: index - 1] ?? " ", after = text[safe: index + run] ?? " "
        let literal = marker == "_" ? before.isWordCharacter && after.isWordCharacter
            : (run == 1 && before.isBlank && after.isBlank) || (before.isNumber && after.isNumber)
        if literal { emit(repeatElement(marker, count: run)) }
        index += run
    }

    private mutating func escape() {
        if let next = text[safe: index + 1], next.isASCII, next.isPunctuation || next.isSymbol {
            emit(next)
            index += 2
        } else {
            emit("\\")
            index += 1
        }
    }

    private mutating func entity() {
        guard let semicolon = text.firstIndex(of: ";", from: index + 1, limit: index + 10),
              let scalar = HTMLEntity.decode(text.string((index + 1)..<semicolon)) else {
            emit("&")
            index += 1
            return
        }
        if scalar == " " || scalar.value == 0xA0 { emitSpace() } else { emit(Character(scalar)) }
        index = semicolon + 1
    }
}
