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
        let outcomes = NotePreparation.prepare(files) { progress.advance() }
        progress.finish()
        var failures = problems
        var prepared: [PreparedNote] = []
        for outcome in outcomes {
            switch outcome {
            case .success(let note): prepared.append(note)
            case .failure(let error): failures.append(error)
            }
        }
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

/// Reads and parses notes, several at a time; results keep the files' order.
enum NotePreparation {
    static func prepare(_ files: [String], tick: @escaping @Sendable () -> Void) -> [Result<PreparedNote, Diagnostic>] {
        let results = ResultSlots(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            let outcome: Result<PreparedNote, Diagnostic>
            switch NoteFiles.read(file) {
            case .failure(let error):
                outcome = .failure(Diagnostic(file: file, line: 0, message: error.reason, severity: .error))
            case .success(let bytes):
                do throws(NoteError) {
                    outcome = .success(try PreparedNote(bytes: bytes, file: file))
                } catch {
                    outcome = .failure(Diagnostic(file: file, line: 0, message: error.reason, severity: .error))
                }
            }
            results.set(index, outcome)
            tick()
        }
        return results.values
    }
}

/// Slots filled from several threads, one per index.
final class ResultSlots: @unchecked Sendable {
    private var slots: [Result<PreparedNote, Diagnostic>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<PreparedNote, Diagnostic>) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Result<PreparedNote, Diagnostic>] { slots.compactMap { $0 } }
}
