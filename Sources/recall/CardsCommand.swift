import ArgumentParser
import Foundation
import RecallKit

struct CardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cards",
        abstract: "List cards with their source and schedule.")

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only this deck (a note title, `channel::title`, or a parent `channel::`).", valueName: "deck"))
    var deck: String?

    @Flag(help: "Only cards due for review today.")
    var due = false

    @Option(help: ArgumentHelp("Only cards whose front, back or claim contains this text.", valueName: "text"))
    var search: String?

    @Flag(help: "Include retired cards (their claim left the note, or you retired them: marked \"retired by you\").")
    var all = false

    @Flag(help: "Print the cards as JSON.")
    var json = false

    @OptionGroup var day: DayOptions

    func run() throws {
        let clock = try global.clock()
        let database = try global.readingDatabase()
        let today = clock.today(rolloverHour: day.config(try RecallSettings.load()).rolloverHour)
        let filter = CardFilter(deck: deck, dueOnly: due, search: search, includeRetired: all)
        let cards: [CardListing]
        do {
            try database.requireDeck(deck)
            cards = try database.cards(filter, on: today)
        } catch {
            throw CommandFailure(error)
        }
        if json {
            try JSONOutput.print(cards)
            return
        }
        let style = Style(enabled: Terminal.allowsColour(Terminal.standardOutput))
        let width = Terminal.width(Terminal.standardOutput)
        var lastDeck: String?
        for card in cards {
            if card.deck != lastDeck {
                if lastDeck != nil { print("") }
                print(style.bold(card.deck))
                lastDeck = card.deck
            }
            print(CardLine(card: card, style: style, width: width).render())
        }
        if cards.isEmpty { Terminal.standardError.write(noCardsLine() + "\n") }
    }

    /// One line saying why the listing is empty: what was asked for, or that there are no cards yet.
    private func noCardsLine() -> String {
        var asked: [String] = []
        if let deck { asked.append("in deck \"\(deck)\"") }
        if due { asked.append("due today") }
        if let search, !search.isEmpty { asked.append("containing \"\(search)\"") }
        guard !asked.isEmpty else { return "No cards yet. Add notes with: recall generate NOTES" }
        return "No cards \(asked.joined(separator: ", "))."
    }
}

/// One card in a listing: id, state, due day, and the front on one line.
struct CardLine {
    let card: CardListing
    let style: Style
    let width: Int?

    func render() -> String {
        let id = String(card.id.prefix(8))
        let state = card.state.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
        let due = (card.schedule.dueDay?.isoDate ?? "").padding(toLength: 10, withPad: " ", startingAt: 0)
        let front = card.front.split(separator: "\n").last.map(String.init) ?? card.front
        var text = "\(front)  → \(card.back)"
        if card.isLearnerRetired { text = "[retired by you] " + text } else if card.isEdited { text = "[edited] " + text }
        let used = 8 + 2 + 9 + 1 + 10 + 2
        if let width, width > used + 10, text.count > width - used {
            text = String(text.prefix(width - used - 1)) + "…"
        }
        return "\(style.dim(id))  \(state) \(style.dim(due))  \(text)"
    }
}
