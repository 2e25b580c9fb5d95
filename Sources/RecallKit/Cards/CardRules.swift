/// A whole candidate card weighed before it is kept: its form, its front
/// (context line included) and its back.
struct CardCase: Sendable {
    let form: String
    let front: String
    let back: String
    /// What the card's list is about, for list and one-of-N questions.
    let leadIn: String?
    let lexicon: Lexicon
    let frontWords: [Word]
    let backWords: [Word]

    init(form: String, front: String, back: String, leadIn: String?, lexicon: Lexicon, frontWords: [Word]? = nil) {
        self.form = form
        self.front = front
        self.back = back
        self.leadIn = leadIn
        self.lexicon = lexicon
        self.frontWords = frontWords ?? Word.words(of: front)
        backWords = Word.words(of: back)
    }
}

/// The rules every card passes whatever its form (CARD-QUALITY.md rules 2,
/// 3 and 5). Examples read `form | front → back`.
enum CardRules {
    static let all: [Rule<CardCase>] = [
        Rule(name: "answer not on the front",
             reason: "The answer, a form of it, half of it, its acronym or its expansion on the front gives it away.",
             good: "cloze | Computability › Turing's proof: Turing proved that no program can decide whether any program [...] → halts",
             bad: "cloze | Computability › The halting problem: Turing proved no program decides whether a program [...] → halts",
             alsoBad: ["cloze | Health › Hype: Chatbots are overhyped, while voice outputs are [...]. → underhyped",
                       "qa | LLMs: {Challenges include}: which of the three is “It's tough to evaluate LLM performance”? → Difficulty in Evaluation"]) { card in
            LeakCheck(lexicon: card.lexicon).leaks(answer: card.backWords, front: card.frontWords,
                                                  contrast: card.form == CardForm.cloze.name)
        },
        Rule(name: "clean text",
             reason: "Markup, timestamps or mojibake left in a card read as garble.",
             good: "cloze | AI › Labs: A lab builds a [...] that turns out models. → factory",
             bad: "cloze | AI › Labs: A lab builds a [...] that turns out **models** [08:51:24]. → factory") { card in
            hasResidue(card.front) || hasResidue(card.back) || hasTimestamp(card.front + " " + card.back)
        },
        Rule(name: "one fact",
             reason: "An answer is a term, a name, a number or a short phrase; a list names at most four items.",
             good: "qa | Trials: which design gives each patient one treatment? → Parallel group trial",
             bad: "qa | Trials: what happens in a crossover trial? → Each patient receives several treatments in turn, each for a period, in an order drawn at random") { card in
            if card.form == CardForm.listRecall.name {
                let items = card.back.components(separatedBy: "; ")
                return items.count > 4 || items.contains { Word.words(of: $0).count > 6 }
            }
            let limit = card.form == CardForm.tableValue.name ? 12 : 8
            return card.backWords.count > limit
        },
        Rule(name: "a list names what it is about",
             reason: "\"Name all three items of this part\" cannot be answered; a list or one-of-N question states its lead-in.",
             good: "list | AI: {Data serves two purposes in training}: name both. → Basic Task Learning; Fuzzy Task Evaluation",
             bad: "list | AI: Name all two items of this part. → Basic Task Learning; Fuzzy Task Evaluation",
             alsoBad: ["list | Ratings: {Seller 1}: name both. → Prior counts; Posterior mean"]) { card in
            (card.form == CardForm.listRecall.name || card.form == CardForm.labelQuestion.name)
                && Word.words(of: card.leadIn ?? "").count < Self.shortestLeadIn
        },
        Rule(name: "a label names something",
             reason: "A label like \"Example 2\" or \"Step 1\" numbers the note; asking for it is trivia.",
             good: "qa | Agents: which one showed the ability to discover new knowledge? → AlphaGo",
             bad: "qa | Agents: which one showed the ability to discover new knowledge? → Example 2",
             alsoBad: ["qa | Models: {Future models will change how users work}: which of the three is “Models may address much harder problems”? → Tackling Difficult Problems"]) { card in
            guard card.form == CardForm.labelQuestion.name || card.form == CardForm.listRecall.name else { return false }
            return card.back.components(separatedBy: "; ").contains { label in
                let words = Word.words(of: label).filter { !FunctionWords.contains($0.key) }
                let structural = { (word: Word) in
                    ExampleList.labelNouns.contains(word.key) || trivialLabels.contains(word.key)
                }
                // `Tackling Difficult Problems`, `Applying the rule`: a summary of the item, not a name of it.
                let summary = words.count > 4 || (words.first.map { $0.key.hasSuffix("ing") && $0.facts.classes.contains(.verb) } ?? false)
                return words.isEmpty || summary || (words.allSatisfy { $0.isNumber || structural($0) } && words.contains(where: structural))
            }
        },
    ]

    /// A lead-in shorter than this is a label (`Seller 1`), not a statement of what a list is about.
    static let shortestLeadIn = 4

    /// Markup and mojibake that must never reach a card.
    static let residue: [[Unicode.Scalar]] = ["[[", "]]", "**", "__", "<a", "</", "data-t", "â€", "Ã", "\u{FFFD}"]
        .map { Array($0.unicodeScalars) }

    /// Whether any of `residue` stands in the text: one pass over its scalars.
    static func hasResidue(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        for start in scalars.indices {
            for pattern in residue where pattern[0] == scalars[start] && start + pattern.count <= scalars.count {
                if scalars[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
            }
        }
        return false
    }

    /// Whether `[02:44]`, `[1:02:03]` or the like stands in the text.
    static func hasTimestamp(_ text: String) -> Bool {
        text.split(separator: "[").dropFirst().contains { piece in
            guard let close = piece.firstIndex(of: "]") else { return false }
            return Timestamp(piece[..<close]) != nil
        }
    }

    /// Words a label may be made of that name no item.
    static let trivialLabels: Set<String> = [
        "note", "tip", "warning", "important", "summary", "other", "misc", "conclusion", "takeaway", "takeaways",
        "key", "overview", "introduction", "background", "result", "results", "example", "examples",
    ]
}
