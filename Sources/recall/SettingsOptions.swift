import ArgumentParser
import Foundation
import RecallKit

/// The settings file of this run (`$RECALL_CONFIG`, else
/// `$XDG_CONFIG_HOME/recall/config.toml`, else `~/.config/recall/config.toml`).
enum RecallSettings {
    static var path: String { Settings.defaultPath(environment: ProcessInfo.processInfo.environment) }

    /// The settings in force; a file that cannot be read, is not TOML, or
    /// holds an unknown key or a bad value fails the command (exit 1),
    /// naming its line.
    static func load() throws -> Settings {
        do {
            return try Settings.load(path: path)
        } catch {
            throw CommandFailure(error.description)
        }
    }
}

/// `--rollover-hour`, for the commands that need today's date.
struct DayOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The hour (0–23) a study day begins, for this run.",
                               discussion: "Default: rollover_hour of `recall config`, else 4.", valueName: "hour"))
    var rolloverHour: Int?

    func validate() throws {
        if let rolloverHour, !(0...23).contains(rolloverHour) {
            throw ValidationError("--rollover-hour must be a whole number from 0 to 23")
        }
    }

    /// The scheduler's numbers for this run: this flag over the settings file over the defaults.
    func config(_ settings: Settings) -> SchedulerConfig {
        settings.schedulerConfig(rolloverHour: rolloverHour)
    }
}
