/// One rule of the card policy: its name, why it exists, an example it lets
/// through and one it rejects (each checked by a test), and the check.
struct Rule<Subject>: Sendable {
    let name: String
    let reason: String
    /// An example the rule lets through, written as its subject's examples are.
    let good: String
    /// An example the rule rejects.
    let bad: String
    let rejects: @Sendable (Subject) -> Bool

    /// The first rule of `rules` that rejects `subject`, if any.
    static func firstRejecting(_ rules: [Rule], _ subject: Subject) -> Rule? {
        rules.first { $0.rejects(subject) }
    }
}
