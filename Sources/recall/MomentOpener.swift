import Foundation
import RecallKit

/// Opens a card's cited moment in the browser (the review's `o` key):
/// `xdg-open URL`, else `open URL`, whichever is found first in `PATH`.
/// The opener runs on its own, its output thrown away, so the review
/// screen stays as it was.
enum MomentOpener {
    static let programs = ["xdg-open", "open"]

    /// The first opener found in `PATH`.
    static func program(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> String? {
        let folders = (path ?? "").split(separator: ":").map(String.init)
        for name in programs {
            for folder in folders where !folder.isEmpty {
                let candidate = folder + "/" + name
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isFolder), !isFolder.boolValue,
                   FileManager.default.isExecutableFile(atPath: candidate) {
                    return candidate
                }
            }
        }
        return nil
    }

    /// Opens `moment` and returns the one line the screen shows about it.
    static func open(_ moment: Moment) -> String {
        let stamp = moment.timestamp
        guard let url = moment.url else { return "This card's note has no video link to open." }
        guard let program = program() else {
            return "Opening a browser is not available here: neither xdg-open nor open is in PATH."
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = [url]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return "Could not run \(program): \(error.localizedDescription)"
        }
        return "Opened ▶ \(stamp) in the browser (\((program as NSString).lastPathComponent))."
    }
}
