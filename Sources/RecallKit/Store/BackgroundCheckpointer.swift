import Dispatch
import GRDB

/// Keeps checkpoints (copying the write-ahead log back into the collection
/// file, then flushing it) off the answers' path during a review. The
/// writing connection stops checkpointing by itself, and every `interval`
/// commits a second connection checkpoints in the background while the
/// learner reads the next card. A passive checkpoint never blocks a commit,
/// so an answer costs its own commit and nothing more.
final class BackgroundCheckpointer: @unchecked Sendable {
    private let pool: DatabasePool
    private let interval: Int
    private let queue = DispatchQueue(label: "recall.checkpoint")
    /// The checkpointing connection; only touched on `queue`.
    private var connection: DatabaseQueue?
    /// Commits so far; only touched by the session's thread.
    private var commits = 0
    private var finished = false

    /// Nil for a collection in memory (it has no log to checkpoint).
    init?(_ database: AppDatabase, interval: Int = 64) {
        guard let pool = database.writer as? DatabasePool else { return nil }
        self.pool = pool
        self.interval = interval
        try? pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 0") }
    }

    /// Counts a commit; every `interval` commits, checkpoints in the background.
    func didCommit() {
        commits += 1
        guard commits % interval == 0 else { return }
        let path = pool.path
        queue.async { [self] in
            do {
                if connection == nil {
                    var config = Configuration()
                    config.busyMode = .timeout(5)
                    connection = try DatabaseQueue(path: path, configuration: config)
                }
                try connection?.writeWithoutTransaction { db in _ = try db.checkpoint(.passive) }
            } catch {
                // Nothing is lost: the log stays, and the next checkpoint (or the writer's, after the review) copies it.
            }
        }
    }

    /// Waits for a running checkpoint and hands checkpointing back to the writer.
    func finish() {
        guard !finished else { return }
        finished = true
        queue.sync { connection = nil }
        try? pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_autocheckpoint = 1000") }
    }

    deinit { finish() }
}
