import Foundation

/// A one-line progress bar on a terminal; silent elsewhere.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let stream: Terminal.Stream
    private let enabled: Bool
    private var done = 0
    private var lastDrawn = -1
    private let lock = NSLock()

    init(total: Int, stream: Terminal.Stream, enabled: Bool) {
        self.total = total
        self.stream = stream
        self.enabled = enabled && stream.isTerminal && total > 1
    }

    func advance() {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        let percent = done * 100 / max(total, 1)
        guard percent != lastDrawn else { return }
        lastDrawn = percent
        let width = 30
        let filled = done * width / max(total, 1)
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        stream.write("\r\(bar) \(done)/\(total) notes")
    }

    func finish() {
        guard enabled else { return }
        stream.write("\r\u{1B}[2K")
    }
}
