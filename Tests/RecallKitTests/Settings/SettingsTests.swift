import Foundation
import Testing
@testable import RecallKit

/// The settings file read with TOMLKit: values, lines of errors, the file written back.
struct SettingsTests {
    @Test func theFileSetsWhatItNamesAndTheRestKeepsItsDefault() throws {
        let values = try Settings.parse("""
            # mine
            new_per_day = 10
            "rollover_hour" = 0   # midnight
            default_deck = 'redpointai::'
            """, path: "c.toml")
        let settings = Settings(path: "c.toml", fileValues: values)
        let config = settings.schedulerConfig()
        #expect(config.newCardsPerDay == 10 && config.rolloverHour == 0)
        #expect(config.reviewsPerDay == 200 && config.leechThreshold == 8 && config.maximumIntervalDays == 36500)
        #expect(settings.value(.reviewsPerDay) == (.number(200), .standard))
        #expect(settings.value(.newPerDay) == (.number(10), .file))
        #expect(settings.deck(flag: nil) == "redpointai::")
        #expect(settings.deck(flag: "other") == "other")
        #expect(settings.deck(flag: "") == nil)
        let flagged = settings.schedulerConfig(newPerDay: 2, reviewsPerDay: 3, rolloverHour: 4, leechThreshold: 5)
        #expect([flagged.newCardsPerDay, flagged.reviewsPerDay, flagged.rolloverHour, flagged.leechThreshold] == [2, 3, 4, 5] as [Int])
        #expect(Settings(path: "x").deck(flag: nil) == nil)
    }

    @Test func errorsNameTheLineOfTheKey() {
        let cases: [(String, Int)] = [
            ("a = 1\n", 1),
            ("new_per_day = 1\n\n  other.thing = 2\n", 3),
            ("new_per_day = 1\n[section]\nx = 1\n", 2),
            ("new_per_day = 1\n\n\"quoted key\" = 2\n", 3),
            ("new_per_day = 1\nreviews_per_day = 1\nleech_threshold = -2\n", 3),
            ("new_per_day = 1\nnew_per_day = 2\n", 2),
        ]
        for (text, line) in cases {
            #expect(throws: SettingError.self) { try Settings.parse(text, path: "c.toml") }
            do {
                _ = try Settings.parse(text, path: "c.toml")
            } catch {
                guard case .badFile(_, let found, _) = error else { Issue.record("\(error)"); continue }
                #expect(found == line, "\(text)")
            }
        }
    }

    @Test func theFirstProblemInTheFileIsTheOneReported() throws {
        #expect(throws: SettingError.badFile(path: "c.toml", line: 2, message:
            "rollover_hour takes a whole number from 0 to 23 (the hour a study day begins), not 99")) {
            try Settings.parse("new_per_day = 1\nrollover_hour = 99\nzzz = 1\naaa = 2\n", path: "c.toml")
        }
    }

    @Test func settingAKeyKeepsTheOthersAndWritesAFixedOrder() throws {
        let folder = try Collections.temporaryDirectory()
        let path = folder.appendingPathComponent("sub/config.toml").path
        var settings = try Settings.load(path: path)
        #expect(settings.fileValues.isEmpty)
        try settings.set(.defaultDeck, to: .text("a \"b\""))
        try settings.set(.leechThreshold, to: .number(12))
        try settings.set(.newPerDay, to: .number(5))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == """
            # recall settings: `recall config` lists them, `recall config KEY VALUE` sets one.
            new_per_day = 5
            leech_threshold = 12
            default_deck = "a \\"b\\""

            """)
        #expect(try Settings.load(path: path) == settings)
        #expect(throws: SettingError.badArgument(key: .rolloverHour, text: "30")) {
            try settings.set(.rolloverHour, to: .number(30))
        }
        #expect(throws: SettingError.badArgument(key: .rolloverHour, text: "x")) {
            try SettingKey.rolloverHour.value(fromArgument: "x")
        }
        #expect(try SettingKey.rolloverHour.value(fromArgument: "23") == .number(23))
    }

    @Test func theFileIsFoundByEnvironment() {
        #expect(Settings.defaultPath(environment: ["RECALL_CONFIG": "/a/b.toml", "XDG_CONFIG_HOME": "/x"]) == "/a/b.toml")
        #expect(Settings.defaultPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/recall/config.toml")
        #expect(Settings.defaultPath(environment: ["XDG_CONFIG_HOME": "", "HOME": "/h"]) == "/h/.config/recall/config.toml")
    }
}
