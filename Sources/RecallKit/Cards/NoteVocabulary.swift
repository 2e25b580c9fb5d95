/// What a note says and what it is about: how often each word and each
/// noun phrase occurs, and the words of its title. The rules read it to
/// tell a key term from a passing word, and the note's topic from a fact.
struct NoteVocabulary: Sendable {
    /// Occurrences of each word, by its first base form.
    let words: [String: Int]
    /// Occurrences of each noun phrase of two words or more (base forms, joined by spaces).
    let phrases: [String: Int]
    /// Base forms of the title's content words.
    let title: Set<String>
    let lexicon: Lexicon

    init(note: Note, lexicon: Lexicon) {
        self.lexicon = lexicon
        var words: [String: Int] = [:]
        var phrases: [String: Int] = [:]
        for text in Self.texts(of: note) {
            let sentence = SentenceWords(text, lexicon: lexicon)
            for word in sentence.words where !FunctionWords.contains(word.key) {
                words[lexicon.stem(word.key), default: 0] += 1
            }
            for phrase in sentence.phrases where phrase.count >= 2 {
                phrases[Self.key(sentence.words[phrase], lexicon: lexicon), default: 0] += 1
            }
        }
        self.words = words
        self.phrases = phrases
        title = Set(Word.words(of: note.title).filter { !FunctionWords.contains($0.key) }.map { lexicon.stem($0.key) })
    }

    /// The key a phrase is counted by: its words' base forms.
    static func key(_ words: ArraySlice<Word>, lexicon: Lexicon) -> String {
        words.map { lexicon.stem($0.key) }.joined(separator: " ")
    }

    func count(of word: Word) -> Int { words[lexicon.stem(word.key)] ?? 0 }

    func count(ofPhrase phrase: ArraySlice<Word>) -> Int {
        phrase.count == 1 ? count(of: phrase.first!) : phrases[Self.key(phrase, lexicon: lexicon)] ?? 0
    }

    /// Every text of the note: paragraphs, items, labels, cells.
    private static func texts(of note: Note) -> [String] {
        note.blocks.flatMap { block -> [String] in
            switch block.kind {
            case .paragraph(let text): return [text.text]
            case .listItem(let item): return [item.label?.text, item.body.text].compactMap { $0 }
            case .table(let table): return table.rows.flatMap { $0.cells.map(\.text) }
            case .code: return []
            }
        }
    }
}

extension Lexicon {
    /// The form a word is counted and compared by: its first base form, or
    /// the word itself when the lexicon does not know it.
    func stem(_ word: String) -> String {
        baseForms(of: word).first?.lemma ?? word.lowercased()
    }
}
