import Foundation
import Testing
@testable import RecallKit

/// Every rule of the card policy lets its good example through and rejects
/// its bad one; every rule and form is written up in docs/cards.md.
@Suite struct CardPolicyTests {
    @Test(arguments: SentenceRules.all.map(\.name))
    func sentenceRule(_ name: String) {
        let rule = SentenceRules.all.first { $0.name == name }!
        for good in rule.goodExamples { #expect(!rule.rejects(RuleExamples.sentence(good)), "good: \(good)") }
        for bad in rule.badExamples { #expect(rule.rejects(RuleExamples.sentence(bad)), "bad: \(bad)") }
    }

    @Test(arguments: BlankRules.all.map(\.name))
    func blankRule(_ name: String) {
        let rule = BlankRules.all.first { $0.name == name }!
        for good in rule.goodExamples { #expect(!rule.rejects(RuleExamples.blank(good)), "good: \(good)") }
        for bad in rule.badExamples { #expect(rule.rejects(RuleExamples.blank(bad)), "bad: \(bad)") }
    }

    @Test(arguments: CardRules.all.map(\.name))
    func cardRule(_ name: String) {
        let rule = CardRules.all.first { $0.name == name }!
        for good in rule.goodExamples { #expect(!rule.rejects(RuleExamples.card(good)), "good: \(good)") }
        for bad in rule.badExamples { #expect(rule.rejects(RuleExamples.card(bad)), "bad: \(bad)") }
    }

    @Test func everyRuleAndFormIsWrittenUp() throws {
        let docs = try String(contentsOf: Fixture.repositoryRoot.appendingPathComponent("docs/cards.md"), encoding: .utf8)
        let names = SentenceRules.all.map(\.name) + BlankRules.all.map(\.name) + CardRules.all.map(\.name)
            + CardForm.all.map(\.name)
        for name in names { #expect(docs.contains("**\(name)**"), "\(name)") }
        #expect(Set(names).count == names.count)
    }
}
