import Foundation

/// Reads and parses notes, several at a time; results keep the files' order.
public enum NotePreparation {
    /// The notes read and turned into cards, and a diagnostic for each file
    /// that could not be read or parsed. `tick` is called once per file, from
    /// any thread, as each is done.
    public static func prepare(_ files: [String], tick: @escaping @Sendable () -> Void = {})
        -> (notes: [PreparedNote], failures: [Diagnostic]) {
        var notes: [PreparedNote] = []
        var failures: [Diagnostic] = []
        for outcome in outcomes(files, tick: tick) {
            switch outcome {
            case .success(let note): notes.append(note)
            case .failure(let error): failures.append(error)
            }
        }
        return (notes, failures)
    }

    static func outcomes(_ files: [String], tick: @escaping @Sendable () -> Void) -> [Result<PreparedNote, Diagnostic>] {
        let results = ResultSlots(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            let outcome: Result<PreparedNote, Diagnostic>
            switch NoteFiles.read(file) {
            case .failure(let error):
                outcome = .failure(Diagnostic(file: file, line: 0, message: error.reason, severity: .error))
            case .success(let bytes):
                do throws(NoteError) {
                    outcome = .success(try PreparedNote(bytes: bytes, file: file))
                } catch {
                    outcome = .failure(Diagnostic(file: file, line: 0, message: error.reason, severity: .error))
                }
            }
            results.set(index, outcome)
            tick()
        }
        return results.values
    }
}

/// Slots filled from several threads, one per index.
final class ResultSlots: @unchecked Sendable {
    private var slots: [Result<PreparedNote, Diagnostic>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result<PreparedNote, Diagnostic>) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [Result<PreparedNote, Diagnostic>] { slots.compactMap { $0 } }
}
