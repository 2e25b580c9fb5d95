import ArgumentParser
import Foundation
import RecallKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the cards to a file Anki, another tool, a printer or `recall import` reads.",
        discussion: """
            apkg: an Anki package (note type "recall Front/Back/Source", a deck per note); tsv/csv: Anki's text \
            import (import the apkg once first so the note type exists); json: a lossless backup for \
            `recall import`; md: a printable study sheet. Without --format, the file's extension names \
            the format. The file is written under a temporary name and renamed: a failed export leaves \
            nothing behind. Only a regular file is written (through a symbolic link, the file it leads to; an \
            existing file keeps its mode and owner); -o - writes to standard output.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The file format (default: the file's extension).", valueName: "format"))
    var format: ExportFormat?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The file to write, or - for standard output.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("Only this deck (a note title, `channel::title`, or a parent `channel::`).", valueName: "deck"))
    var deck: String?

    @Flag(help: "apkg: carry each card's SM-2 state and the review log into Anki.")
    var withScheduling = false

    @OptionGroup var day: DayOptions

    var target: ExportTarget { ExportTarget(argument: output) }

    /// `--format`, else the one the file's extension names.
    var chosenFormat: ExportFormat? { format ?? target.impliedFormat }

    func validate() throws {
        guard let format = chosenFormat else {
            if target == .standardOutput { throw ValidationError("-o - (standard output) needs --format apkg|tsv|csv|json|md") }
            throw ValidationError("cannot tell the format of \(output) from its extension; name the file .apkg, .tsv, .csv, "
                + ".json or .md, or give --format")
        }
        if withScheduling && !format.takesScheduling {
            throw ValidationError("--with-scheduling applies to --format apkg (json always carries the schedule and review log)")
        }
    }

    func run() throws {
        let clock = try global.clock()
        guard let format = chosenFormat else { return } // validate() has refused it
        let database = try global.readingDatabase()
        do {
            try database.requireDeck(deck)
            let summary = try CollectionExport.write(format, from: database, to: target, deck: deck,
                                                     withScheduling: withScheduling, clock: clock,
                                                     rolloverHour: day.config(try RecallSettings.load()).rolloverHour)
            let reviews = summary.reviews > 0 ? " and \(summary.reviews) review-log rows" : ""
            Terminal.standardError.write("Wrote \(summary.cards) cards\(reviews) to \(target).\n")
        } catch {
            throw CommandFailure(error)
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
