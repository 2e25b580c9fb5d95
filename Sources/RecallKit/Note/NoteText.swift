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

    public init(bytes: [UInt8], file: String) throws(NoteError) {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var diagnostics: [Diagnostic] = []
        var decoded: String
        if let utf16 = Self.decodeUTF16(body) {
            decoded = utf16
        } else {
            if body.contains(0) { throw .binary(file: file) }
            if let valid = String(validating: body, as: UTF8.self) {
                decoded = valid
            } else {
                let (text, badLines) = Self.decodeLeniently(body)
                decoded = text
                diagnostics += badLines.map {
                    Diagnostic(file: file, line: $0, message: "bytes that are not UTF-8 were read as Windows-1252")
                }
            }
        }
        if decoded.utf8.contains(UInt8(ascii: "\r")) {
            decoded = decoded.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        let (repaired, repairedLines) = Mojibake.repair(decoded)
        diagnostics += repairedLines.map {
            Diagnostic(file: file, line: $0,
                       message: "repaired mojibake (UTF-8 text once read as Windows-1252, such as \"â€™\" for \"’\")")
        }
        if repaired.allSatisfy(\.isWhitespace) { throw .empty(file: file) }
        text = repaired
        self.diagnostics = diagnostics
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) { return String(data: Data(bytes.dropFirst(2)), encoding: .utf16LittleEndian) }
        if bytes.starts(with: [0xFE, 0xFF]) { return String(data: Data(bytes.dropFirst(2)), encoding: .utf16BigEndian) }
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
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 0
            let end = min(index + max(length, 1), bytes.endIndex)
            if length > 0, let valid = String(validating: bytes[index..<end], as: UTF8.self),
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
}
