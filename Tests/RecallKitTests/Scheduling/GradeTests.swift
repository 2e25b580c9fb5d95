import Testing
@testable import RecallKit

extension SchedulingTests {
    @Suite struct GradeKeys {
        @Test func digitsReadAsTheirGrade() {
            for grade in Grade.allCases {
                #expect(Grade(key: String(grade.rawValue)) == grade)
            }
        }

        @Test func wordsAndLettersMapToTheButtonGrades() {
            let expected: [String: Grade] = [
                "again": .wrongRecognised, "a": .wrongRecognised,
                "hard": .hardPass, "h": .hardPass,
                "good": .hesitant, "g": .hesitant,
                "easy": .perfect, "e": .perfect,
                "AGAIN": .wrongRecognised, "Good": .hesitant, " e\n": .perfect,
            ]
            for (key, grade) in expected {
                #expect(Grade(key: key) == grade, "\(key)")
            }
        }

        @Test func unknownKeysAreRejected() {
            for key in ["6", "-1", "x", "", "goo", "3.0", "ok", "+3", "03"] {
                #expect(Grade(key: key) == nil, "\(key)")
            }
        }

        @Test func gradesFromThreeUpPass() {
            #expect(Grade.allCases.filter(\.passed) == [.hardPass, .hesitant, .perfect])
        }
    }
}
