import Foundation

/// The text of a note file, made safe to parse: no byte-order mark, `\n` line
/// endings, valid Unicode, mojibake repaired.
///
/// Bytes that are not UTF-8 are read as Windows-1252 (what such files almost
/// always are) and reported by line; a file holding NUL bytes is refused as
/// binary.
public struct NoteText: Sendable {
    public let text: String
    public let diagnostics: [Diagnostic]

    public enum Failure: Error, Equatable, Sendable {
        case empty
        case binary
    }

    public init(bytes: [UInt8], file: String) throws(Failure) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var diagnostics: [Diagnostic] = []
        var decoded: String
        if let utf16 = Self.decodeUTF16(body) {
            decoded = utf16
        } else {
            if body.withUnsafeBufferPointer({ ByteScan.firstIndex(of: 0, in: $0) }) != nil { throw .binary }
            if let valid = String(validating: body, as: UTF8.self) {
                decoded = valid
            } else {
                let (text, badLines) = Self.decodeLeniently(body)
                decoded = text
                for line in badLines {
                    diagnostics.append(Diagnostic(
                        file: file, line: line,
                        message: "bytes that are not UTF-8 were read as Windows-1252"))
                }
            }
        }
        decoded = Self.normalizeLineEndings(decoded)
        let (repaired, repairedLines) = Mojibake.repair(decoded)
        for line in repairedLines { diagnostics.append(Self.repairedMojibake(file: file, line: line)) }
        if repaired.utf8.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 }) { throw .empty }
        self.text = repaired
        self.diagnostics = diagnostics
    }

    /// What is said of a line whose mojibake was repaired.
    static func repairedMojibake(file: String, line: Int) -> Diagnostic {
        Diagnostic(file: file, line: line,
                   message: "repaired mojibake (UTF-8 text once read as Windows-1252, such as \"â€™\" for \"’\")")
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) {
            return String(data: Data(bytes.dropFirst(2)), encoding: .utf16LittleEndian)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return String(data: Data(bytes.dropFirst(2)), encoding: .utf16BigEndian)
        }
        return nil
    }

    /// Decodes UTF-8 where it is valid and reads every other byte as
    /// Windows-1252; returns the 1-based lines that held such bytes.
    private static func decodeLeniently(_ bytes: ArraySlice<UInt8>) -> (String, [Int]) {
        var scalars = String.UnicodeScalarView()
        var badLines: [Int] = []
        var line = 1
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
                index += 1
                continue
            }
            let length = byte >= 0xF0 ? 4 : (byte >= 0xE0 ? 3 : (byte >= 0xC2 ? 2 : 1))
            let end = min(index + length, bytes.endIndex)
            if length > 1, let valid = String(validating: bytes[index..<end], as: UTF8.self),
               valid.unicodeScalars.count == 1 {
                scalars.append(contentsOf: valid.unicodeScalars)
                index = end
            } else {
                scalars.append(Windows1252.scalar(for: byte))
                if badLines.last != line { badLines.append(line) }
                index += 1
            }
        }
        return (String(scalars), badLines)
    }

    private static func normalizeLineEndings(_ text: String) -> String {
        var copy = text
        guard copy.withUTF8({ ByteScan.firstIndex(of: 0x0D, in: $0) }) != nil else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }
}
