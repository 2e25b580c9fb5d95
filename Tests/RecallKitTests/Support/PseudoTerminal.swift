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

    let columns: Int
    let rows: Int

    init(executable: URL, arguments: [String], environment: [String: String], columns: Int = 80, rows: Int = 30) throws {
        self.columns = columns
        self.rows = rows
        var slave: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
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

    /// Waits (up to `timeout` seconds) until the last frame drawn satisfies
    /// `holds`: a frame still being drawn, or one about to be replaced by
    /// keys not yet handled, is waited out instead of read half-made.
    /// Returns that frame (nil after `timeout`), so the caller checks the very frame that held.
    /// The frame must also have settled: the same over two reads 50 ms apart,
    /// so keys still being handled cannot hand over a frame half replaced.
    func waitForScreen(timeout: Double = 30, _ holds: ([String]) -> Bool) -> [String]? {
        let deadline = Date().addingTimeInterval(timeout)
        var previous: [String]?
        while Date() < deadline {
            let frame = screen()
            if frame == previous, holds(frame) { return frame }
            previous = frame
            usleep(50_000)
        }
        return nil
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { return }
            output += String(decoding: buffer[..<count], as: UTF8.self)
        }
    }

    /// The lines of the last full-screen frame drawn (after the last
    /// clear-screen), escape sequences removed: what the terminal shows.
    func screen() -> [String] {
        drain()
        let frame = output.components(separatedBy: "\u{1B}[H\u{1B}[2J").last ?? ""
        // The terminal turns each "\n" into "\r\n" on the way out.
        return Self.plain(frame).replacingOccurrences(of: "\r", with: "").components(separatedBy: "\n")
    }

    /// `text` without its escape sequences (CSI, and OSC ended by ST or BEL).
    static func plain(_ text: String) -> String {
        var out = ""
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else { out.unicodeScalars.append(scalar); continue }
            switch scalars.next() {
            case "[":
                while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
            case "]":
                while let next = scalars.next() {
                    if next == "\u{07}" { break }
                    if next == "\u{1B}" { _ = scalars.next(); break }
                }
            default: break
            }
        }
        return out
    }

    /// Waits for the program to end, reading what it writes meanwhile (a
    /// program blocked on a full terminal would never end); false after
    /// `timeout` seconds.
    @discardableResult
    func waitForExit(timeout: Double = 30) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline {
            drain()
            usleep(10_000)
        }
        drain()
        if process.isRunning { return false }
        process.waitUntilExit()
        return true
    }

    func killHard() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}
