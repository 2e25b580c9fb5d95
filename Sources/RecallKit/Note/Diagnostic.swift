/// A problem found in a note: where it is (`file:line`) and what it means for the user.
///
/// Warnings are recoverable: the note is still read. Errors stop one note but
/// never the others of the same run.
public struct Diagnostic: Error, Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case warning, error }

    public var file: String
    /// 1-based line; 0 when the problem concerns the whole file.
    public var line: Int
    public var message: String
    public var severity: Severity

    public init(file: String, line: Int, message: String, severity: Severity = .warning) {
        self.file = file
        self.line = line
        self.message = message
        self.severity = severity
    }

    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        return "\(place): \(severity.rawValue): \(message)"
    }
}
