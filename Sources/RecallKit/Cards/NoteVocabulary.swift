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
    /// Every sentence of the note read once, by its text: the cloze maker
    /// takes its claims' sentences from here.
    let sentences: [String: SentenceWords]
    let lexicon: Lexicon

    init(note: Note, sentences split: NoteSentences, lexicon: Lexicon) {
        self.lexicon = lexicon
        var words: [String: Int] = [:]
        var phrases: [String: Int] = [:]
        var blocks: [String: Int] = [:]
        var sentences: [String: SentenceWords] = [:]
        let texts = split.texts
        for text in texts {
            var stems: Set<String> = []
            for sentence in text {
                let read = sentences[sentence.text] ?? SentenceWords(sentence.text, code: sentence.code, lexicon: lexicon)
                sentences[sentence.text] = read
                for word in read.words where !FunctionWords.contains(word.key) {
                    let stem = word.facts.stem
                    words[stem, default: 0] += 1
                    stems.insert(stem)
                }
                for phrase in read.phrases where phrase.count >= 2 {
                    phrases[Self.key(read.words[phrase], lexicon: lexicon), default: 0] += 1
                }
            }
            for stem in stems { blocks[stem, default: 0] += 1 }
        }
        self.words = words
        self.phrases = phrases
        self.sentences = sentences
        subject = Set(blocks.filter { $0.value * 4 >= texts.count && (words[$0.key] ?? 0) >= 4 }.keys)
        title = Set(Word.words(of: note.title).filter { !FunctionWords.contains($0.key) }.map { $0.facts.stem })
    }

    /// The key a phrase is counted by: its words' base forms.
    static func key(_ words: ArraySlice<Word>, lexicon: Lexicon) -> String {
        words.map { $0.facts.stem }.joined(separator: " ")
    }

    /// The words of a text, read once when it is one of the note's sentences.
    func words(of text: String) -> [Word] {
        sentences[text]?.words ?? Word.words(of: text)
    }

    func count(of word: Word) -> Int { words[word.facts.stem] ?? 0 }

    func count(ofPhrase phrase: ArraySlice<Word>) -> Int {
        phrase.count == 1 ? count(of: phrase.first!) : phrases[Self.key(phrase, lexicon: lexicon)] ?? 0
    }

}
