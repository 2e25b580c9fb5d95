import Dispatch
import GRDB

extension DatabasePool {
    /// Runs two reads at the same time on two connections that see the very
    /// same state of the collection (both start from the writer's queue, so no
    /// commit can come between them), and returns both results.
    func concurrentReads<A: Sendable, B: Sendable>(_ first: @escaping @Sendable (Database) throws -> A,
                                                   _ second: @escaping @Sendable (Database) throws -> B) throws -> (A, B) {
        let one = ResultBox<A>(), two = ResultBox<B>()
        let group = DispatchGroup()
        try writeWithoutTransaction { _ in
            group.enter()
            asyncConcurrentRead { db in
                one.result = Result { try first(db.get()) }
                group.leave()
            }
            group.enter()
            asyncConcurrentRead { db in
                two.result = Result { try second(db.get()) }
                group.leave()
            }
        }
        group.wait()
        guard let a = one.result, let b = two.result else { throw StoreError.failed("a concurrent read did not run") }
        return (try a.get(), try b.get())
    }
}

/// Where a read leaves its result; `group.wait()` orders the write before the read.
private final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
