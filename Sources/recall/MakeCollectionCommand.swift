import ArgumentParser
import Foundation
import RecallKit

/// Builds a large collection for benchmarks: copies of the cards of the
/// given notes, with about `--reviews-per-card` answers each over the past
/// year. Hidden from the main help.
struct MakeCollectionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "make-collection",
        abstract: "Build a synthetic collection of N cards with a year of review history (for benchmarks).",
        shouldDisplay: false)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "How many cards.")
    var cards: Int

    @Option(help: "Answers per card over the past year (one card in ten stays new).")
    var reviewsPerCard = 10

    @Option(help: ArgumentHelp("Notes to copy cards from (files or folders).", valueName: "path"))
    var from: [String] = ["seeds"]

    func validate() throws {
        guard cards > 0 else { throw ValidationError("N must be at least 1") }
        guard reviewsPerCard >= 0 else { throw ValidationError("--reviews-per-card must be 0 or more") }
    }

    func run() throws {
        let clock = try global.clock()
        let database = try global.database()
        guard try database.isEmpty() else { throw CommandFailure("make-collection needs an empty collection (\(global.databasePath))") }
        let (files, _) = NoteFiles.collect(from)
        let notes = files.compactMap { file -> PreparedNote? in
            guard case .success(let bytes) = NoteFiles.read(file) else { return nil }
            return try? PreparedNote(bytes: bytes, file: file)
        }
        guard !notes.isEmpty else { throw CommandFailure("no notes to copy cards from in \(from.joined(separator: ", "))") }
        let builder = SyntheticCollection(cards: cards, reviewsPerCard: reviewsPerCard,
                                          today: clock.today(rolloverHour: SchedulerConfig.standard.rolloverHour))
        let started = Date()
        let made = try builder.build(into: database, from: notes, now: clock.timestamp)
        print("made \(made.cards) cards and \(made.reviews) review-log rows in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    }
}
