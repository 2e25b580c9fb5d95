import ArgumentParser
import Foundation
import RecallKit

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Restore a JSON backup written by `recall export --format json`.",
        discussion: """
            Decks, documents, cards with their schedules and the review log are restored in one \
            transaction, into an empty or an existing collection: cards already there are updated by id \
            (or left alone when they are the same), answers already there are not added again, so importing \
            the same backup twice changes nothing. A file that is not a backup, or was written by a \
            newer recall, is refused and nothing is changed.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The backup to restore (JSON).", valueName: "file"))
    var file: String

    func run() throws {
        let database = try global.database()
        do {
            let report = try BackupImport.run(file: file, into: database)
            let unchanged = report.changedNothing ? " Nothing changed: the collection already held all of it." : ""
            print("Imported \(file): \(report.cardsAdded) cards added, \(report.cardsUpdated) updated, "
                + "\(report.cardsUnchanged) unchanged; \(report.reviewsAdded) review-log rows added, "
                + "\(report.reviewsPresent) already present.\(unchanged)")
        } catch {
            throw CommandFailure(error)
        }
    }
}
