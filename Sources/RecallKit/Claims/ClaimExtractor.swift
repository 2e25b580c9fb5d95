/// Walks a note's blocks and collects its claims in source order.
public struct ClaimExtractor {
    private let note: Note
    private var claims: [Claim] = []
    /// Where each claim's sentence stands in its block (nil for other claims).
    private var sources: [Source?] = []
    /// The buffers `SentenceSplitter` splits blocks into, reused from block to block.
    private var sentenceRanges: [Range<Int>] = []
    private var sentenceBuffer: [SentenceSplitter.Located] = []
    /// The intro last found for a list: its first item, the paragraph before it, and the intro.
    private var lastIntro: (first: Int, paragraph: Int, intro: String?)?

    /// A sentence claim's place: the block, its text (0: the paragraph or the
    /// item's label, 1: the item's body) and the UTF-8 range there.
    struct Source {
        let block: Int
        let part: Int
        let range: Range<Int>
    }
    /// Block indices of the items of each list level (same list, parent and depth).
    private let groups: [[Int]]
    /// For each block, its index in `groups` (-1 for blocks that are not list items).
    private let groupOf: [Int]

    private struct SiblingKey: Hashable {
        let list: Int
        let parent: Int?
        let depth: Int

        init(_ item: ListItem) {
            list = item.list
            parent = item.parent
            depth = item.depth
        }
    }

    public static func claims(of note: Note) -> [Claim] {
        located(in: note).claims
    }

    /// The claims with the places of their sentences, so their words can be
    /// taken from the words of the blocks.
    static func located(in note: Note) -> (claims: [Claim], sources: [Source?]) {
        var extractor = ClaimExtractor(note: note)
        extractor.run()
        return (extractor.claims, extractor.sources)
    }

    private init(note: Note) {
        self.note = note
        claims.reserveCapacity(note.blocks.count)
        sources.reserveCapacity(note.blocks.count)
        var keys: [SiblingKey: Int] = [:]
        var groups: [[Int]] = []
        var groupOf = [Int](repeating: -1, count: note.blocks.count)
        var last: (key: SiblingKey, group: Int)? // the item before is most often a sibling
        for index in note.blocks.indices {
            guard case .listItem(let item) = note.blocks[index].kind else { continue }
            let key = SiblingKey(item)
            let group: Int
            if let last, last.key == key {
                group = last.group
            } else if let known = keys[key] {
                group = known
            } else {
                if keys.isEmpty { keys.reserveCapacity(note.blocks.count - index) } // at most one list level per item left
                group = groups.count
                keys[key] = group
                groups.append([])
            }
            groups[group].append(index)
            groupOf[index] = group
            last = (key, group)
        }
        self.groups = groups
        self.groupOf = groupOf
    }

    /// A paragraph just read: its text, the range of its last sentence, its block.
    private typealias Paragraph = (text: String, last: Range<Int>?, index: Int)

    private mutating func run() {
        var previousParagraph: Paragraph?
        let blocks = note.blocks // read in place, block by block
        for index in blocks.indices {
            switch blocks[index].kind {
            case .paragraph(let text):
                let sentences = sentences(of: text)
                addSentences(sentences[...], of: text.text, place: (index, 0), before: nil)
                previousParagraph = (text.text, sentences.last?.range, index)
                reuse(sentences)
            case .listItem(let item):
                let intro = listIntro(for: item, at: index, previous: previousParagraph)
                addItem(item, index: index, intro: intro)
            case .table(let table):
                addTable(table, block: index)
                previousParagraph = nil
            case .code:
                previousParagraph = nil
            }
        }
    }

    /// The sentences of `text`, in the buffer reused from block to block;
    /// `reuse` hands it back.
    private mutating func sentences(of text: InlineText) -> [SentenceSplitter.Located] {
        var sentences: [SentenceSplitter.Located] = []
        swap(&sentences, &sentenceBuffer)
        SentenceSplitter.locate(text, ranges: &sentenceRanges, into: &sentences)
        return sentences
    }

    private mutating func reuse(_ sentences: [SentenceSplitter.Located]) {
        sentenceBuffer = sentences
    }

