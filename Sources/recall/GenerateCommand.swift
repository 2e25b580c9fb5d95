import ArgumentParser
import Foundation
import RecallKit

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Read notes and store their cards (new, changed and retired).",
        discussion: """
            PATHs are note files or folders (searched for .md files). Regenerating unchanged \
            notes changes nothing; an edited claim keeps its card and history; a claim gone \
            from its note retires its card (kept, hidden from review). A note is its videoId; \
            without one, its path relative to the folder given (a file given directly: its \
            name), so renaming or moving a note keeps its cards and their history. Notes \
            generated from a folder before whose file is gone are counted; --prune retires \
            their cards (they come back if the note does).
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Note files or folders of notes.", valueName: "path"))
    var paths: [String]

    @Flag(help: "Show the plan (added / updated / unchanged / retired per note) and write nothing.")
    var dryRun = false

    @Flag(help: "Treat each folder given as the whole set of its notes: retire the cards of notes no longer in it.")
    var prune = false

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() throws {
        let clock = try global.clock()
        let (files, problems) = NoteFiles.locate(paths)
        let folders = Self.folders(paths)
        let progress = ProgressBar(total: files.count, stream: Terminal.standardError, enabled: !json && files.count > 1)
        let (prepared, failed) = NotePreparation.prepare(files) { progress.advance() }
        progress.finish()
        let failures = problems + failed
        var report = GenerationReport()
        if !prepared.isEmpty {
            // A dry run writes nothing: it reads the collection, or plans against an empty one.
            let database = dryRun ? try global.readingDatabase(orEmpty: true) : try global.database()
            do {
                report = try database.sync(prepared, now: clock.timestamp, dryRun: dryRun, folders: folders, prune: prune)
            } catch {
                throw CommandFailure(error)
            }
        }
        report.record(warnings: prepared.flatMap(\.note.diagnostics), errors: failures)
        try render(report)
        if prepared.isEmpty { throw ExitCode(1) }
    }

    /// The folders among `paths`, absolute, as the notes found in them record them.
    static func folders(_ paths: [String]) -> [String] {
        var seen: Set<String> = []
        return paths.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
        }.map(NoteFile.absolute).filter { seen.insert($0).inserted }
    }

    private func render(_ report: GenerationReport) throws {
        if json {
            try JSONOutput.print(report)
            return
        }
        let style = Style(enabled: Terminal.allowsColour(Terminal.standardError))
        for warning in report.warnings {
            Terminal.standardError.write("\(place(warning)): \(style.yellow("warning")): \(warning.message)\n")
        }
        for error in report.errors {
            Terminal.standardError.write("\(place(error)): \(style.red("error")): \(error.message)\n")
        }
        guard !report.documents.isEmpty else {
            Terminal.standardError.write("recall: error: no note could be read\n")
            return
        }
        print(GenerationTable(report: report).render())
        if let line = Self.missingLine(report) { print(line) }
        for change in report.learnerChanges { print(Self.learnerLine(change, dryRun: report.dryRun)) }
    }

    /// One line for a card the learner changed whose claim changed in the note.
    static func learnerLine(_ change: GenerationReport.LearnerChange, dryRun: Bool) -> String {
        let line = change.front.replacingOccurrences(of: "\n", with: " — ")
        let front = line.count > 50 ? String(line.prefix(50)) + "…" : line
        switch change.what {
        case .editDropped:
            return "\(change.id): its claim changed, so your edit \(dryRun ? "would be" : "was") dropped: \(front)"
        case .returned:
            return "\(change.id): its claim changed, so the card you retired \(dryRun ? "would come" : "comes") back as a new card: \(front)"
        }
    }

    /// One line on the notes gone from the folders given: what `--prune` did or would do.
    static func missingLine(_ report: GenerationReport) -> String? {
        guard !report.missing.isEmpty else { return nil }
        let count = report.missing.count
        let notes = count == 1 ? "1 note" : "\(count) notes"
        let cards = report.missing.reduce(0) { $0 + $1.cards }
        let cardText = cards == 1 ? "1 card" : "\(cards) cards"
        if report.pruned {
            let verb = report.dryRun ? "would retire" : "retired"
            return "\(notes) no longer in the folder: --prune \(verb) \(cardText) (\(report.missing.map(\.key).joined(separator: ", ")))."
        }
        return "\(notes) generated from this folder before \(count == 1 ? "is" : "are") missing (\(cardText) still in review); --prune retires them."
    }

    private func place(_ problem: GenerationReport.Problem) -> String {
        problem.line > 0 ? "\(problem.file):\(problem.line)" : problem.file
    }
}
