import Foundation

/// `recall import FILE`: reads a JSON backup and restores it into the
/// collection in one transaction; on any failure nothing is changed.
public enum BackupImport {
    public static func run(file: String, into database: AppDatabase) throws -> RestoreReport {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else {
            throw ImportError.unreadable(file: file, reason: "the file does not exist")
        }
        guard !isFolder.boolValue else { throw ImportError.unreadable(file: file, reason: "it is a folder, not a file") }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw ImportError.unreadable(file: file, reason: AtomicFile.reason(error))
        }
        let backup = try JSONBackup.decode(data, file: file)
        do {
            return try database.restore(backup)
        } catch let error as BackupProblems {
            throw ImportError.invalid(file: file, problems: error.problems)
        }
    }
}
