/// A sentence weighed as the body of a cloze, with whether the sentence
/// before it can be shown too.
struct SentenceCase: Sendable {
    let text: String
    let words: [Word]
    /// Character ranges of code or math.
    let code: [Range<Int>]
    let hasAntecedent: Bool

    init(_ text: String, code: [Range<Int>] = [], hasAntecedent: Bool) {
        self.init(words: Word.words(of: text), text: text, code: code, hasAntecedent: hasAntecedent)
    }

    init(words: [Word], text: String, code: [Range<Int>], hasAntecedent: Bool) {
        self.text = text
        self.words = words
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
            let keys = sentence.words.prefix(3).map(\.key)
            let documents: Set<String> = ["article", "note", "notes", "summary", "page", "document", "post", "overview"]
            return (keys.count >= 2 && ["this", "these"].contains(keys[0]) && documents.contains(keys[1]))
                || (keys.count == 3 && keys[0] == "in" && keys[1] == "this" && documents.contains(keys[2]))
        },
        Rule(name: "points back without its antecedent",
             reason: "A sentence opening with \"This\", \"It\", \"Still,\" or \"Similarly,\" cannot be answered alone; with no sentence before it to show, it makes no card.",
             good: "RL is hard. ‖ This represents a shift from alchemy to industrialization.",
             bad: "This represents a shift from alchemy to industrialization.",
             alsoGood: ["Without connections, an LLM cannot do tasks such as sending an email.",
                        "When a field describes a fluid, curl measures how this imagined fluid rotates.",
                        "Curl is written with the nabla operator. This notation is more than a mnemonic."],
             alsoBad: ["If one matches each of these people with an integer, some are left over."]) { sentence in
            !sentence.hasAntecedent && FunctionWords.refersBack(FunctionWords.opening(sentence.words, of: sentence.text))
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
