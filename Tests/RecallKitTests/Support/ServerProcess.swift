import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The built `recall-server`, run as an operator would: learners added with
/// `user add`, the server on a free loopback port with a fixed clock, and
/// requests made over HTTP.
final class ServerProcess: @unchecked Sendable {
    let data: URL
    let now: String
    private(set) var process: Process?
    private(set) var base = ""

    init(data: URL? = nil, now: String = "2026-11-26T09:00:00+01:00") throws {
        self.data = try data ?? Collections.temporaryDirectory().appendingPathComponent("server")
        self.now = now
    }

    deinit { stop() }

    static var executable: URL {
        RecallProcess.executable.deletingLastPathComponent().appendingPathComponent("recall-server")
    }

    /// Runs `recall-server ARGUMENTS --data DIR` to its end.
    @discardableResult
    func command(_ arguments: [String]) throws -> RecallProcess.Output {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments + ["--data", data.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return RecallProcess.Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                                    stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Adds a learner and returns their token (the last word of the output).
    func addLearner(_ name: String) throws -> String {
        let output = try command(["user", "add", name])
        guard output.status == 0, let token = output.stdout.split(separator: " ").last else {
            throw ServerTestError("user add \(name) failed: \(output.stderr)")
        }
        return token.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Where the server's log goes (standard error).
    var log: URL { data.deletingLastPathComponent().appendingPathComponent("server.log") }

    /// Starts the server and waits for the line that names its port.
    func start(logLevel: String = "warning") throws {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["serve", "--data", data.path, "--port", "0"]
        var environment = ProcessInfo.processInfo.environment
        environment["RECALL_NOW"] = now
        environment["RECALL_LOG"] = logLevel
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        self.process = process
        var text = ""
        let reader = out.fileHandleForReading
        while !text.contains("\n") {
            let chunk = reader.availableData
            if chunk.isEmpty { throw ServerTestError("recall-server ended before listening: \(text)") }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = text.range(of: "http://127.0.0.1:"),
              let port = Int(text[range.upperBound...].prefix { $0.isNumber }) else {
            throw ServerTestError("no port in: \(text)")
        }
        base = "http://127.0.0.1:\(port)"
    }

    /// SIGTERM (a graceful stop) or SIGKILL, and waits for the end.
    func stop(signal: Int32 = SIGTERM) {
        guard let process, process.isRunning else { return }
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
    }

    struct Reply {
        let status: Int
        let body: Data
        let headers: [String: String]
        var text: String { String(decoding: body, as: UTF8.self) }
        var json: Any? { try? JSONSerialization.jsonObject(with: body) }
        var object: [String: Any] { json as? [String: Any] ?? [:] }
        /// The `code` of a JSON error.
        var code: String? { (object["error"] as? [String: Any])?["code"] as? String }
    }

    /// One request, waited for.
    func request(_ method: String, _ path: String, token: String? = nil, body: Data? = nil,
                 type: String? = "application/json") throws -> Reply {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = method
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        if let body {
            request.httpBody = body
            if let type { request.setValue(type, forHTTPHeaderField: "Content-Type") }
        }
        let box = ReplyBox()
        let done = DispatchSemaphore(value: 0)
        URLSession.shared.dataTask(with: request) { data, response, error in
            box.set(data: data, response: response as? HTTPURLResponse, error: error)
            done.signal()
        }.resume()
        done.wait()
        return try box.reply()
    }

    func json(_ method: String, _ path: String, token: String?, _ object: [String: Any]) throws -> Reply {
        try request(method, path, token: token, body: try JSONSerialization.data(withJSONObject: object))
    }

    /// `POST /v1/notes?name=NAME` with the note's Markdown.
    func addNote(_ markdown: String, name: String, token: String) throws -> Reply {
        try request("POST", "/v1/notes?name=\(name)", token: token, body: Data(markdown.utf8), type: "text/markdown")
    }
}

private final class ReplyBox: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?
    private var response: HTTPURLResponse?
    private var error: (any Error)?

    func set(data: Data?, response: HTTPURLResponse?, error: (any Error)?) {
        lock.withLock { (self.data, self.response, self.error) = (data, response, error) }
    }

    func reply() throws -> ServerProcess.Reply {
        try lock.withLock {
            if let error { throw error }
            guard let response else { throw ServerTestError("no response") }
            var headers: [String: String] = [:]
            for (key, value) in response.allHeaderFields {
                if let key = key as? String, let value = value as? String { headers[key.lowercased()] = value }
            }
            return ServerProcess.Reply(status: response.statusCode, body: data ?? Data(), headers: headers)
        }
    }
}

struct ServerTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
