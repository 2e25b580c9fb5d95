import Dispatch
import Foundation
import GRDB

/// Keeps checkpoints (copying the write-ahead log back into the collection
/// file, then flushing it) off the answers' path during a review.
///
/// The writing connection stops checkpointing by itself. Every `interval`
/// commits a second connection checkpoints in the background, while the
/// learner reads the next card (a passive checkpoint never blocks a commit).
/// Once it is done, the writer copies the few pages committed meanwhile, so
/// the log is wholly copied and the next commit starts it over: the log stays
/// small and is rewritten in place, which keeps each commit's flush cheap.
final class BackgroundCheckpointer {
    private let pool: DatabasePool
    private let interval: Int
    private let queue = DispatchQueue(label: "recall.checkpoint")
    /// What the background work touches. The work holds this, never the
    /// checkpointer itself, so the checkpointer always ends on the session's
    /// thread (its `finish` waits on `queue`, which must not be the current one).
    private let worker = Worker()
    /// Commits so far and whether a background checkpoint is under way;
    /// only touched by the session's thread.
    private var commits = 0
    private var running = false
    private var finished = false

    private final class Worker: @unchecked Sendable {
        let lock = NSLock()
        /// The checkpointing connection; only touched on `queue`.
        var connection: DatabaseQueue?
        /// Set when a background checkpoint is done; guarded by `lock`.
        var copied = false
    }

    /// Nil for a collection in memory (it has no log to checkpoint).
    init?(_ database: AppDatabase, interval: Int = 64) {
        guard let pool = database.writer as? DatabasePool else { return nil }
        self.pool = pool
        self.interval = interval
        try? pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
    }

    /// Counts a commit; starts a background checkpoint every `interval`
    /// commits, and finishes one that is done.
    func didCommit() {
        commits += 1
        let worker = worker
        if running, worker.lock.withLock({ () -> Bool in
            defer { worker.copied = false }
            return worker.copied
        }) {
            running = false
            // Only the pages of the last few commits are left to copy.
            try? pool.writeWithoutTransaction { db in _ = try db.checkpoint(.passive) }
        }
        guard !running, commits % interval == 0 else { return }
        running = true
        let path = pool.path
        queue.async {
            do {
                if worker.connection == nil {
                    var config = Configuration()
                    config.busyMode = .timeout(5)
                    worker.connection = try DatabaseQueue(path: path, configuration: config)
                }
                try worker.connection?.writeWithoutTransaction { db in _ = try db.checkpoint(.passive) }
            } catch {
                // Nothing is lost: the log stays, and the next checkpoint copies it.
            }
            worker.lock.withLock { worker.copied = true }
        }
    }

    /// Waits for a running checkpoint and hands checkpointing back to the writer.
    func finish() {
        guard !finished else { return }
        finished = true
        let worker = worker
        queue.sync { worker.connection = nil }
        try? pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 1000") }
    }

    deinit { finish() }
}
