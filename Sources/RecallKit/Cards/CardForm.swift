/// The forms a card can take: one row each, with the kind it is stored as,
/// why it exists, an example, and the maker that offers its candidates for
/// a claim. A new kind of card or question is a new row here.
struct CardForm: Sendable {
    let name: String
    let kind: CardKind
    let reason: String
    /// A card of this form, as `front → back`.
    let example: String
    let make: @Sendable (FormInput) -> [CardCandidate]

    static let all: [CardForm] = [labelQuestion, listRecall, tableValue, nextStep, cloze]

    static let cloze = CardForm(
        name: "cloze", kind: .cloze,
        reason: "A sentence with its one informative span hidden: a term, a name, a number with its unit, a quoted phrase.",
        example: "Progress in AI › Labs: The job of a modern AI lab is to build a […] that reliably turns out models. → factory",
        make: ClozeMaker.candidates)

    static let labelQuestion = CardForm(
        name: "label question", kind: .qa,
        reason: "A labelled item (`**Label**: description`) asks for its label from its description, under its list's lead-in.",
        example: "AI › Research: Solving the research problems behind Deep Seek involves three things. Which one is “Building an organization and process to reliably produce models”? → Organizational Structure",
        make: QuestionMaker.labelQuestion)

    static let listRecall = CardForm(
        name: "list", kind: .list,
        reason: "Two to four labelled items under a lead-in ask for all of them at once.",
        example: "AI › Data: Data remains crucial, serving two main purposes. Name both. → Basic Task Learning; Fuzzy Task Evaluation",
        make: QuestionMaker.listRecall)

    static let tableValue = CardForm(
        name: "table value", kind: .qa,
        reason: "A table cell asks for its value by its row and column.",
        example: "Trials: Comparing Parallel Group Trials and Crossover Trials, what is the Patient Role in Crossover Trials? → Each patient receives multiple treatments",
        make: QuestionMaker.tableValue)

    static let nextStep = CardForm(
        name: "next step", kind: .qa,
        reason: "A step of a numbered procedure asks what comes after the step before it.",
        example: "Java › Setup: To run a Java program: after “Write the source file”, what is the next step? → Compile it with javac",
        make: QuestionMaker.nextStep)
}
