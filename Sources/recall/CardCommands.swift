import ArgumentParser
import Foundation
import RecallKit

/// The ids every card command takes.
struct CardIds: ParsableArguments {
    @Argument(help: ArgumentHelp("Cards: full ids or unique prefixes of 6 hex digits or more (recall cards lists them).",
                                 valueName: "id"))
    var ids: [String]
}

/// Runs a command that changes cards and prints one line per card.
private func printChanges(_ change: () throws -> [CardChange]) throws {
    let changes: [CardChange]
    do {
        changes = try change()
    } catch {
        throw CommandFailure(error)
    }
    for change in changes { print(change.line) }
}

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show cards in full: text, claim, moments, state, schedule and review history.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var cards: CardIds

    @Flag(help: "Print the cards as JSON (an array).")
    var json = false

    @OptionGroup var day: DayOptions

    func run() throws {
        let clock = try global.clock()
        let database = try global.readingDatabase()
        let today = clock.today(rolloverHour: day.config(try RecallSettings.load()).rolloverHour)
        let details: [CardDetail]
        do {
            details = try database.cardDetails(cards.ids, on: today)
        } catch {
            throw CommandFailure(error)
        }
        if json {
            try JSONOutput.print(details)
            return
        }
        print(details.map { Self.render($0).joined(separator: "\n") }.joined(separator: "\n\n"))
    }

    static func render(_ detail: CardDetail) -> [String] {
        let card = detail.card
        var lines: [String] = []
        func add(_ label: String, _ text: String) {
            let pad = String(repeating: " ", count: 11)
            let body = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .map { $0.offset == 0 ? String($0.element) : pad + $0.element }.joined(separator: "\n")
            lines.append(label.padding(toLength: 11, withPad: " ", startingAt: 0) + body)
        }
        add("id", card.id)
        add("deck", card.deck)
        add("note", "\(detail.noteKey) (\(card.document))")
        add("section", card.section.isEmpty ? "—" : card.section.joined(separator: " › "))
        add("kind", card.kind.rawValue)
        add("front", card.front + (detail.learnerFront != nil ? "   [your edit]" : ""))
        add("back", card.back + (detail.learnerBack != nil ? "   [your edit]" : ""))
        if detail.learnerFront != nil { add("generated", "front: " + detail.generatedFront) }
        if detail.learnerBack != nil { add("generated", "back: " + detail.generatedBack) }
        add("claim", card.claim)
        add("moments", card.moments.map { moment in
            "\(moment.timestamp) (\(moment.seconds) s)" + (moment.url.map { " \($0)" } ?? "")
        }.joined(separator: "\n"))
        add("state", state(detail))
        let schedule = card.schedule
        let interval = schedule.intervalDays == 1 ? "1 day" : "\(schedule.intervalDays) days"
        add("schedule", "EF \(schedule.easinessText) · interval \(interval) · repetitions \(schedule.repetitions)"
            + " · due \(schedule.dueDay?.isoDate ?? "—") · lapses \(schedule.lapses)")
        if detail.reviews.isEmpty {
            add("reviews", "none")
        } else {
            add("reviews", detail.reviews.map { review in
                "\(review.reviewedAt)  grade \(review.grade)  \(review.kind)  interval \(review.intervalBefore) → \(review.intervalAfter)"
            }.joined(separator: "\n"))
        }
        return lines
    }

    private static func state(_ detail: CardDetail) -> String {
        let card = detail.card
        var text: String
        switch card.state {
        case .retired: text = card.isLearnerRetired ? "retired by you" : "retired (its claim left the note)"
        case .young, .mature: text = "review (\(card.state.rawValue))"
        default: text = card.state.rawValue
        }
        if card.schedule.isLeech { text += ", leech" }
        if card.state == .retired, card.schedule.isSuspended { text += ", suspended" }
        return text
    }
}

struct SuspendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suspend",
        abstract: "Take cards out of review (recall unsuspend brings them back).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var cards: CardIds

    func run() throws {
        _ = try global.clock()
        let database = try global.writingExistingDatabase()
        try printChanges { try database.suspendCards(cards.ids) }
    }
}

struct UnsuspendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unsuspend",
        abstract: "Bring suspended cards (leeches too) and cards you retired back into review.",
        discussion: "A leech comes back with its lapses kept: it is flagged again after `leech_repeat` more lapses.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var cards: CardIds

    func run() throws {
        _ = try global.clock()
        let database = try global.writingExistingDatabase()
        try printChanges { try database.unsuspendCards(cards.ids) }
    }
}

struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Make cards new again (their past answers stay in the review log).")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var cards: CardIds

    func run() throws {
        _ = try global.clock()
        let database = try global.writingExistingDatabase()
        try printChanges { try database.resetCards(cards.ids) }
    }
}

struct RetireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retire",
        abstract: "Retire bad cards for good: kept with their history, not regenerated until their claim changes.",
        discussion: "recall unsuspend brings a card you retired back.")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var cards: CardIds

    func run() throws {
        let clock = try global.clock()
        let database = try global.writingExistingDatabase()
        try printChanges { try database.retireCards(cards.ids, now: clock.timestamp) }
    }
}

struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Change cards' front and back (--front, --back, or $EDITOR).",
        discussion: """
            Without --front or --back each card opens in $EDITOR (else vi) as a file with a `front:` line, \
            the front below it, a `back:` line and the back below it; lines starting with # are ignored. \
            Leaving the file unchanged, or emptying it, changes nothing. Your text is kept beside the \
            generated one: generate keeps it until the card's claim changes. --generated drops your edit.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var cards: CardIds

    @Option(help: ArgumentHelp("The new front.", valueName: "text"))
    var front: String?

    @Option(help: ArgumentHelp("The new back.", valueName: "text"))
    var back: String?

    @Flag(help: "Drop your edit: the generated front and back again.")
    var generated = false

    func validate() throws {
        if generated && (front != nil || back != nil) {
            throw ValidationError("--generated drops your edit; it cannot go with --front or --back")
        }
    }

    func run() throws {
        let clock = try global.clock()
        let database = try global.writingExistingDatabase()
        if front != nil || back != nil || generated {
            try printChanges { try database.editCards(cards.ids, front: front, back: back, generated: generated, now: clock.timestamp) }
            return
        }
        let ids: [String]
        do { ids = try database.resolveCards(cards.ids) } catch { throw CommandFailure(error) }
        for id in ids {
            let shown: (front: String, back: String)
            do { shown = try database.shownText(of: id) } catch { throw CommandFailure(error) }
            guard let edited = try EditorFile.edit(id: id, front: shown.front, back: shown.back) else {
                print("\(id): the file was left unchanged or emptied: nothing changed")
                continue
            }
            try printChanges { try database.editCards([id], front: edited.front, back: edited.back, now: clock.timestamp) }
        }
    }
}

/// The file `recall edit` opens in the learner's editor.
enum EditorFile {
    static func text(id: String, front: String, back: String) -> String {
        """
        # recall: card \(id). Change the text under front: and back:, save and quit.
        # Lines starting with # are ignored; leave the file unchanged or empty it to change nothing.
        front:
        \(front)

        back:
        \(back)

        """
    }

    /// The front and back of an edited file; nil when it is empty (comments aside).
    static func parse(_ text: String) throws -> (front: String, back: String)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            .filter { !$0.hasPrefix("#") }
        if lines.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { return nil }
        guard let frontAt = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "front:" }),
              let backAt = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "back:" }), frontAt < backAt else {
            throw CommandFailure("the edited file needs a line \"front:\" and, below it, a line \"back:\"; nothing changed")
        }
        func section(_ part: ArraySlice<String>) -> String {
            part.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return (section(lines[(frontAt + 1)..<backAt]), section(lines[(backAt + 1)...]))
    }

    /// Opens the card in `$EDITOR` (else `vi`); nil when nothing was changed.
    static func edit(id: String, front: String, back: String) throws -> (front: String, back: String)? {
        let original = text(id: id, front: front, back: back)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("recall-edit-\(id)-\(getpid()).txt")
        try Data(original.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let editor = ProcessInfo.processInfo.environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", editor + " \"$1\"", "recall-edit", url.path]
        do { try process.run() } catch { throw CommandFailure("cannot run the editor \"\(editor)\": \(error)") }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CommandFailure("the editor \"\(editor)\" failed (exit \(process.terminationStatus)); nothing changed")
        }
        let edited = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        if edited == original { return nil }
        guard let parsed = try parse(edited) else { return nil }
        if parsed.front.isEmpty || parsed.back.isEmpty {
            throw CommandFailure("the edited file leaves the \(parsed.front.isEmpty ? "front" : "back") empty; nothing changed")
        }
        return parsed
    }
}
