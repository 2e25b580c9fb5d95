import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Raw keyboard input for the review screen: one key at a time, no echo.
/// The terminal is restored on every way out, Ctrl-C and SIGTERM included.
enum RawTerminal {
    nonisolated(unsafe) private static var saved = termios()
    nonisolated(unsafe) private static var active = false

    static func enable() {
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
        raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
        withUnsafeMutableBytes(of: &raw.c_cc) { bytes in
            bytes[Int(VMIN)] = 1
            bytes[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw)
        active = true
        // A resize interrupts the wait for a key (no SA_RESTART), so the screen is redrawn to the new size.
        var resize = sigaction()
        resize.__sigaction_handler.sa_handler = { _ in }
        sigemptyset(&resize.sa_mask)
        resize.sa_flags = 0
        sigaction(SIGWINCH, &resize, nil)
        for signal in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            Glibc.signal(signal) { number in
                RawTerminal.restore()
                _ = write(STDOUT_FILENO, Screen.leave, Screen.leave.utf8.count)
                _exit(128 + number)
            }
        }
    }

    static func restore() {
        guard active else { return }
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved)
        active = false
    }

    /// The next key: a byte, with escape sequences read whole (the arrows and
    /// page up/down reported, the others as `.other`); `.resize` when the
    /// terminal changed size; `.end` when input closes.
    static func readKey() -> Key {
        var byte: UInt8 = 0
        let count = read(STDIN_FILENO, &byte, 1)
        if count < 0 && errno == EINTR { return .resize }
        guard count == 1 else { return .end }
        switch byte {
        case 0x03, 0x04: return .interrupt
        case 0x0D, 0x0A: return .enter
        case 0x20: return .space
        case 0x1B:
            var next: UInt8 = 0
            var sequence: [UInt8] = []
            if read(STDIN_FILENO, &next, 1) == 1, next == UInt8(ascii: "[") || next == UInt8(ascii: "O") {
                repeat {
                    guard read(STDIN_FILENO, &next, 1) == 1 else { break }
                    sequence.append(next)
                } while !(next >= 0x40 && next <= 0x7E)
            }
            switch String(decoding: sequence, as: UTF8.self) {
            case "A": return .up
            case "B": return .down
            case "5~": return .pageUp
            case "6~": return .pageDown
            default: return .other
            }
        default:
            return .character(Character(Unicode.Scalar(byte)))
        }
    }

    enum Key: Equatable {
        case character(Character)
        case space, enter, interrupt, end, other, up, down, pageUp, pageDown, resize
    }
}

/// Escape sequences for the full-screen review.
enum Screen {
    static let enter = "\u{1B}[?1049h\u{1B}[?25l"
    static let leave = "\u{1B}[?25h\u{1B}[?1049l"
    static let clear = "\u{1B}[H\u{1B}[2J"

    /// An OSC 8 hyperlink: clickable where the terminal supports it, plain text elsewhere.
    static func link(_ text: String, to url: String) -> String {
        "\u{1B}]8;;\(url)\u{1B}\\\(text)\u{1B}]8;;\u{1B}\\"
    }
}
