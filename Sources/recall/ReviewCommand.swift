import ArgumentParser
import Foundation
import RecallKit

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Today's review: due cards, then new ones, then the ones you missed.",
        discussion: """
            On a terminal: space or enter shows the answer, then one key grades it: 0–5, or \
            a/h/g/e for again/hard/good/easy; u undoes the last answer or bury, s buries the card until \
            tomorrow, o opens the cited moment in the browser (xdg-open or open), j/k or the arrows scroll \
            a card taller than the terminal, q quits. Every answer is saved before the next card is shown. When standard \
            input is not a terminal, one line is read per card with the same words. With an empty \
            collection, the bundled seeds/ are generated first.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("Only this deck (a note title, `channel::title`, or a parent `channel::`); \"\" for every deck.",
                               discussion: "Default: default_deck of `recall config`, else every deck.", valueName: "deck"))
    var deck: String?

    @Option(name: .customLong("new"), help: ArgumentHelp("New cards to introduce today (default: new_per_day of `recall config`, else 20).", valueName: "n"))
    var newCards: Int?

    @Option(help: ArgumentHelp("Reviews to do today at most (default: reviews_per_day, else 200).", valueName: "n"))
    var limit: Int?

    @Option(help: ArgumentHelp("Lapses that make a card a leech, for this run (default: leech_threshold, else 8).", valueName: "n"))
    var leechThreshold: Int?

    @OptionGroup var day: DayOptions

    func validate() throws {
        if let newCards, newCards < 0 { throw ValidationError("--new must be 0 or more") }
        if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
        if let leechThreshold, leechThreshold < 1 { throw ValidationError("--leech-threshold must be 1 or more") }
    }

    func run() throws {
        let clock = try global.clock()
        let settings = try RecallSettings.load()
        let config = settings.schedulerConfig(newPerDay: newCards, reviewsPerDay: limit, rolloverHour: day.rolloverHour,
                                              leechThreshold: leechThreshold)
        // --deck, else default_deck of the settings ("" for every deck).
        let deck = settings.deck(flag: self.deck)
        let database = try global.database()
        let lock: SessionLock
        do {
            lock = try SessionLock(collection: global.databasePath)
        } catch {
            throw CommandFailure("another review session (process \(error.pid)) is using this collection; finish it first")
        }
        defer { lock.release() }
        do {
            // Said on standard error before the screen opens (so it stays once the review ends), and on its first card.
            var seeded: String?
            if try database.isEmpty() {
                seeded = try generateSeeds(into: database, clock: clock)
                Terminal.standardError.write(seeded! + "\n")
            }
            do {
                try database.requireDeck(deck)
            } catch let error as UnknownDeck where self.deck == nil {
                throw CommandFailure("\(settings.path): default_deck: \(error)")
            }
            let session = try ReviewSession(database: database, clock: clock, config: config, options: .init(deck: deck))
            guard try session.current() != nil else {
                let tomorrow = try session.finish().dueTomorrow
                var message = "Nothing to review today\(deck.map { " in \"\($0)\"" } ?? ""): no reviews due and no new cards left. "
                    + "Due tomorrow: \(tomorrow) card\(tomorrow == 1 ? "" : "s")."
                if tomorrow == 0, let next = try database.nextDue(after: session.day, deck: deck) {
                    let days = next.day.daysSince1970 - session.day.daysSince1970
                    message += " Next due: \(next.day.isoDate) (in \(days) days), \(next.cards) card\(next.cards == 1 ? "" : "s")."
                }
                print(message)
                return
            }
            let interactive = Terminal.isInteractive
            if interactive {
                try TerminalReview(session: session, style: Style(enabled: Terminal.allowsColour(Terminal.standardOutput)),
                                   links: Terminal.allowsColour(Terminal.standardOutput), firstNotice: seeded).run()
            } else {
                try LineReview(session: session).run()
            }
            let redrillsLeft = session.counts.redrill
            print(SummaryText(summary: try session.finish(), database: database, day: session.day,
                              redrillsLeft: redrillsLeft).render())
        } catch let error as StoreError {
            throw CommandFailure(error)
        } catch let error as UnknownDeck {
            throw CommandFailure(error)
        }
    }

    /// Fills an empty collection with the bundled seeds; returns the line that says so.
    private func generateSeeds(into database: AppDatabase, clock: Clock) throws -> String {
        let seeded: (folder: String, report: GenerationReport)
        do {
            seeded = try SeedBootstrap.generate(into: database, clock: clock, executable: CommandLine.arguments[0])
        } catch is SeedBootstrap.NoSeeds {
            throw CommandFailure("the collection is empty and no seeds/ folder was found; add notes with: recall generate PATH")
        }
        return "The collection was empty: generated \(seeded.report.added) cards from the bundled seeds (\(seeded.folder))."
    }
}

/// The end-of-session report.
struct SummaryText {
    let summary: SessionSummary
    let database: AppDatabase
    let day: StudyDay
    /// Re-drills still in the queue when the session was left.
    var redrillsLeft = 0

    func render() -> String {
        let left = redrillsLeft == 0 ? [] : [
            "Quit with \(redrillsLeft) re-drill\(redrillsLeft == 1 ? "" : "s") left (cards missed today): "
                + "run recall review again today to drill \(redrillsLeft == 1 ? "it" : "them").",
        ]
        guard summary.answers > 0 else {
            return (left + ["Nothing answered. Due tomorrow: \(summary.dueTomorrow) card\(summary.dueTomorrow == 1 ? "" : "s")."])
                .joined(separator: "\n")
        }
        let percent = summary.passed * 100 / summary.answers
        var lines = [
            "Reviewed \(summary.cards) card\(summary.cards == 1 ? "" : "s") (\(summary.answers) answer\(summary.answers == 1 ? "" : "s"), \(summary.passed) passed, \(percent)%) in \(TextLayout.duration(milliseconds: summary.durationMs)).",
            "Due tomorrow: \(summary.dueTomorrow) card\(summary.dueTomorrow == 1 ? "" : "s").",
        ] + left
        for id in summary.leeches {
            if let card = try? database.card(id: id, on: day) {
                lines.append("Leech (suspended): \(card.back) — re-watch \(card.citation.url ?? card.citation.timestamp)")
            }
        }
        return lines.joined(separator: "\n")
    }
}
