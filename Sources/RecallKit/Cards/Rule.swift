/// One rule of the card policy: its name, why it exists, examples it lets
/// through and examples it rejects (each checked by a test), and the check.
struct Rule<Subject>: Sendable {
    let name: String
    let reason: String
    /// An example the rule lets through, written as its subject's examples are.
    let good: String
    /// An example the rule rejects.
    let bad: String
    /// More examples each way, for rules with several shapes.
    let alsoGood: [String]
    let alsoBad: [String]
    let rejects: @Sendable (Subject) -> Bool

    init(name: String, reason: String, good: String, bad: String, alsoGood: [String] = [], alsoBad: [String] = [],
         rejects: @escaping @Sendable (Subject) -> Bool) {
        self.name = name
        self.reason = reason
        self.good = good
        self.bad = bad
        self.alsoGood = alsoGood
        self.alsoBad = alsoBad
        self.rejects = rejects
    }

    var goodExamples: [String] { [good] + alsoGood }
    var badExamples: [String] { [bad] + alsoBad }

    /// The first rule of `rules` that rejects `subject`, if any.
    static func firstRejecting(_ rules: [Rule], _ subject: Subject) -> Rule? {
        rules.first { $0.rejects(subject) }
    }
}
