import Foundation

/// Reads and parses notes, several at a time; results keep the files' order.
public enum NotePreparation {
    /// The notes read and turned into cards, and a diagnostic for each file
    /// that could not be read or parsed. `tick` is called once per file, from
    /// any thread, as each is done.
    public static func prepare(_ files: [String], tick: @escaping @Sendable () -> Void = {})
        -> (notes: [PreparedNote], failures: [Diagnostic]) {
        prepare(files.map { NoteFile(path: $0) }, tick: tick)
    }

    /// As above, each note known by its path relative to its folder. Two
    /// notes of one video in one run: the first is the video's note, the
    /// others are known by video and path (with a warning).
    public static func prepare(_ files: [NoteFile], tick: @escaping @Sendable () -> Void = {})
        -> (notes: [PreparedNote], failures: [Diagnostic]) {
        var notes: [PreparedNote] = []
        var failures: [Diagnostic] = []
        for outcome in outcomes(files, tick: tick) {
            switch outcome {
            case .success(let note): notes.append(note)
            case .failure(let error): failures.append(error)
            }
        }
        return (separated(notes, files: files), failures)
    }

    /// Notes sharing a key after the first get `videoId/relative path`.
    private static func separated(_ notes: [PreparedNote], files: [NoteFile]) -> [PreparedNote] {
        var first: [String: String] = [:]
        return notes.map { prepared in
            guard let earlier = first[prepared.source] else {
                first[prepared.source] = prepared.note.file
                return prepared
            }
            let key = "\(prepared.source)/\(prepared.relativePath)"
            guard case .success(let bytes) = NoteFiles.read(prepared.note.file),
                  var copy = try? PreparedNote(bytes: bytes, file: prepared.note.file, relativePath: prepared.relativePath,
                                               folder: prepared.folder, key: key) else { return prepared }
            copy.note.diagnostics.append(Diagnostic(file: prepared.note.file, line: 0, message:
                "\(earlier) has the same videoId; this note is known by its path (\(key)) instead"))
            return copy
        }
    }

    static func outcomes(_ files: [NoteFile], tick: @escaping @Sendable () -> Void) -> [Result<PreparedNote, Diagnostic>] {
        let results = ResultSlots(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let located = files[index]
            let file = located.path
            let outcome: Result<PreparedNote, Diagnostic>
            switch NoteFiles.read(file) {
            case .failure(let error):
                outcome = .failure(Diagnostic(file: file, line: 0, message: error.reason, severity: .error))
            case .success(let bytes):
                do throws(NoteError) {
                    outcome = .success(try PreparedNote(bytes: bytes, file: file, relativePath: located.relativePath,
                                                          folder: located.folder))
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
