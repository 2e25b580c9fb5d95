import ArgumentParser
import Foundation
import RecallKit

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the cards to a file another tool (or a printer) reads.",
        discussion: "The file is written under a temporary name and renamed: a failed export leaves nothing behind.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("The file format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "format"))
    var format: Format

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The file to write.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("Only this deck (a note title, `channel::title`, or a parent `channel::`).", valueName: "deck"))
    var deck: String?

    func run() throws {
        let clock = try global.clock()
        let database = try global.database()
        let day = clock.today(rolloverHour: SchedulerConfig.standard.rolloverHour)
        do {
            let cards = try database.cards(CardFilter(deck: deck), on: day)
            guard !cards.isEmpty else {
                throw CommandFailure(deck.map { "no cards in deck \"\($0)\"" } ?? "the collection has no cards to export")
            }
            let text = MarkdownSheet.render(cards)
            try AtomicFile.write(Data(text.utf8), to: output)
            Terminal.standardError.write("Wrote \(cards.count) cards to \(output).\n")
        } catch let error as StoreError {
            throw CommandFailure(error)
        }
    }
}

/// Writes a file under a temporary name beside it, then renames it into
/// place: readers never see half a file, and a failure leaves none.
enum AtomicFile {
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CommandFailure("cannot write \(path): the folder \(directory.path) does not exist")
        }
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw CommandFailure("cannot write \(path): \(error.localizedDescription)")
        }
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CommandFailure("cannot write \(path): \(reason)")
        }
    }
}
