import ArgumentParser
import Foundation
import RecallKit

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Show or change the settings that last from run to run.",
        discussion: """
            Without arguments: every setting with its value and where it comes from (the file or the \
            default). With KEY: its value. With KEY VALUE: sets it in the file. The keys: new_per_day \
            (new cards a day, default 20), reviews_per_day (reviews a day, default 200), rollover_hour \
            (0–23, the hour a study day begins, default 4), leech_threshold (lapses that make a card a \
            leech, default 8), default_deck (the deck `recall review` opens, as --deck reads it; "" for \
            every deck, the default), retention_target (50–99, the percent of reviews you aim to pass; \
            `recall stats` colours retention against it, default 90). The file: $RECALL_CONFIG, else $XDG_CONFIG_HOME/recall/config.toml, \
            else ~/.config/recall/config.toml. A flag (--new, --limit, --rollover-hour, --leech-threshold, \
            --deck) overrides a setting for one run.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("A setting: new_per_day, reviews_per_day, rollover_hour, leech_threshold, default_deck or retention_target.",
                                 valueName: "key"))
    var key: String?

    @Argument(help: ArgumentHelp("Its new value.", valueName: "value"))
    var value: String?

    func validate() throws {
        guard let key else { return }
        guard let setting = SettingKey(rawValue: key) else { throw ValidationError(SettingError.unknownKey(key).description) }
        if let value {
            do { _ = try setting.value(fromArgument: value) } catch {
                throw ValidationError(error.description + " (nothing was written)")
            }
        }
    }

    func run() throws {
        let path = RecallSettings.path
        var settings: Settings
        do {
            settings = try Settings.load(path: path)
        } catch {
            throw CommandFailure(value == nil ? error.description
                : error.description + " (nothing was written: fix the file by hand, or remove it)")
        }
        guard let key, let setting = SettingKey(rawValue: key) else {
            printAll(settings)
            return
        }
        guard let value else {
            print(settings.value(setting).value.description)
            return
        }
        do {
            try settings.set(setting, to: try setting.value(fromArgument: value))
        } catch {
            throw CommandFailure(error.description + " (nothing was written)")
        }
        print("\(setting) = \(settings.value(setting).value.toml) (written to \(path))")
    }

    /// Every setting as a TOML line, with where its value comes from.
    private func printAll(_ settings: Settings) {
        let exists = FileManager.default.fileExists(atPath: settings.path)
        print("# \(settings.path)\(exists ? "" : " (no such file: every value is the default)")")
        let lines = SettingKey.allCases.map { key -> (String, String) in
            let (value, source) = settings.value(key)
            var from = source == .file ? "file" : "default"
            if key == .defaultDeck, value == .text("") { from += " (every deck)" }
            return ("\(key) = \(value.toml)", from)
        }
        let width = lines.map(\.0.count).max() ?? 0
        for (line, from) in lines {
            print(line.padding(toLength: width, withPad: " ", startingAt: 0) + "  # " + from)
        }
    }
}
