/// What the whole note says about its words: how often each occurs, and
/// which are names (written capitalised mid-sentence, never in lowercase).
/// A class: every claim's cloze maker shares it without copying its tables.
final class NoteVocabulary {
    private struct Entry {
        var count = 0
        var lowercase = false
        var capitalised = false
    }

    /// The counts, filled while the note is read and fixed after.
    private struct Counts {
        var table: WordTable
        var entries: [Entry] = []
        var total = 0

        mutating func add(_ tokens: Tokens) {
            for (index, word) in tokens.words.enumerated() {
                let (slot, inserted) = table.insert(word.key)
                if inserted { entries.append(Entry()) }
                entries[slot].count += 1
                guard word.hasLetter else { continue }
                if !word.isCapitalized {
                    entries[slot].lowercase = true
                } else if index > 0, !NoteVocabulary.opensSentence(word, in: tokens.bytes) {
                    entries[slot].capitalised = true
                }
            }
            total += tokens.words.count
        }
    }

    private let table: WordTable
    private let entries: [Entry]
    private let total: Int
    /// The words of each block's texts (see `texts(of:)`), kept for the sentences cut from them.
    let blockWords: [[Tokens]]

    init(blocks: [Block]) {
        blockWords = blocks.map { Self.texts(of: $0).map(Tokens.init) }
        let bytes = blockWords.reduce(0) { $0 + $1.reduce(0) { $0 + $1.bytes.count } }
        var counts = Counts(table: WordTable(capacity: max(256, bytes / 12)))
        for words in blockWords { words.forEach { counts.add($0) } }
        (table, entries, total) = (counts.table, counts.entries, counts.total)
    }

    init(texts: [String]) {
        var counts = Counts(table: WordTable(capacity: 256))
        texts.forEach { counts.add(Tokens($0)) }
        (table, entries, total, blockWords) = (counts.table, counts.entries, counts.total, [])
    }

    /// The texts of a block the note's words are counted in: a paragraph,
    /// an item's label and body, a table's cells.
    static func texts(of block: Block) -> [String] {
        switch block.kind {
        case .paragraph(let text): return [text.text]
        case .listItem(let item): return [item.label?.text ?? "", item.body.text]
        case .table(let table): return table.rows.flatMap { $0.cells.map(\.text) }
        case .code: return []
        }
    }

    /// The words of `range` of a block's text, taken from the words already
    /// read when the cut is clean; nil otherwise.
    func words(block: Int, part: Int, range: Range<Int>) -> Tokens? {
        guard block < blockWords.count, part < blockWords[block].count else { return nil }
        let tokens = blockWords[block][part]
        guard range.upperBound <= tokens.bytes.count, tokens.canCut(at: range.lowerBound),
              tokens.canCut(at: range.upperBound) else { return nil }
        return TokensBuilder.part(of: tokens, range)
    }

    /// How often the word occurs in the whole note (nil when never).
    func count(of key: WordKey) -> Int? {
        table.index(of: key).map { entries[$0].count }
    }

    /// A word the note keeps coming back to (its subject, such as the
    /// product it is about): hiding it tests nothing.
    func isSubject(_ key: WordKey) -> Bool {
        let count = count(of: key) ?? 0
        return count >= 5 && count * 100 >= total
    }

    /// An acronym, a camel-cased name, or a word the note only ever capitalises.
    func isName(_ word: Word) -> Bool {
        guard word.hasLetter, !word.isStopWord, !Words.anaphoric.contains(word) else { return false }
        if word.isAcronym || word.hasInnerCapital { return true }
        guard word.isCapitalized, let slot = table.index(of: word.key) else { return false }
        return entries[slot].capitalised && !entries[slot].lowercase
    }

    fileprivate static func opensSentence(_ word: Word, in bytes: [UInt8]) -> Bool {
        var position = word.range.lowerBound - 1
        while position >= 0, bytes[position] == 0x20 { position -= 1 }
        guard position >= 0 else { return true }
        let byte = bytes[position]
        return byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "!")
            || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "\"") || byte == 0x9C
    }
}
