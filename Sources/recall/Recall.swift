import ArgumentParser
import Foundation
import RecallKit

struct Recall: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recall",
        abstract: "Turn video-summary notes into cited flashcards and review them with SM-2.",
        discussion: """
            Every command takes --db PATH and --now ISO8601; the environment variables \
            RECALL_DB and RECALL_NOW set them too. Settings that last (new cards and reviews a day, \
            the rollover hour, the leech threshold, the default deck) are in the file `recall config` \
            names ($RECALL_CONFIG overrides where it is).
            """,
        version: RecallVersion.current,
        subcommands: [ReviewCommand.self, GenerateCommand.self, CardsCommand.self, ShowCommand.self, SuspendCommand.self, UnsuspendCommand.self, ResetCommand.self, EditCommand.self, RetireCommand.self, DecksCommand.self, NotesCommand.self, StatsCommand.self, ExportCommand.self, ImportCommand.self, ConfigCommand.self])
}

enum RecallVersion {
    static let current = "0.1.0"
}
