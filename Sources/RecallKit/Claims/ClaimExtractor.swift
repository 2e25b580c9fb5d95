/// Walks a note's blocks and collects its claims in source order, each with
/// what stands around it (the sentence before, the list's lead-in, the
/// item's label).
public struct ClaimExtractor {
    private let note: Note
    private let lists: ListLevels
    /// The sentences of each text of the note, split once: paragraphs and
    /// item bodies by block index, labels and table cells as well.
    private let split: NoteSentences
    private var claims: [Claim] = []
    /// The last sentence of the block just read, when it was a paragraph.
    private var lastParagraphSentence: (block: Int, sentence: Sentence)?

    public static func claims(of note: Note) -> [Claim] {
        read(note).claims
    }

    /// The note's claims, and the sentences of every text of it.
    public static func read(_ note: Note) -> (claims: [Claim], sentences: NoteSentences) {
        var extractor = ClaimExtractor(note: note)
        extractor.run()
        return (extractor.claims, extractor.split)
    }

    private init(note: Note) {
        self.note = note
        lists = ListLevels(note.blocks)
        split = NoteSentences(note)
    }

    private mutating func run() {
        for (index, block) in note.blocks.enumerated() {
            switch block.kind {
            case .paragraph(let text):
                let sentences = split.of(block: index)
                let before = lastParagraphSentence.flatMap { last in
                    last.block == index - 1 && note.blocks[last.block].section == block.section ? last.sentence : nil
                }
                addSentences(sentences, block: index, context: ClaimContext(previous: before))
                lastParagraphSentence = sentences.last.map { (index, $0) }
            case .listItem(let item):
                addItem(item, block: index)
                lastParagraphSentence = nil
            case .table(let table):
                addTable(table, block: index)
                lastParagraphSentence = nil
            case .code:
                lastParagraphSentence = nil
            }
        }
    }

    private func moments(_ anchors: [Anchor]) -> [Moment] {
        var seen: Set<Int> = []
        return anchors.map(note.moment).filter { seen.insert($0.seconds).inserted }
    }

    private mutating func append(_ shape: Claim.Shape, text: String, anchors: [Anchor], block: Int, line: Int? = nil,
                                 context: ClaimContext, code: [Range<Int>] = [], group: String? = nil) {
        guard let first = anchors.first else { return }
        claims.append(Claim(shape: shape, text: text, moments: moments(anchors), section: note.blocks[block].section,
                            line: line ?? first.line, ordinal: claims.count, context: context, code: code,
                            group: group))
    }

    /// One claim for each sentence with anchors, each knowing the sentence before it.
    private mutating func addSentences(_ sentences: [Sentence], block: Int, context: ClaimContext,
                                       group: String? = nil) {
        var context = context
        for sentence in sentences {
            if !sentence.anchors.isEmpty {
                context.previousMoments = context.previous.map { moments($0.anchors) } ?? []
                append(.sentence, text: sentence.text, anchors: sentence.anchors, block: block, context: context,
                       code: sentence.code, group: group)
            }
            context.previous = sentence
            context.previousInBlock = true
        }
    }

    // MARK: - Lists

    private mutating func addItem(_ item: ListItem, block: Int) {
        let level = lists.level(of: block)
        let group = "list \(item.list) \(item.parent ?? -1) \(item.depth)"
        let (leadIn, leadInAnchors) = self.leadIn(of: item, level: level) ?? ("", [])
        let sentences = split.of(block: block)
        var context = ClaimContext(leadIn: leadIn.isEmpty ? nil : leadIn,
                                   place: place(of: item, block: block, level: level))
        guard let label = item.label, item.boldLabel || lists.allLabelled(level, in: note.blocks),
              let first = sentences.first else {
            addSentences(sentences, block: block, context: context, group: group)
            return
        }
        let anchors = item.body.anchors.map(\.anchor) + (item.body.anchors.isEmpty ? [] : leadInAnchors)
        append(.labelledItem(label: label.text, description: first.text), text: "\(label.text): \(item.body.text)",
               anchors: anchors, block: block, line: note.blocks[block].line, context: context, group: group)
        context.label = label.text
        context.previous = first
        context.previousInBlock = true
        addSentences(Array(sentences.dropFirst()), block: block, context: context, group: group)
        if level.first == block, !leadIn.isEmpty { addList(level, leadIn: leadIn, leadInAnchors: leadInAnchors, group: group) }
    }

