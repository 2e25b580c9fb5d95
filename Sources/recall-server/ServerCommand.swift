import ArgumentParser
import Foundation
import Hummingbird
import Logging
import RecallKit

/// `recall-server`: serves the API and the web review page; `user …` manages learners.
@main
struct RecallServer: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recall-server",
        abstract: "The study-app backend: an HTTP API and a web review page for many learners.",
        subcommands: [Serve.self, UserCommand.self],
        defaultSubcommand: Serve.self)
}

/// `--data DIR`, shared by every command.
struct DataOption: ParsableArguments {
    @Option(help: ArgumentHelp("The server's data folder (default: $XDG_DATA_HOME/recall/server, else ~/.local/share/recall/server).",
                               valueName: "dir"))
    var data: String?

    var folder: String {
        if let data, !data.isEmpty { return data }
        let environment = ProcessInfo.processInfo.environment
        if let home = environment["XDG_DATA_HOME"], !home.isEmpty { return home + "/recall/server" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share/recall/server"
    }

    func registry() throws -> LearnerRegistry {
        do {
            return try LearnerRegistry(folder: folder)
        } catch {
            throw ValidationError("cannot open the data folder \(folder): \(error)")
        }
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the server until SIGTERM or Ctrl-C (requests under way are finished first).")

    @OptionGroup var data: DataOption

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port (0: any free port; the one taken is printed).")
    var port = 8080

    func run() async throws {
        let registry = try data.registry()
        var logger = Logger(label: "recall-server")
        logger.logLevel = ProcessInfo.processInfo.environment["RECALL_LOG"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        let store = SQLiteStore(registry: registry, clock: try ServerClock(environment: ProcessInfo.processInfo.environment))
        let router = Router(context: APIContext.self)
        router.add(middleware: LogRequestsMiddleware(.info)) // method and path only: never a header, so never a token
        router.add(middleware: JSONErrorMiddleware())
        APIRoutes(store: store, throttle: LoginThrottle(), openAPI: try Self.openAPIDocument()).register(on: router)
        let host = self.host
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "recall-server"),
            onServerRunning: { channel in
                print("recall-server listening on http://\(host):\(channel.localAddress?.port ?? 0) (data: \(registry.folder))")
                fflush(nil)
            },
            logger: logger)
        try await app.runService()
    }

    /// The API's description, bundled with the server.
    static func openAPIDocument() throws -> String {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml") else {
            throw ValidationError("openapi.yaml is missing from the server's resources")
        }
        return try String(contentsOf: url, encoding: .utf8)
    }
}
