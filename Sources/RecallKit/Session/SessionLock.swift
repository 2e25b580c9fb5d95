import Foundation

/// One review session per collection at a time: a second one says so
/// instead of answering the same cards. The lock dies with the process.
public struct SessionLock {
    /// Another process holds the lock; `pid` is what it wrote in the lock
    /// file (`?` when it wrote nothing yet).
    public struct Busy: Error, Equatable, Sendable {
        public let pid: String
    }

    private let descriptor: Int32

    /// Takes the lock of the collection at `collection` (a file beside it,
    /// `.review-lock`). When that file cannot be made, there is no lock.
    public init(collection: String) throws(Busy) {
        let path = collection + ".review-lock"
        descriptor = open(path, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else { return }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            var buffer = [UInt8](repeating: 0, count: 32)
            let count = pread(descriptor, &buffer, 32, 0)
            let pid = count > 0 ? String(decoding: buffer[..<count], as: UTF8.self) : "?"
            close(descriptor)
            throw Busy(pid: pid.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, pid, pid.count, 0)
    }

    public func release() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
