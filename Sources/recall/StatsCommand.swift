import ArgumentParser
import Foundation
import RecallKit

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Progress: today, streak, retention, forecast, a year of reviews, and what you forget.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only this deck (a note title, `channel::title`, or a parent `channel::`).", valueName: "deck"))
    var deck: String?

    @Flag(help: "Print the figures as JSON.")
    var json = false

    @Option(help: ArgumentHelp("Also write a self-contained HTML report with charts to this file (- for standard output).", valueName: "file"))
    var html: String?

    @OptionGroup var day: DayOptions

    func validate() throws {
        if json && html == "-" { throw ValidationError("--json and --html - would both write to standard output; pick one") }
    }

    func run() throws {
        let clock = try global.clock()
        let database = try global.readingDatabase()
        let settings = try RecallSettings.load()
        let config = day.config(settings)
        let stats: Statistics
        do {
            try database.requireDeck(deck)
            stats = try database.statistics(on: clock.today(rolloverHour: config.rolloverHour), config: config, deck: deck)
        } catch {
            throw CommandFailure(error)
        }
        if let html {
            let target = ExportTarget(argument: html)
            do {
                try target.write(Data(HTMLReport(stats: stats).render().utf8))
            } catch {
                throw CommandFailure(error)
            }
            if !json { Terminal.standardError.write("Wrote the report to \(target).\n") }
        }
        if json {
            FileHandle.standardOutput.write(Data(stats.json.utf8))
        } else if html == nil || (html != "-" && Terminal.standardOutput.isTerminal) {
            print(StatsDashboard(stats: stats, style: Style(enabled: Terminal.allowsColour(Terminal.standardOutput)),
                                 target: settings.retentionTarget).render())
        }
    }
}
