/// Reads a note file into a `Note`: text repair, front matter, blocks, and
/// the document's timestamp mode with its warnings.
public enum NoteParser {
    public static func parse(bytes: [UInt8], file: String) throws(NoteError) -> Note {
        // Most notes need no repair: their bytes are read as they are.
        switch PlainUTF8.check(bytes) {
        case .ready(let joinsNothing):
            return parse(utf8: bytes, file: file, joinsNothing: joinsNothing)
        case .mayHoldMojibake:
            guard let (repaired, lines) = Mojibake.repair(utf8: bytes) else { return parse(utf8: bytes, file: file) }
            if repaired.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x09 }) {
                return parse(utf8: repaired, file: file,
                             diagnostics: lines.map { NoteText.repairedMojibake(file: file, line: $0) })
            }
        case .needsNoteText:
            break
        }
        let source: NoteText
        do {
            source = try NoteText(bytes: bytes, file: file)
        } catch {
            switch error {
            case .empty: throw .empty(file: file)
            case .binary: throw .binary(file: file)
            }
        }
        return parse(text: source.text, file: file, diagnostics: source.diagnostics)
    }

    static func parse(text: String, file: String, diagnostics initial: [Diagnostic] = []) -> Note {
        parse(utf8: Array(text.utf8), file: file, diagnostics: initial)
    }

    /// The same for text given as its UTF-8 bytes (already repaired).
    /// `joinsNothing`: the text is known to hold no scalar that joins an ASCII character.
    static func parse(utf8: [UInt8], file: String, diagnostics initial: [Diagnostic] = [],
                      joinsNothing: Bool = false) -> Note {
        var diagnostics = initial
        let source = TextBytes(utf8, joinsNothing: joinsNothing)
        let lines = Self.lines(of: source.bytes)
        let (matter, unclosed) = FrontMatter.read(lines, in: source)
        if unclosed {
            diagnostics.append(Diagnostic(file: file, line: 1,
                message: "front matter opened with '---' is never closed; read as ordinary text"))
        }
        let bodyStart = matter?.lineCount ?? 0
        var parser = BlockParser(text: source, file: file)
        // Blocks are most often a line and a blank one or more: room for that many, made once.
        parser.blocks.reserveCapacity((lines.count - bodyStart) / 2 + 1)
        parser.parse(Array(lines.dropFirst(bodyStart)), quoted: false)
        diagnostics += parser.diagnostics

        let title = matter?.title ?? parser.firstHeading ?? fileTitle(file)
        if matter?.title == nil {
            diagnostics.append(Diagnostic(file: file, line: 1, message: "no title in front matter; using \"\(title)\""))
        }
        let videoId = matter?.videoId
        if videoId == nil {
            diagnostics.append(Diagnostic(file: file, line: 1,
                message: "no videoId in front matter; citations will have no link"))
        }
        var note = Note(file: file, title: title, videoId: videoId, channel: parser.channel.flatMap { $0.isEmpty ? nil : $0 },
                        timestampMode: .hoursMinutesSeconds, blocks: parser.blocks, diagnostics: [])
        var stamps: [Timestamp] = []
        note.forEachAnchor { stamps.append($0.stamp) }
        let mode = TimestampMode.detect(stamps)
        note.timestampMode = mode
        note.forEachAnchor { anchor in
            guard anchor.shownTextDisagrees(in: mode) else { return }
            let seconds = anchor.seconds(in: mode)
            diagnostics.append(Diagnostic(file: file, line: anchor.line,
                message: "timestamp text [\(anchor.text)] does not match data-t (\(seconds) s); using data-t"))
        }
        note.diagnostics = diagnostics
        return note
    }

    /// The lines of the text, numbered from 1, without their `\n`.
    private static func lines(of bytes: [UInt8]) -> [TextLine] {
        bytes.withUnsafeBufferPointer { buffer in
            var lines: [TextLine] = []
            lines.reserveCapacity(buffer.count / 32 + 1) // most lines are longer
            var start = 0
            while let end = ByteScan.firstIndex(of: 0x0A, in: buffer, from: start) {
                lines.append(TextLine(number: lines.count + 1, range: start..<end))
                start = end + 1
            }
            lines.append(TextLine(number: lines.count + 1, range: start..<buffer.count))
            return lines
        }
    }

    /// `progress-and-bottlenecks` → `progress and bottlenecks`.
    static func fileTitle(_ file: String) -> String {
        var name = Substring(file.split(separator: "/").last ?? Substring(file))
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
        return words.isEmpty ? String(name) : words.joined(separator: " ")
    }
}
