/// A sentence weighed as the body of a cloze, with whether the sentence
/// before it can be shown too.
struct SentenceCase: Sendable {
    let text: String
    let words: [Word]
    /// Character ranges of code or math.
    let code: [Range<Int>]
    let hasAntecedent: Bool

    init(_ text: String, code: [Range<Int>] = [], hasAntecedent: Bool) {
        self.text = text
        words = Word.words(of: text)
        self.code = code
        self.hasAntecedent = hasAntecedent
    }
}

/// The rules that keep a sentence from becoming a cloze at all. Examples
/// are sentences; `‖` after a sentence means the one before it can be shown.
enum SentenceRules {
    static let all: [Rule<SentenceCase>] = [
        Rule(name: "about the note",
             reason: "A sentence about the note itself (\"This article explores …\") says nothing about the video.",
             good: "The article of the constitution was amended in 1951.",
             bad: "This article explores the current state of AI and robotics.") { sentence in
            let opening = sentence.words.prefix(2).map(\.key)
            return opening.count == 2 && ["this", "the", "these"].contains(opening[0])
                && ["article", "note", "notes", "summary", "page", "document", "post", "overview"].contains(opening[1])
        },
        Rule(name: "points back without its antecedent",
             reason: "A sentence opening with \"This\", \"It\", \"Still,\" or \"Similarly,\" cannot be answered alone; with no sentence before it to show, it makes no card.",
             good: "RL is hard. ‖ This represents a shift from alchemy to industrialization.",
             bad: "This represents a shift from alchemy to industrialization.") { sentence in
            FunctionWords.pointsBack(sentence.words.prefix(2).map(\.text)) && !sentence.hasAntecedent
        },
        Rule(name: "announces a list",
             reason: "A sentence ending in a colon promises a list the cloze would not carry.",
             good: "Data remains crucial for training large models.",
             bad: "Data remains crucial, serving two main purposes:") { sentence in
            sentence.text.hasSuffix(":")
        },
        Rule(name: "a question",
             reason: "A question in the note states no fact to recall.",
             good: "The logistic map models population growth.",
             bad: "What happens when the growth rate exceeds three?") { sentence in
            sentence.text.hasSuffix("?")
        },
        Rule(name: "too short",
             reason: "Fewer than five words leave too little to answer from.",
             good: "Transformers process whole sequences in parallel.",
             bad: "Run an experiment.") { sentence in
            sentence.words.count < 5
        },
        Rule(name: "mostly math or code",
             reason: "Math or code cut into a cloze reads as garble; a sentence that is mostly formula makes no cloze.",
             good: "The logistic map multiplies the population by a growth rate.",
             bad: "$x_{n+1} = R * x_n * (1 - x_n)$ is the equation.") { sentence in
            let code = sentence.code.reduce(0) { $0 + $1.count }
            return Double(code) > 0.3 * Double(sentence.text.count)
        },
    ]
}
