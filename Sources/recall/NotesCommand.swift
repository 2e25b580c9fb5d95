import ArgumentParser
import RecallKit

struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "List the notes in the collection, or retire a note's cards.",
        discussion: """
            A note is known by its key: its videoId, else its path relative to the folder \
            given to generate (a file given directly: its name).
            """,
        subcommands: [NotesList.self, NotesRemove.self],
        defaultSubcommand: NotesList.self)
}

struct NotesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the notes: key, cards in review and retired, title, path.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the notes as JSON.")
    var json = false

    func run() throws {
        _ = try global.clock()
        let database = try global.readingDatabase()
        let notes: [NoteSummary]
        do {
            notes = try database.notes()
        } catch {
            throw CommandFailure(error)
        }
        if json {
            try JSONOutput.print(notes)
            return
        }
        guard !notes.isEmpty else {
            print("No notes yet. Add notes with: recall generate PATH")
            return
        }
        print(Self.table(notes, style: Style(enabled: Terminal.allowsColour(Terminal.standardOutput))))
    }

    static func table(_ notes: [NoteSummary], style: Style) -> String {
        let keyWidth = min(40, max(4, notes.map(\.key.count).max() ?? 4))
        let titleWidth = min(50, max(5, notes.map(\.title.count).max() ?? 5))
        func cut(_ text: String, _ width: Int) -> String {
            let shown = text.count > width ? String(text.prefix(width - 1)) + "…" : text
            return shown.padding(toLength: width, withPad: " ", startingAt: 0)
        }
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: " ", count: max(0, width - text.count)) + text
        }
        var lines = [style.bold(cut("note", keyWidth) + "  cards  retired  " + cut("title", titleWidth) + "  path")]
        for note in notes {
            lines.append(cut(note.key, keyWidth) + pad(note.active, 7) + pad(note.retired, 9) + "  "
                + cut(note.title, titleWidth) + "  " + note.path)
        }
        let active = notes.reduce(0) { $0 + $1.active }, retired = notes.reduce(0) { $0 + $1.retired }
        lines.append("")
        lines.append("\(notes.count == 1 ? "1 note" : "\(notes.count) notes"): \(active) cards in the collection, \(retired) retired.")
        return lines.map { $0.replacingTrailingSpaces() }.joined(separator: "\n")
    }
}

struct NotesRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Retire every card of the notes named (kept with their history).",
        discussion: """
            NOTE is a note's key (as recall notes shows it) or the path it was generated from. \
            If the note's file is still in a folder you generate, the next generate brings its \
            cards back: delete or move the file first.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Notes to remove: keys or paths.", valueName: "note"))
    var notes: [String]

    func run() throws {
        let clock = try global.clock()
        let database = try global.writingExistingDatabase()
        let removals: [NoteRemoval]
        do {
            removals = try database.removeNotes(notes, now: clock.timestamp)
        } catch {
            throw CommandFailure(error)
        }
        for removal in removals {
            let cards = removal.retired == 1 ? "1 card" : "\(removal.retired) cards"
            print(removal.retired == 0
                ? "\(removal.key) (\(removal.title)): no cards left in review; nothing changed."
                : "\(removal.key) (\(removal.title)): retired \(cards).")
        }
    }
}

private extension String {
    func replacingTrailingSpaces() -> String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
