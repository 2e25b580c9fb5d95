import Foundation

/// How well the answer was recalled, on SM-2's published 0–5 scale.
///
/// Grades below 3 are failures: the card restarts. Keys `again`, `hard`,
/// `good` and `easy` map to 1, 3, 4 and 5.
public enum Grade: Int, Sendable, CaseIterable, Codable {
    /// 0: complete blackout.
    case blackout = 0
    /// 1: wrong, but the answer was recognised once shown (`again`).
    case wrongRecognised = 1
    /// 2: wrong, but the answer felt easy to recall once shown.
    case wrongFeltEasy = 2
    /// 3: right, with serious difficulty (`hard`).
    case hardPass = 3
    /// 4: right, after hesitation (`good`).
    case hesitant = 4
    /// 5: perfect recall (`easy`).
    case perfect = 5

    /// Reads what the user typed: a digit `"0"`…`"5"`, or one of
    /// `again`/`a`, `hard`/`h`, `good`/`g`, `easy`/`e` (any case).
    /// Surrounding whitespace is ignored; anything else gives `nil`.
    public init?(key: String) {
        let word = key.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if word.count == 1, let number = Int(word), let grade = Grade(rawValue: number) {
            self = grade
            return
        }
        switch word {
        case "again", "a": self = .wrongRecognised
        case "hard", "h": self = .hardPass
        case "good", "g": self = .hesitant
        case "easy", "e": self = .perfect
        default: return nil
        }
    }

    /// Whether the answer counts as recalled (grade 3 or more).
    public var passed: Bool { rawValue >= 3 }
}
