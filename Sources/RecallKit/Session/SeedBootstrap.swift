import Foundation

/// Generates the bundled seed notes into an empty collection, so that
/// `swift run recall review` is the whole set-up.
public enum SeedBootstrap {
    /// No `seeds/` folder with notes was found.
    public struct NoSeeds: Error, Equatable, Sendable {}

    /// Generates the notes of the seed folder (see `seedFolder`) into
    /// `database`; returns the folder and what was stored.
    public static func generate(into database: AppDatabase, clock: Clock,
                                executable: String) throws -> (folder: String, report: GenerationReport) {
        guard let folder = seedFolder(executable: executable) else { throw NoSeeds() }
        let notes = NotePreparation.prepare(NoteFiles.collect([folder]).files).notes
        let report = try database.sync(notes, now: clock.timestamp, dryRun: false)
        return (folder, report)
    }

    /// `seeds/` in the current folder, or beside the package of the
    /// executable at `executable` (up to five folders up).
    public static func seedFolder(executable: String) -> String? {
        var candidates = [FileManager.default.currentDirectoryPath + "/seeds"]
        var directory = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(directory.appendingPathComponent("seeds").path)
            directory.deleteLastPathComponent()
        }
        return candidates.first { path in
            let files = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return files.contains { $0.hasSuffix(".md") }
        }
    }
}
