import Foundation

/// The `tsv` and `csv` formats: Anki's text import. Header lines name the
/// separator, HTML, recall's note type and the deck, tags and GUID columns;
/// then one note a line: Front, Back, Source (HTML, as in the `apkg`), Deck,
/// Tags, GUID. Anki cannot create a note type from text: import the `apkg`
/// once first, so `recall Front/Back/Source` exists.
public enum AnkiTextFile {
    public enum Separator: Sendable {
        case tab, comma

        var character: Character { self == .tab ? "\t" : "," }
        var name: String { self == .tab ? "tab" : "comma" }
    }

    static let columns = ["Front", "Back", "Source", "Deck", "Tags", "GUID"]

    /// Writes `deck`'s cards (every deck by default) to `url`; returns how many.
    public static func write(from database: AppDatabase, deck: String?, separator: Separator, to url: URL) throws -> Int {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw ExportError.cannotWrite(path: url.path, reason: "cannot create the file")
        }
        var sink = try TextSink(url)
        sink.append(header(separator))
        var count = 0
        try database.forEachExportCard(deck: deck) { card in
            sink.append(record(AnkiNote(card), separator: separator))
            count += 1
            if sink.isFull { try sink.flush() }
        }
        try sink.close()
        guard count > 0 else { throw ExportError.noCards(deck: deck) }
        return count
    }

    /// The header lines Anki reads before the notes.
    static func header(_ separator: Separator) -> String {
        let column = { (name: String) in (columns.firstIndex(of: name) ?? 0) + 1 }
        return [
            "#separator:\(separator.name)", "#html:true", "#notetype:\(AnkiNoteType.name)",
            "#deck column:\(column("Deck"))", "#tags column:\(column("Tags"))", "#guid column:\(column("GUID"))",
            "#columns:" + columns.joined(separator: String(separator.character)),
        ].joined(separator: "\n") + "\n"
    }

    /// One note as a line, fields quoted where needed.
    static func record(_ note: AnkiNote, separator: Separator) -> String {
        let fields = note.fields + [note.deck, note.tags.joined(separator: " "), note.guid]
        return fields.map { quoted($0, separator: separator.character) }.joined(separator: String(separator.character)) + "\n"
    }

    /// The field as RFC 4180 wants it: in double quotes, inner quotes doubled,
    /// when it holds the separator, a quote or a line break, or starts with
    /// `#` (Anki would read the line as a comment); else as it is.
    static func quoted(_ field: String, separator: Character) -> String {
        let separatorByte = separator.asciiValue ?? 0x09
        let bytes = field.utf8
        let needsQuotes = bytes.first == 0x23
            || bytes.contains { $0 == separatorByte || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return field }
        var out: [UInt8] = [0x22]
        out.reserveCapacity(bytes.count + 8)
        for byte in bytes {
            out.append(byte)
            if byte == 0x22 { out.append(0x22) }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }
}

/// Appends text to a file through a buffer of about a megabyte.
struct TextSink {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    init(_ url: URL) throws {
        handle = try FileHandle(forWritingTo: url)
        buffer.reserveCapacity(1 << 20)
    }

    var isFull: Bool { buffer.count >= 1 << 20 }

    mutating func append(_ text: String) { buffer.append(contentsOf: text.utf8) }

    mutating func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func close() throws {
        try flush()
        try handle.close()
    }
}
