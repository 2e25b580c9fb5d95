import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program running on a pseudo-terminal, driven by keys as a person would.
final class PseudoTerminal {
    let process = Process()
    private var master: Int32 = -1
    private(set) var output = ""
    private var consumed = String.Index?.none

    init(executable: URL, arguments: [String], environment: [String: String]) throws {
        var slave: Int32 = -1
        var size = winsize(ws_row: 30, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw POSIXError(.EIO) }
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        close(master)
    }

    func send(_ keys: String) {
        consumed = output.endIndex
        _ = keys.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, keys.utf8.count) }
    }

    /// Waits (up to `timeout` seconds) until output written since the last
    /// `send` contains `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            drain()
            let fresh = consumed.map { String(output[$0...]) } ?? output
            if fresh.contains(text) { return true }
            usleep(20_000)
        }
        return false
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { return }
            output += String(decoding: buffer[..<count], as: UTF8.self)
        }
    }

    func killHard() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
