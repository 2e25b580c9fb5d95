import ArgumentParser
import Foundation
import RecallKit

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Add, list and remove learners; give a learner a new token.",
        subcommands: [Add.self, List.self, Remove.self, Token.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a learner and print their token (shown once).")
        @OptionGroup var data: DataOption
        @Argument(help: "The learner's name (lowercase letters, digits, - _ .).") var name: String

        func run() throws {
            let token = try UserCommand.carry { try data.registry().add(name, now: Clock(now: Date(), timeZone: .current).timestamp) }
            print("Added \(name). Their token (shown once; keep it secret): \(token)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the learners.")
        @OptionGroup var data: DataOption

        func run() throws {
            let registry = try data.registry()
            let learners = try UserCommand.carry { try registry.list() }
            if learners.isEmpty { print("No learners yet: recall-server user add NAME") }
            for learner in learners {
                let path = registry.collectionPath(of: learner.name)
                let stored = FileManager.default.fileExists(atPath: path) ? path : "no collection yet"
                print("\(learner.name)\tsince \(learner.createdAt)\t\(stored)")
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a learner: their token stops working; their collection is kept under removed/.")
        @OptionGroup var data: DataOption
        @Argument(help: "The learner's name.") var name: String

        func run() throws {
            let moved = try UserCommand.carry { try data.registry().remove(name, now: Clock(now: Date(), timeZone: .current).timestamp) }
            print("Removed \(name)." + (moved.map { " Their collection was moved to \($0)." } ?? ""))
        }
    }

    struct Token: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give a learner a new token; the old one stops working.")
        @OptionGroup var data: DataOption
        @Argument(help: "The learner's name.") var name: String

        func run() throws {
            let token = try UserCommand.carry { try data.registry().newToken(name) }
            print("New token for \(name) (the old one no longer works): \(token)")
        }
    }

    /// Runs `body`; a registry problem is a one-line error (exit 1).
    static func carry<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let problem as LearnerRegistry.Problem {
            FileHandle.standardError.write(Data("recall-server: error: \(problem)\n".utf8))
            throw ExitCode(1)
        }
    }
}
