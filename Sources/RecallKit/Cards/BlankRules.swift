/// A span weighed as a cloze's blank: the sentence, the span, and what the
/// note is about.
struct BlankCase: Sendable {
    let sentence: SentenceWords
    let span: Span
    /// The kinship keys of the words of the note's title, of the claim's
    /// headings and of what the whole note is about (`topicKeys`).
    let topic: Set<String>
    let vocabulary: NoteVocabulary
    let reader: NounPhrases.Reader

    init(sentence: SentenceWords, span: Span, topic: Set<String>, vocabulary: NoteVocabulary) {
        self.sentence = sentence
        self.span = span
        self.topic = topic
        self.vocabulary = vocabulary
        reader = sentence.reader(vocabulary.lexicon)
    }

    var lexicon: Lexicon { vocabulary.lexicon }

    var answer: ArraySlice<Word> { sentence.words[span.words] }
    var contentWords: [Word] { answer.filter { !FunctionWords.contains($0.key) } }
    /// The words before the span (at most `count` of them), nearest last.
    func before(_ count: Int) -> ArraySlice<Word> {
        sentence.words[max(0, span.words.lowerBound - count)..<span.words.lowerBound]
    }
    /// The text between two words.
    func gap(after index: Int) -> ArraySlice<Character> {
        let start = sentence.words[index].range.upperBound
        let end = index + 1 < sentence.words.count ? sentence.words[index + 1].range.lowerBound : sentence.characters.count
        return sentence.characters[start..<end]
    }
}

/// The kinship keys of a topic's words (its stems, base forms and
/// families): a blank whose every word meets them is the topic.
func topicKeys(_ stems: some Sequence<String>, lexicon: Lexicon) -> Set<String> {
    stems.reduce(into: Set<String>()) { $0.formUnion(lexicon.kinship(of: $1)) }
}

/// The rules a blank must pass: it holds a term, a name, a number with its
/// unit or a quoted phrase, never filler (CARD-QUALITY.md rules 3 and 4).
/// Examples read `Title › Section | a sentence with its [blank]`.
enum BlankRules {
    /// Nouns of a vague quantity: what follows `a range of` is a broad class.
    static let vagueQuantities: Set<String> = [
        "range", "variety", "lot", "lots", "number", "host", "plethora", "array", "multitude", "kinds", "types",
        "sorts", "bunch", "set", "series", "handful",
    ]

