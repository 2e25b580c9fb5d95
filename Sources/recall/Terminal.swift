import Foundation

/// What the output streams are: a terminal or not, colour allowed or not.
enum Terminal {
    struct Stream {
        let handle: FileHandle
        let descriptor: Int32

        var isTerminal: Bool { isatty(descriptor) == 1 }

        func write(_ text: String) { handle.write(Data(text.utf8)) }
    }

    static let standardError = Stream(handle: .standardError, descriptor: STDERR_FILENO)
    static let standardOutput = Stream(handle: .standardOutput, descriptor: STDOUT_FILENO)

    /// Both ends are a terminal: the key-driven review can run.
    static var isInteractive: Bool { isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1 }

    /// Colour only on a terminal, and never with `NO_COLOR` set.
    static func allowsColour(_ stream: Stream) -> Bool {
        stream.isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
            && ProcessInfo.processInfo.environment["TERM"] != "dumb"
    }

    /// The columns and rows of the terminal (80 × 24 when it does not say),
    /// or nil when not a terminal.
    static func size(_ stream: Stream) -> (columns: Int, rows: Int)? {
        guard stream.isTerminal else { return nil }
        var size = winsize()
        guard ioctl(stream.descriptor, UInt(TIOCGWINSZ), &size) == 0 else { return (80, 24) }
        return (size.ws_col > 0 ? Int(size.ws_col) : 80, size.ws_row > 0 ? Int(size.ws_row) : 24)
    }

    /// The width of the terminal, or nil when not a terminal.
    static func width(_ stream: Stream) -> Int? {
        guard stream.isTerminal else { return nil }
        var size = winsize()
        guard ioctl(stream.descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }
}

/// ANSI styles, applied only when colour is allowed.
struct Style {
    let enabled: Bool

    func bold(_ text: String) -> String { wrap(text, "1") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func cyan(_ text: String) -> String { wrap(text, "36") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
