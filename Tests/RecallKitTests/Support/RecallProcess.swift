import Foundation

/// Runs the built `recall` executable as a user would, with its own
/// collection and a fixed clock.
struct RecallProcess {
    struct Output {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    let database: String
    /// The settings file (`RECALL_CONFIG`): beside the collection, so no test
    /// reads or writes the real one.
    var config: String
    var now = "2026-11-26T09:00:00+01:00"
    var environment: [String: String] = [:]

    init(database: String) {
        self.database = database
        config = URL(fileURLWithPath: database).deletingLastPathComponent().appendingPathComponent("config.toml").path
    }

    static func withFreshCollection() throws -> (RecallProcess, URL) {
        let directory = try Collections.temporaryDirectory()
        return (RecallProcess(database: directory.appendingPathComponent("collection.sqlite").path), directory)
    }

    static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("recall")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return Fixture.repositoryRoot.appendingPathComponent(".build/debug/recall")
    }

    @discardableResult
    func run(_ arguments: [String], input: String? = nil) throws -> Output {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = Fixture.repositoryRoot
        var env = ProcessInfo.processInfo.environment
        env["RECALL_DB"] = database
        env["RECALL_NOW"] = now
        env["RECALL_CONFIG"] = config
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    func json(_ arguments: [String]) throws -> Any {
        let output = try run(arguments)
        return try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
    }
}