    /// Two to four labelled items under a lead-in also make one list claim.
    /// The lead-in's anchors come first: the card shows the lead-in and cites it.
    private mutating func addList(_ level: [Int], leadIn: String, leadInAnchors: [Anchor], group: String) {
        let items = level.compactMap { index -> ListItem? in
            if case .listItem(let item) = note.blocks[index].kind { return item }
            return nil
        }
        let labels = items.compactMap { $0.label?.text }
        let anchors = items.flatMap { $0.body.anchors.map(\.anchor) }
        guard (2...4).contains(items.count), labels.count == items.count, !anchors.isEmpty else { return }
        append(.list(labels: labels), text: "\(leadIn): \(labels.joined(separator: "; "))", anchors: leadInAnchors + anchors,
               block: level[0], line: note.blocks[level[0]].line, context: ClaimContext(leadIn: leadIn), group: group)
    }

    /// What introduces the list of `item`, with its anchors: the item it is
    /// nested under (its label, or its first sentence), else a sentence
    /// ending in `:` just before the list.
    private func leadIn(of item: ListItem, level: [Int]) -> (String, [Anchor])? {
        if let parent = item.parent, case .listItem(let parentItem) = note.blocks[parent].kind {
            if let label = parentItem.label { return (label.text, []) }
            return split.of(block: parent).first.map { (Self.withoutColon($0.text), $0.anchors) }
        }
        guard let first = level.first, first > 0, case .paragraph = note.blocks[first - 1].kind,
              note.blocks[first - 1].section == note.blocks[first].section,
              let last = split.of(block: first - 1).last, last.text.hasSuffix(":") else { return nil }
        return (Self.withoutColon(last.text), last.anchors)
    }

    /// An item's place in its list, with the list's items (labels, or first sentences).
    private func place(of item: ListItem, block: Int, level: [Int]) -> ClaimContext.ListPlace? {
        guard let position = level.firstIndex(of: block) else { return nil }
        let items = level.map { index -> String in
            guard case .listItem(let other) = note.blocks[index].kind else { return "" }
            return other.label?.text ?? split.of(block: index).first?.text ?? ""
        }
        return ClaimContext.ListPlace(number: item.number, items: items, position: position)
    }

    static func withoutColon(_ text: String) -> String {
        var result = Substring(text)
        while result.last == ":" || result.last == " " { result = result.dropLast() }
        return String(result)
    }

    // MARK: - Tables

    private mutating func addTable(_ table: Table, block: Int) {
        let columns = table.header.map(\.text)
        for row in table.rows {
            guard let rowHeader = row.cells.first?.text, !rowHeader.isEmpty else { continue }
            for (column, cell) in row.cells.enumerated().dropFirst() where column < columns.count {
                append(.tableCell(row: rowHeader, column: columns[column], columns: Array(columns.dropFirst())),
                       text: cell.text, anchors: cell.anchors.map(\.anchor), block: block, line: row.line,
                       context: ClaimContext(), code: cell.code)
            }
        }
    }
}

/// The levels of a note's lists: the items that share a list, a parent and
/// a depth, by block index.
struct ListLevels {
    private var levels: [[Int]] = []
    private var levelOf: [Int: Int] = [:]

    init(_ blocks: [Block]) {
        var keys: [String: Int] = [:]
        for (index, block) in blocks.enumerated() {
            guard case .listItem(let item) = block.kind else { continue }
            let key = "\(item.list) \(item.parent ?? -1) \(item.depth)"
            let level = keys[key] ?? levels.count
            if level == levels.count {
                keys[key] = level
                levels.append([])
            }
            levels[level].append(index)
            levelOf[index] = level
        }
    }

    /// The block indices of the items of the level `block` is in.
    func level(of block: Int) -> [Int] {
        levelOf[block].map { levels[$0] } ?? []
    }

    func allLabelled(_ level: [Int], in blocks: [Block]) -> Bool {
        level.count >= 2 && level.allSatisfy { index in
            if case .listItem(let item) = blocks[index].kind { return item.label != nil }
            return false
        }
    }
}