    /// Adds a claim when it has anchors; `block` gives its section (and its
    /// line when `line` is nil and it has no anchor to take it from).
    private mutating func append(_ shape: Claim.Shape, text: String, anchors: [Anchor], block: Int,
                                 line: Int? = nil, previous: String? = nil, intro: String? = nil,
                                 code: [Range<Int>] = [], source: Source? = nil) {
        guard !anchors.isEmpty else { return }
        claims.append(Claim(shape: shape, text: text, anchors: anchors, section: note.blocks[block].section,
                            line: line ?? anchors[0].line, ordinal: claims.count,
                            previousSentence: previous, intro: intro, codeRanges: code))
        sources.append(source)
    }

    /// One claim for each sentence with anchors. A sentence's text is made
    /// only for its claim or the claim after it (as its previous sentence).
    private mutating func addSentences(_ sentences: ArraySlice<SentenceSplitter.Located>, of text: String,
                                       place: (block: Int, part: Int), before: String?, intro: String? = nil) {
        var previous = before
        var unmade: Range<Int>? // the sentence before, when its text is not made yet
        for (index, located) in sentences.enumerated() {
            guard !located.anchors.isEmpty else { // no claim
                unmade = located.range
                continue
            }
            if let range = unmade {
                previous = SentenceSplitter.text(range, of: text)
                unmade = nil
            }
            let sentence = SentenceSplitter.text(located.range, of: text)
            append(.sentence, text: sentence, anchors: located.anchors, block: place.block,
                   previous: previous, intro: index == 0 ? intro : nil, code: located.codeRanges,
                   source: Source(block: place.block, part: place.part, range: located.range))
            previous = sentence
        }
    }

    // MARK: - Lists

    private mutating func addItem(_ item: ListItem, index: Int, intro: String?) {
        let sentences = sentences(of: item.body)
        defer { reuse(sentences) }
        guard let label = item.label, item.boldLabel || siblingsAllLabelled(item, at: index),
              let first = sentences.first
        else {
            addSentences(sentences[...], of: item.body.text, place: (index, 1), before: nil, intro: intro)
            return
        }
        let anchors = item.body.anchors.map(\.anchor)
        let siblings = siblingIndices(of: item, at: index).count
        let description = SentenceSplitter.text(first.range, of: item.body.text)
        let line = note.blocks[index].line
        append(.labelledItem(label: label.text, description: description, listIntro: intro, siblings: siblings),
               text: Self.labelled(label.text, item.body.text), anchors: anchors, block: index, line: line,
               source: Source(block: index, part: 1, range: first.range))
        if sentences.count > 1 {
            // `label: description` is read only as the sentence before a second sentence with a claim.
            let before = sentences[1].anchors.isEmpty ? nil : Self.labelled(label.text, description)
            addSentences(sentences.dropFirst(), of: item.body.text, place: (index, 1), before: before)
        }
        if isFirstSibling(item, at: index) { addList(of: item, at: index, line: line, intro: intro) }
    }

    /// `label: text`, written into a string of exactly its size.
    private static func labelled(_ label: String, _ text: String) -> String {
        String(unsafeUninitializedCapacity: label.utf8.count + 2 + text.utf8.count) { buffer in
            var writer = BufferWriter(buffer)
            writer.append(label)
            writer.append(colonSpace)
            writer.append(text)
            return writer.count
        }
    }

    private static let colonSpace = Array(": ".utf8)
    private static let semicolonSpace = Array("; ".utf8)

    /// Two to four labelled siblings also make one list claim.
    private mutating func addList(of item: ListItem, at index: Int, line: Int, intro: String?) {
        // Every sibling is a list item: their count is known before they are read.
        guard (2...4).contains(siblingIndices(of: item, at: index).count) else { return }
        let siblings = siblingIndices(of: item, at: index).compactMap { position -> ListItem? in
            if case .listItem(let sibling) = note.blocks[position].kind { return sibling }
            return nil
        }
        guard (2...4).contains(siblings.count), siblings.allSatisfy({ $0.label != nil }) else { return }
        let labels = siblings.compactMap { $0.label?.text }
        let anchors = siblings.compactMap { $0.body.anchors.first?.anchor }
        guard anchors.count == siblings.count else { return }
        // `intro: label; label; label`, written into a string of exactly its size.
        let count = (intro.map { $0.utf8.count + 2 } ?? 0) + labels.reduce(2 * (labels.count - 1)) { $0 + $1.utf8.count }
        let text = String(unsafeUninitializedCapacity: count) { buffer in
            var writer = BufferWriter(buffer)
            if let intro {
                writer.append(intro)
                writer.append(Self.colonSpace)
            }
            for (position, label) in labels.enumerated() {
                if position > 0 { writer.append(Self.semicolonSpace) }
                writer.append(label)
            }
            return writer.count
        }
        append(.list(intro: intro, labels: labels), text: text, anchors: anchors, block: index, line: line)
    }

