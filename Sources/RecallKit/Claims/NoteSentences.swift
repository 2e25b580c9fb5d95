/// Every text of a note split into sentences once: each paragraph and item
/// body by its block, and the labels and table cells besides.
public struct NoteSentences: Sendable {
    private let byBlock: [Int: [Sentence]]
    /// The sentences of each text of the note, one array per text, in order.
    public let texts: [[Sentence]]

    init(_ note: Note) {
        var byBlock: [Int: [Sentence]] = [:]
        var texts: [[Sentence]] = []
        for (index, block) in note.blocks.enumerated() {
            switch block.kind {
            case .paragraph(let text):
                byBlock[index] = Sentence.split(text)
                texts.append(byBlock[index]!)
            case .listItem(let item):
                if let label = item.label { texts.append(Sentence.split(label)) }
                byBlock[index] = Sentence.split(item.body)
                texts.append(byBlock[index]!)
            case .table(let table):
                texts += table.rows.flatMap { $0.cells.map(Sentence.split) }
            case .code:
                break
            }
        }
        self.byBlock = byBlock
        self.texts = texts
    }

    /// The sentences of a paragraph or of an item's body.
    func of(block: Int) -> [Sentence] { byBlock[block] ?? [] }
}
