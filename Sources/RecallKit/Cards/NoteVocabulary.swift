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
    /// Base forms of the words the whole note is about: content words said
    /// in at least a quarter of its blocks (and four times or more).
    let subject: Set<String>
    let lexicon: Lexicon

    init(note: Note, lexicon: Lexicon) {
        self.lexicon = lexicon
        var words: [String: Int] = [:]
        var phrases: [String: Int] = [:]
        var blocks: [String: Int] = [:]
        let texts = Self.texts(of: note)
        for text in texts {
            let sentence = SentenceWords(text, lexicon: lexicon)
            for stem in Set(sentence.words.filter { !FunctionWords.contains($0.key) }.map { lexicon.stem($0.key) }) {
                blocks[stem, default: 0] += 1
            }
            for word in sentence.words where !FunctionWords.contains(word.key) {
                words[lexicon.stem(word.key), default: 0] += 1
            }
            for phrase in sentence.phrases where phrase.count >= 2 {
                phrases[Self.key(sentence.words[phrase], lexicon: lexicon), default: 0] += 1
            }
        }
        self.words = words
        self.phrases = phrases
        subject = Set(blocks.filter { $0.value * 4 >= texts.count && (words[$0.key] ?? 0) >= 4 }.keys)
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
        if let base = baseForms(of: word).first?.lemma { return base }
        let lower = word.lowercased()
        // `LLMs`, `MCPs`, `Nvidias`: a plural or possessive the lexicon cannot undo.
        return lower.count > 3 && lower.hasSuffix("s") && !lower.hasSuffix("ss") ? String(lower.dropLast()) : lower
    }
}