    /// The items of the list level of `item`, the block at `index`.
    private func siblingIndices(of item: ListItem, at index: Int) -> [Int] {
        guard groupOf.indices.contains(index), groupOf[index] >= 0 else { return [] }
        return groups[groupOf[index]]
    }

    private func isFirstSibling(_ item: ListItem, at index: Int) -> Bool {
        siblingIndices(of: item, at: index).first == index
    }

    private func siblingsAllLabelled(_ item: ListItem, at index: Int) -> Bool {
        let siblings = siblingIndices(of: item, at: index)
        return siblings.count >= 2 && siblings.allSatisfy { position in
            if case .listItem(let other) = note.blocks[position].kind { return other.label != nil }
            return false
        }
    }

    /// What introduces a list: the parent item for a nested list, else the
    /// paragraph sentence ending in `:` just before the list.
    private mutating func listIntro(for item: ListItem, at index: Int,
                                    previous: Paragraph?) -> String? {
        if let parent = item.parent, case .listItem(let parentItem) = note.blocks[parent].kind {
            if let label = parentItem.label { return label.text }
            let sentences = sentences(of: parentItem.body)
            defer { reuse(sentences) }
            return sentences.first.map { Self.withoutColon(SentenceSplitter.text($0.range, of: parentItem.body.text)) }
        }
        guard let previous, let first = siblingIndices(of: item, at: index).first, previous.index == first - 1 else {
            return nil
        }
        // The items of a list share their intro: it is found once.
        if let known = lastIntro, known.first == first, known.paragraph == previous.index { return known.intro }
        var intro: String?
        if let range = previous.last {
            let last = SentenceSplitter.text(range, of: previous.text)
            if Self.endsWithColon(last) { intro = Self.withoutColon(last) }
        }
        lastIntro = (first, previous.index, intro)
        return intro
    }

    /// The text without the colons and spaces that end it. On bytes while
    /// the byte before is ASCII (a Character of its own); on Characters otherwise.
    private static func withoutColon(_ text: String) -> String {
        let utf8 = text.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let last = utf8.index(before: end)
            guard utf8[last] == UInt8(ascii: ":") || utf8[last] == 0x20 else { break }
            if last > utf8.startIndex, utf8[utf8.index(before: last)] >= 0x80 {
                var result = text[..<end]
                while result.last == ":" || result.last == " " { result = result.dropLast() }
                return String(result)
            }
            end = last
        }
        return end == utf8.endIndex ? text : String(text[..<end])
    }

    /// `text.hasSuffix(":")`, on its last bytes when they are ASCII.
    private static func endsWithColon(_ text: String) -> Bool {
        let bytes = text.utf8.suffix(2)
        guard bytes.last == UInt8(ascii: ":") else { return false }
        return bytes.count < 2 || bytes.first! < 0x80 ? true : text.hasSuffix(":")
    }

    // MARK: - Tables

    private mutating func addTable(_ table: Table, block: Int) {
        let columns = table.header.map(\.text)
        for row in table.rows {
            guard let rowHeader = row.cells.first?.text, !rowHeader.isEmpty else { continue }
            for (column, cell) in row.cells.enumerated().dropFirst() where column < columns.count {
                let anchors = cell.anchors.map(\.anchor)
                append(.tableCell(row: rowHeader, column: columns[column], columns: Array(columns.dropFirst())),
                       text: cell.text, anchors: anchors, block: block, line: row.line, code: cell.codeRanges)
            }
        }
    }
}
