import Foundation
import Testing

/// `recall config` and the settings file: a flag beats the file, the file
/// beats the default; a file that is not right stops every command, naming
/// its line; `config KEY VALUE` checks before it writes.
@Suite(.serialized) struct ConfigCommandTests {
    static let keys = "new_per_day, reviews_per_day, rollover_hour, leech_threshold, default_deck, retention_target"

    /// The header line of the first card of a line-mode review, the queue's counts in it.
    private func firstCardLine(_ recall: RecallProcess, _ flags: [String] = []) throws -> String {
        let output = try recall.run(["review"] + flags, input: "q\n")
        #expect(output.status == 0, "\(output.stderr)")
        return output.stdout.split(separator: "\n").first.map(String.init) ?? ""
    }

    /// The study day `stats --json` reports.
    private func statsDate(_ recall: RecallProcess, _ flags: [String] = []) throws -> String? {
        (try recall.json(["stats", "--json"] + flags) as? [String: Any])?["date"] as? String
    }

    private func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path,
                                                withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    @Test func configWithoutAFilePrintsTheDefaultsAndCreatesNothing() throws {
        var (recall, folder) = try RecallProcess.withFreshCollection()
        recall.config = folder.appendingPathComponent("xdg/recall/config.toml").path
        let output = try recall.run(["config"])
        #expect(output.status == 0)
        #expect(output.stderr.isEmpty)
        #expect(output.stdout == """
            # \(recall.config) (no such file: every value is the default)
            new_per_day = 20       # default
            reviews_per_day = 200  # default
            rollover_hour = 4      # default
            leech_threshold = 8    # default
            default_deck = ""      # default (every deck)
            retention_target = 90  # default

            """)
        for key in ["new_per_day": "20", "rollover_hour": "4", "default_deck": ""] {
            #expect(try recall.run(["config", key.key]).stdout == key.value + "\n")
        }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("xdg").path))
        #expect(!FileManager.default.fileExists(atPath: recall.database))
    }

    @Test func theConfigFileIsFoundUnderXDGConfigHome() throws {
        var (recall, folder) = try RecallProcess.withFreshCollection()
        recall.config = ""
        recall.environment["XDG_CONFIG_HOME"] = folder.appendingPathComponent("xdg").path
        recall.environment["HOME"] = folder.appendingPathComponent("home").path
        let set = try recall.run(["config", "new_per_day", "7"])
        let path = folder.appendingPathComponent("xdg/recall/config.toml").path
        #expect(set.stdout == "new_per_day = 7 (written to \(path))\n")
        #expect(FileManager.default.fileExists(atPath: path))
        recall.environment["XDG_CONFIG_HOME"] = ""
        let home = try recall.run(["config"])
        #expect(home.stdout.hasPrefix("# \(folder.appendingPathComponent("home").path)/.config/recall/config.toml (no such file"))
    }

    @Test func newCardsPerDayComesFromTheFlagThenTheFileThenTheDefault() throws {
        let (recall, _) = try RecallProcess.withFreshCollection()
        #expect(try firstCardLine(recall) == "--- card 1 · new · left: 20 new, 0 review, 0 again")
        #expect(try recall.run(["config", "new_per_day", "3"]).status == 0)
        #expect(try String(contentsOfFile: recall.config, encoding: .utf8).hasSuffix("\nnew_per_day = 3\n"))
        #expect(try firstCardLine(recall) == "--- card 1 · new · left: 3 new, 0 review, 0 again")
        #expect(try firstCardLine(recall, ["--new", "5"]) == "--- card 1 · new · left: 5 new, 0 review, 0 again")
        #expect(try recall.run(["config", "new_per_day"]).stdout == "3\n")
        // stats counts today's new cards with the same limit.
        let stats = try recall.json(["stats", "--json"]) as? [String: Any]
        #expect((stats?["today"] as? [String: Any])?["new_available"] as? Int == 3)
    }

    @Test func theRolloverHourComesFromTheFlagThenTheFileThenTheDefault() throws {
        var (recall, _) = try RecallProcess.withFreshCollection()
        recall.now = "2026-11-26T09:00:00+01:00"
        #expect(try recall.run(["generate", "seeds/"]).status == 0)
        #expect(try statsDate(recall) == "2026-11-26")
        try write("# days begin late\nrollover_hour = 10\n", to: recall.config)
        #expect(try statsDate(recall) == "2026-11-25")
        #expect(try statsDate(recall, ["--rollover-hour", "9"]) == "2026-11-26")
        let shown = try recall.run(["config"])
        #expect(shown.stdout.contains("\nrollover_hour = 10     # file\n"), "\(shown.stdout)")
        #expect(shown.stdout.contains("\nnew_per_day = 20       # default\n"))
        // An answer at 09:00 belongs to the 25th, so a card due in one day is due on the 26th.
        let flagged = try recall.run(["review", "--rollover-hour", "4"], input: "good\nq\n")
        #expect(flagged.stdout.contains("\nanswered 4: due 2026-11-27 (1d)\n"), "\(flagged.stdout)")
        let review = try recall.run(["review"], input: "good\nq\n")
        #expect(review.stdout.contains("\nanswered 4: due 2026-11-26 (1d)\n"), "\(review.stdout)")
        let bad = try recall.run(["stats", "--rollover-hour", "24"])
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("recall: error: --rollover-hour must be a whole number from 0 to 23\n"))
    }

    @Test func anUnknownKeyInTheFileIsAnErrorNamingItsLine() throws {
        let (recall, _) = try RecallProcess.withFreshCollection()
        #expect(try recall.run(["generate", "seeds/"]).status == 0)
        try write("new_per_day = 3\n# a comment\nnew_cards = 4\n", to: recall.config)
        let expected = "recall: error: \(recall.config):3: unknown key \"new_cards\"; the keys are \(Self.keys)\n"
        for command in [["decks"], ["stats"], ["cards"], ["review"], ["config"], ["generate", "seeds/"]] {
            let output = try recall.run(command, input: "q\n")
            #expect(output.status == 1, "\(command)")
            #expect(output.stderr == expected, "\(command)")
            #expect(output.stdout.isEmpty, "\(command)")
        }
        let set = try recall.run(["config", "new_per_day", "7"])
        #expect(set.status == 1)
        #expect(set.stderr == "recall: error: \(recall.config):3: unknown key \"new_cards\"; the keys are \(Self.keys) "
            + "(nothing was written: fix the file by hand, or remove it)\n")
        #expect(try String(contentsOfFile: recall.config, encoding: .utf8) == "new_per_day = 3\n# a comment\nnew_cards = 4\n")
    }

    @Test func aBadValueInTheFileIsAnErrorNamingItsLine() throws {
        let (recall, _) = try RecallProcess.withFreshCollection()
        #expect(try recall.run(["generate", "seeds/"]).status == 0)
        let hour = "rollover_hour takes a whole number from 0 to 23 (the hour a study day begins)"
        let cases: [(String, String)] = [
            ("new_per_day = 3\n\nrollover_hour = 24  # too late\n", "3: \(hour), not 24"),
            ("rollover_hour = \"4\"\n", "1: \(hour), not \"4\""),
            ("new_per_day = -1\n", "1: new_per_day takes a whole number, 0 or more, not -1"),
            ("leech_threshold = 0\n", "1: leech_threshold takes a whole number, 1 or more (lapses), not 0"),
            ("new_per_day = 2.5\n", "1: new_per_day takes a whole number, 0 or more, not 2.5"),
            ("\ndefault_deck = 3\n", "2: default_deck takes a deck name in quotes (\"\" for every deck), not 3"),
            ("new_per_day = 3\n[rollover_hour]\nhour = 5\n", "2: \(hour), not a table"),
            ("new_per_day = 3\nrollover_hour =\n", "2: Error while parsing key-value pair: expected value, saw '\\n'"),
        ]
        for (text, message) in cases {
            try write(text, to: recall.config)
            for command in [["stats", "--json"], ["config"]] {
                let output = try recall.run(command)
                #expect(output.status == 1, "\(text)")
                #expect(output.stderr == "recall: error: \(recall.config):\(message)\n", "\(text)")
                #expect(output.stdout.isEmpty)
            }
        }
    }

    @Test func configKeyValueWritesWhatConfigKeyReads() throws {
        let (recall, _) = try RecallProcess.withFreshCollection()
        #expect(try recall.run(["config", "rollover_hour", "5"]).stdout == "rollover_hour = 5 (written to \(recall.config))\n")
        #expect(try recall.run(["config", "default_deck", "redpointai::"]).status == 0)
        #expect(try recall.run(["config", "new_per_day", "0"]).status == 0)
        #expect(try recall.run(["config", "rollover_hour", "6"]).status == 0)
        #expect(try recall.run(["config", "rollover_hour"]).stdout == "6\n")
        #expect(try recall.run(["config", "default_deck"]).stdout == "redpointai::\n")
        #expect(try String(contentsOfFile: recall.config, encoding: .utf8) == """
            # recall settings: `recall config` lists them, `recall config KEY VALUE` sets one.
            new_per_day = 0
            rollover_hour = 6
            default_deck = "redpointai::"

            """)
        #expect(try recall.run(["config"]).stdout == """
            # \(recall.config)
            new_per_day = 0                # file
            reviews_per_day = 200          # default
            rollover_hour = 6              # file
            leech_threshold = 8            # default
            default_deck = "redpointai::"  # file
            retention_target = 90          # default

            """)
        // Quotes and backslashes survive the round trip.
        #expect(try recall.run(["config", "default_deck", #"say "hi" \ there"#]).status == 0)
        #expect(try recall.run(["config", "default_deck"]).stdout == #"say "hi" \ there"# + "\n")
        // No temporary file is left beside it.
        let folder = URL(fileURLWithPath: recall.config).deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test func aBadCommandLineValueOrKeyIsAUsageErrorAndWritesNothing() throws {
        let (recall, _) = try RecallProcess.withFreshCollection()
        #expect(try recall.run(["config", "new_per_day", "4"]).status == 0)
        let before = try String(contentsOfFile: recall.config, encoding: .utf8)
        let cases: [([String], String)] = [
            (["rollover_hour", "24"], "rollover_hour takes a whole number from 0 to 23 (the hour a study day begins), not \"24\" (nothing was written)"),
            (["new_per_day", "many"], "new_per_day takes a whole number, 0 or more, not \"many\" (nothing was written)"),
            (["leech_threshold", "0"], "leech_threshold takes a whole number, 1 or more (lapses), not \"0\" (nothing was written)"),
            (["new_cards", "4"], "unknown setting \"new_cards\"; the settings are \(Self.keys)"),
            (["new_cards"], "unknown setting \"new_cards\"; the settings are \(Self.keys)"),
        ]
        for (arguments, message) in cases {
            let output = try recall.run(["config"] + arguments)
            #expect(output.status == 2, "\(arguments)")
            #expect(output.stderr.hasPrefix("recall: error: \(message)\n"), "\(output.stderr)")
            #expect(try String(contentsOfFile: recall.config, encoding: .utf8) == before)
        }
    }

    @Test func theLeechThresholdComesFromTheFlagThenTheFile() throws {
        /// A card learned on the 26th and forgotten on the 27th: its first lapse.
        func lapse(_ flags: [String]) throws -> String {
            var (recall, _) = try RecallProcess.withFreshCollection()
            #expect(try recall.run(["generate", "seeds/"]).status == 0)
            try write("leech_threshold = 1\n", to: recall.config)
            #expect(try recall.run(["review", "--new", "1"], input: "good\nq\n").status == 0)
            recall.now = "2026-11-27T09:00:00+01:00"
            let output = try recall.run(["review", "--new", "0"] + flags, input: "again\nq\n")
            #expect(output.status == 0, "\(output.stderr)")
            return output.stdout
        }
        #expect(try lapse([]).contains("\nThis card became a leech (1 lapses) and is suspended."))
        #expect(!(try lapse(["--leech-threshold", "8"]).contains("leech")))
    }

    @Test func theDefaultDeckIsWhatReviewOpensWithoutDeck() throws {
        let (recall, _) = try RecallProcess.withFreshCollection()
        #expect(try recall.run(["generate", "seeds/"]).status == 0)
        #expect(try recall.run(["config", "default_deck", "nosuchdeck"]).status == 0)
        let review = try recall.run(["review"], input: "q\n")
        #expect(review.status == 1)
        #expect(review.stderr == "recall: error: \(recall.config): default_deck: no deck matches \"nosuchdeck\"; did you mean "
            + "\"Progress and bottlenecks in AI and robotics\", \"redpointai::Progress and bottlenecks in AI and robotics\" "
            + "or \"redpointai::\"? (recall decks lists them all)\n")
        // --deck overrides it for one run; --deck "" takes every deck.
        #expect(try firstCardLine(recall, ["--deck", "redpointai::"]) == "--- card 1 · new · left: 20 new, 0 review, 0 again")
        #expect(try firstCardLine(recall, ["--deck", ""]) == "--- card 1 · new · left: 20 new, 0 review, 0 again")
        #expect(try recall.run(["config", "default_deck", "REDPOINTAI"]).status == 0)
        #expect(try firstCardLine(recall) == "--- card 1 · new · left: 20 new, 0 review, 0 again")
    }
}
