import ArgumentParser
import RecallKit

struct DecksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decks",
        abstract: "List decks with their new, due and learned cards.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the decks as JSON.")
    var json = false

    @OptionGroup var day: DayOptions

    func run() throws {
        let clock = try global.clock()
        let database = try global.readingDatabase()
        let config = day.config(try RecallSettings.load())
        let decks: [DeckSummary]
        do {
            decks = try database.decks(on: clock.today(rolloverHour: config.rolloverHour))
        } catch {
            throw CommandFailure(error)
        }
        if json {
            try JSONOutput.print(decks)
            return
        }
        guard !decks.isEmpty else {
            print("No decks yet. Add notes with: recall generate PATH")
            return
        }
        let style = Style(enabled: Terminal.allowsColour(Terminal.standardOutput))
        let nameWidth = min(60, max(4, decks.map(\.name.count).max() ?? 4))
        print(style.bold("deck".padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            + "    new    due  learned  total"))
        for deck in decks {
            let name = deck.name.count > nameWidth ? String(deck.name.prefix(nameWidth - 1)) + "…" : deck.name
            print(name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
                + pad(deck.new, 7) + pad(deck.due, 7) + pad(deck.learned, 9) + pad(deck.total, 7))
        }
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
