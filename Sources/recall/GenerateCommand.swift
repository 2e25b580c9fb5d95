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
            from its note retires its card (kept, hidden from review).
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Note files or folders of notes.", valueName: "path"))
    var paths: [String]

    @Flag(help: "Show the plan (added / updated / unchanged / retired per note) and write nothing.")
    var dryRun = false

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() throws {
        let clock = try global.clock()
        let (files, problems) = NoteFiles.collect(paths)
        let progress = ProgressBar(total: files.count, stream: Terminal.standardError, enabled: !json && files.count > 1)
        let (prepared, failed) = NotePreparation.prepare(files) { progress.advance() }
        progress.finish()
        let failures = problems + failed
        var report = GenerationReport()
        if !prepared.isEmpty {
            // A dry run writes nothing: it reads the collection, or plans against an empty one.
            let database = dryRun ? try global.readingDatabase(orEmpty: true) : try global.database()
            do {
                report = try database.sync(prepared, now: clock.timestamp, dryRun: dryRun)
            } catch {
                throw CommandFailure(error)
            }
        }
        report.record(warnings: prepared.flatMap(\.note.diagnostics), errors: failures)
        try render(report)
        if prepared.isEmpty { throw ExitCode(1) }
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
    }

    private func place(_ problem: GenerationReport.Problem) -> String {
        problem.line > 0 ? "\(problem.file):\(problem.line)" : problem.file
    }
}
