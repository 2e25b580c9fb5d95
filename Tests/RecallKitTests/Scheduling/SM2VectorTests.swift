import Foundation
import Testing
@testable import RecallKit

/// The reference sequences of `sm2-vectors.json`.
struct SM2Vectors: Decodable, Sendable {
    struct State: Decodable, Sendable {
        var grade: Int?
        var easiness: Double
        var repetitions: Int
        var intervalDays: Int

        /// The JSON's decimal easiness (e.g. 2.36) as exact hundredths.
        var easinessHundredths: Int { Int((easiness * 100).rounded()) }
    }

    struct GradeSequence: Decodable, Sendable, CustomTestStringConvertible {
        var grades: [Int]
        var afterEach: [State]
        var testDescription: String { grades.map(String.init).joined(separator: ",") }
    }

    var start: State
    var sequences: [GradeSequence]

    static func load() throws -> SM2Vectors {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        return try decoder.decode(SM2Vectors.self, from: Fixture.data("sm2-vectors.json"))
    }
}

extension SchedulingTests {
    @Suite struct ReferenceVectors {
        @Test func newCardMatchesTheReferenceStart() throws {
            let start = try SM2Vectors.load().start
            #expect(CardSchedule.new.easinessHundredths == start.easinessHundredths)
            #expect(CardSchedule.new.repetitions == start.repetitions)
            #expect(CardSchedule.new.intervalDays == start.intervalDays)
        }

        @Test func fixtureHoldsSequences() throws {
            #expect(try SM2Vectors.load().sequences.count == 8)
        }

        @Test(arguments: try SM2Vectors.load().sequences)
        func sequenceIsReproducedExactly(_ sequence: SM2Vectors.GradeSequence) throws {
            try #require(sequence.grades.count == sequence.afterEach.count)
            var card = CardSchedule.new
            var day = SchedulingTests.day
            for (step, expected) in sequence.afterEach.enumerated() {
                let grade = try #require(Grade(rawValue: sequence.grades[step]))
                #expect(expected.grade == grade.rawValue)
                let outcome = SchedulingTests.sm2.review(card, grade: grade, on: day)
                card = outcome.schedule
                #expect(outcome.scheduled, "step \(step)")
                #expect(card.easinessHundredths == expected.easinessHundredths, "step \(step)")
                #expect(card.repetitions == expected.repetitions, "step \(step)")
                #expect(card.intervalDays == expected.intervalDays, "step \(step)")
                #expect(card.dueDay == day.adding(days: expected.intervalDays), "step \(step)")
                day = try #require(card.dueDay)
            }
        }
    }
}