    static let all: [Rule<BlankCase>] = [
        Rule(name: "not the first word",
             reason: "A blank that opens the sentence leaves nothing before it to hang the answer on.",
             good: "AI › Models | The emergence of models like [Deep Seek R1] has highlighted a shift.",
             bad: "AI › Models | [Deep Seek R1] has highlighted a shift towards efficiency.") { blank in
            blank.span.words.lowerBound == 0
        },
        Rule(name: "holds a content word",
             reason: "Articles, pronouns, prepositions and lone letters carry no fact.",
             good: "AI › Labs | The job of a lab is to build a [factory] that turns out models.",
             bad: "AI › Labs | The job of a lab is to build [a] factory that turns out models.") { blank in
            blank.contentWords.isEmpty
                || (blank.answer.count == 1 && blank.answer.first!.text.count < 2)
        },
        Rule(name: "not a lone adjective, verb or adverb",
             reason: "A lone modifier or verb fits any answer (\"a […] improvement\" → significant).",
             good: "Chips › Speed | The new design brings a [speedup] in training.",
             bad: "Chips › Speed | The new design brings a [significant] improvement in training.",
             alsoBad: ["Riddles › Rules | Prisoners are allowed to [strategize] before the game."]) { blank in
            guard blank.answer.count == 1, let word = blank.answer.first, blank.span.kind != .name,
                  blank.span.kind != .number, !word.isAcronym else { return false }
            return !blank.reader.isNoun(blank.span.words.lowerBound)
        },
        Rule(name: "not the topic",
             reason: "The subject of the video or the section is no fact to recall: every card of it would have the same answer.",
             good: "The Krebs cycle › Products | The Krebs cycle produces [NADH] in the mitochondria.",
             bad: "The Krebs cycle › Products | In the mitochondria, the [Krebs cycle] produces NADH.") { blank in
            let stems = blank.contentWords.map { $0.facts.stem }
            return !stems.isEmpty && stems.allSatisfy { !blank.lexicon.kinship(of: $0).isDisjoint(with: blank.topic) }
        },
        Rule(name: "not an item of an example list",
             reason: "One item of \"like A, B and C\" is arbitrary: any of the others would do as well.",
             good: "Dev › Tools | Builds run in [Docker] containers on every commit.",
             bad: "Dev › Tools | Teams rely on tools like [Git], Docker and Nix every day.",
             alsoBad: ["Computers › Interfaces | People will keep using command lines, [GUIs], voice interfaces and more.",
                       "LLMs › Tools | An LLM cannot do tasks such as sending an email or searching the [internet].",
                       "ML › Models | Building models involves defining [input data], inference graphs, loss functions, and optimizers."]) { blank in
            ExampleList.isItem(blank)
        },
        Rule(name: "not an example",
             reason: "What follows \"e.g.\", \"like\" or \"such as\" is one pick among many: the claim is what it illustrates.",
             good: "Models › Sizes | Distilled versions of R1 run locally on a [laptop GPU].",
             bad: "Models › Sizes | Select the desired version (e.g., [14 billion parameter] version).",
             alsoBad: ["Assembly › Tools | An assembler is required, such as the [Netwide Assembler] for x86 chips."]) { blank in
            ExampleList.followsACue(blank)
        },
        Rule(name: "not the kind an example names",
             reason: "The noun an example follows (\"a […] like Couchbase\") is told by the example itself.",
             good: "Data › Stores | Couchbase is a [document database] that keeps JSON.",
             bad: "Data › Stores | Retrieve planet data from a [database] like Couchbase.") { blank in
            ExampleList.precedesACue(blank)
        },
        Rule(name: "not one of two alternatives",
             reason: "\"[…] or JavaScript\" asks to guess the other of a pair.",
             good: "Web › Types | TypeScript adds [static types] to JavaScript.",
             bad: "Web › Types | Servers are written in [TypeScript] or JavaScript.") { blank in
            ExampleList.isAlternative(blank)
        },
        Rule(name: "not what a vague quantity counts",
             reason: "After \"a vast range of\" or \"a variety of\" comes a broad class, not the claim's point.",
             good: "ML › Training | TensorFlow computes gradients with [automatic differentiation].",
             bad: "ML › Training | The library supports a vast range of [optimizers] out of the box.") { blank in
            let before = blank.before(2).map(\.key)
            return before.count == 2 && before[1] == "of" && Self.vagueQuantities.contains(before[0])
        },
        Rule(name: "not worked arithmetic",
             reason: "A number the front computes (\"186+1 positive\") or a step of a worked sum is given away or arbitrary.",
             good: "Ratings › Sellers | The seller had [186] positive reviews out of 200.",
             bad: "Ratings › Sellers | Pretend it's [187] positive reviews out of 202 (186+1 positive, 14+1 negative).",
             alsoBad: ["Riddles › Odds | The chance approaches 1 - ln(2), which is approximately [30.7%]."]) { blank in
            blank.span.kind == .number && blank.sentence.hasArithmetic
        },
        Rule(name: "not a number's unit",
             reason: "The unit after a number left on the front (\"400 […]\" → GB) is a guess at a unit, not a fact.",
             good: "Models › Size | The full model needs about [400 GB] of memory.",
             bad: "Models › Size | The full model needs about 400 [GB] of memory.") { blank in
            blank.span.kind != .number && blank.span.words.lowerBound > 0
                && blank.sentence.words[blank.span.words.lowerBound - 1].isNumber
        },
        Rule(name: "a whole token",
             reason: "A blank that cuts a word at a dot or slash (\"ollama.[…]\", \"Bolt.[…]\") hides a fragment.",
             good: "Tools › Setup | Install [Ollama] from its website.",
             bad: "Tools › Setup | Install Ollama from ollama.[com].",
             alsoBad: ["Riddles › Odds | The chance approaches 1 minus [ln](2) as the boxes grow."]) { blank in
            blank.sentence.cutsAToken(blank.span.words)
        },
        Rule(name: "not an example's parameter",
             reason: "The number of a made-up example (\"say, a stop price at 42.50\") is no fact about the world.",
             good: "Trading › Orders | The exchange opened in [1792] under a buttonwood tree.",
             bad: "Trading › Orders | Say you place a stop order at a price of [42.50] dollars.",
             alsoBad: ["Agents › Dependencies | For instance, in an [Archon v1] agent, the dependencies are a client and a database."]) { blank in
            ExampleList.opensAnExample(blank.sentence.words)
                || (blank.span.kind == .number && blank.before(8).contains { ExampleList.parameterCues.contains($0.key) })
        },
        Rule(name: "not a label's number",
             reason: "\"Step 2\" or \"Example 3\" numbers the note, not the world.",
             good: "Trials › Design | The trial enrolled [300 patients] across four sites.",
             bad: "Trials › Design | The design is shown in example [2] of the lecture.") { blank in
            blank.span.kind == .number && blank.before(1).contains { ExampleList.labelNouns.contains($0.key) }
        },
        Rule(name: "one short fact",
             reason: "A blank of more than five words, or of most of the sentence, is a clause to recite, not a fact.",
             good: "AI › Agents | AI agents are sometimes called [large action models] by researchers.",
             bad: "AI › Agents | Agents are [sometimes referred to as large action models by] researchers.") { blank in
            blank.answer.count > 5 || Double(blank.answer.count) > 0.45 * Double(blank.sentence.words.count)
        },
        Rule(name: "an acronym with its expansion, or neither",
             reason: "Hiding part of `UPI (Unified Payments Interface)` leaves the rest to spell the answer.",
             good: "Payments › UPI | In 2016 India launched [UPI (Unified Payments Interface)] for instant transfers.",
             bad: "Payments › UPI | In 2016 India launched UPI (Unified [Payments Interface]) for instant transfers.",
             alsoBad: ["Assembly › Data | A label is followed by DB (Define [Byte]) to place data in memory."]) { blank in
            blank.sentence.acronymPairs.contains { pair in
                pair.overlaps(blank.span.words) && pair != blank.span.words
            }
        },
        Rule(name: "a quoted phrase whole or not at all",
             reason: "Hiding part of a quoted name of up to four words (\"[…] to real transfer\") leaves the rest of it as the clue.",
             good: "Robots › Training | The robot learned [\"sim to real transfer\"] from teacher models.",
             bad: "Robots › Training | The robot learned \"[sim] to real transfer\" from teacher models.") { blank in
            // A long quote is speech, not a name: a term inside it may be hidden.
            blank.sentence.quotedPhrases.contains { $0.count <= 4 && $0.overlaps(blank.span.words) && $0 != blank.span.words }
        },
        Rule(name: "not inside code or math",
             reason: "Code or a formula cut by a blank reads as garble.",
             good: "Code › Java | The `main` method is called by the [JVM] at start-up.",
             bad: "Code › Java | The `[main]` method is called by the JVM at start-up.") { blank in
            let characters = blank.sentence.characters(blank.span.words)
            return blank.sentence.code.contains { $0.overlaps(characters) }
        },
        Rule(name: "not half of a compound",
             reason: "Hiding one half of a compound term leaves the other half as a clue (\"[…] intervals\").",
             good: "Trials › Results | Crossover trials give narrower [confidence intervals] than parallel ones.",
             bad: "Trials › Results | Crossover trials give narrower [confidence] intervals than parallel ones.",
             alsoBad: ["Images › Scaling | Upscaling uses bi-linear [interpolation] of the pixels.",
                       "Models › Benchmarks | R1 beats OpenAI's o1 [Mini] on most tests."]) { blank in
            let (start, end) = (blank.span.words.lowerBound, blank.span.words.upperBound)
            if blank.span.kind == .name, start > 1, blank.sentence.gap(before: start).elementsEqual([" "]) {
                // `OpenAI's o1 […]` → *Mini*: the name goes on to the left.
                let left = blank.sentence.words[start - 1]
                return left.isOddlyCased || left.isAcronym || (left.isCapitalized && !FunctionWords.contains(left.key))
            }
            guard blank.span.kind != .name, blank.span.kind != .number, blank.span.kind != .definedTerm else { return false }
            let reader = blank.reader
            return blank.sentence.phrases.contains { phrase in
                (phrase.contains(end) && phrase.contains(end - 1))
                    || (phrase.contains(start - 1) && phrase.contains(start) && reader.isClassifier(start - 1))
            }
        },
    ]
}
