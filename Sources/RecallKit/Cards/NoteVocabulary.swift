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

        /// In two passes: the words' entries are found (most words are met
        /// before, and are only looked up), then counted through one pointer.
        mutating func add(_ tokens: Tokens) {
            let words = tokens.words
            withUnsafeTemporaryAllocation(of: Int.self, capacity: words.count) { slots in
                for (index, word) in words.enumerated() {
                    if let slot = table.index(of: word.key) {
                        slots[index] = slot
                    } else {
                        slots[index] = table.insert(word.key).index
                        entries.append(Entry())
                    }
                }
                entries.withUnsafeMutableBufferPointer { entries in
                    for (index, word) in words.enumerated() {
                        let slot = slots[index]
                        entries[slot].count += 1
                        guard word.hasLetter else { continue }
                        if !word.isCapitalized {
                            entries[slot].lowercase = true
                        } else if index > 0, !NoteVocabulary.opensSentence(word, in: tokens.bytes) {
                            entries[slot].capitalised = true
                        }
                    }
                }
            }
            total += words.count
        }
    }

    private let table: WordTable
    private let entries: [Entry]
    private let total: Int
    /// The words of every block's texts (see `forEachText(of:)`), block after
    /// block, kept for the sentences cut from them; `firstPart[block]` is
    /// where the block's texts begin.
    private let partWords: [Tokens]
    private let firstPart: [Int]

    init(blocks: [Block]) {
        var partWords: [Tokens] = [], firstPart: [Int] = []
        partWords.reserveCapacity(blocks.count + blocks.count / 2)
        firstPart.reserveCapacity(blocks.count + 1)
        var bytes = 0
        for block in blocks {
            firstPart.append(partWords.count)
            Self.forEachText(of: block) { text in
                partWords.append(Tokens(text))
                bytes += text.utf8.count
            }
        }
        firstPart.append(partWords.count)
        var counts = Counts(table: WordTable(capacity: max(256, bytes / 12)))
        partWords.forEach { counts.add($0) }
        (table, entries, total) = (counts.table, counts.entries, counts.total)
        (self.partWords, self.firstPart) = (partWords, firstPart)
    }

    init(texts: [String]) {
        var counts = Counts(table: WordTable(capacity: 256))
        texts.forEach { counts.add(Tokens($0)) }
        (table, entries, total, partWords, firstPart) = (counts.table, counts.entries, counts.total, [], [])
    }

    /// The texts of a block the note's words are counted in: a paragraph,
    /// an item's label and body, a table's cells.
    static func forEachText(of block: Block, _ body: (String) -> Void) {
        switch block.kind {
        case .paragraph(let text):
            body(text.text)
        case .listItem(let item):
            body(item.label?.text ?? "")
            body(item.body.text)
        case .table(let table):
            for row in table.rows {
                for cell in row.cells { body(cell.text) }
            }
        case .code:
            break
        }
    }

    /// The words of `range` of a block's text, taken from the words already
    /// read when the cut is clean; nil otherwise.
    func words(block: Int, part: Int, range: Range<Int>) -> Tokens? {
        guard block >= 0, block + 1 < firstPart.count, part >= 0, firstPart[block] + part < firstPart[block + 1] else {
            return nil
        }
        let tokens = partWords[firstPart[block] + part]
        if range == 0..<tokens.bytes.count { return tokens } // the whole text: its words as they are
        guard range.lowerBound >= 0, range.upperBound <= tokens.bytes.count,
              let words = tokens.wordsOfCut(range) else { return nil }
        return TokensBuilder.part(of: tokens, range, words: words)
    }

    /// How often the word occurs in the whole note (nil when never).
    @inline(__always)
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
