/// Reads a note file into a `Note`: text repair, front matter, blocks, and
/// the document's timestamp mode with its warnings.
public enum NoteParser {
    public static func parse(bytes: [UInt8], file: String) throws(NoteError) -> Note {
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
        var diagnostics = initial
        let rawLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let (matter, unclosed) = FrontMatter.read(rawLines)
        if unclosed {
            diagnostics.append(Diagnostic(file: file, line: 1,
                message: "front matter opened with '---' is never closed; read as ordinary text"))
        }
        let bodyStart = matter?.lineCount ?? 0
        let lines = rawLines.enumerated().dropFirst(bodyStart).map { SourceLine(number: $0.offset + 1, text: $0.element) }
        var parser = BlockParser(file: file)
        parser.parse(lines, quoted: false)
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
        let anchors = note.anchors
        note.timestampMode = TimestampMode.detect(anchors.map(\.stamp))
        for anchor in anchors where anchor.shownTextDisagrees(in: note.timestampMode) {
            let seconds = anchor.seconds(in: note.timestampMode)
            diagnostics.append(Diagnostic(file: file, line: anchor.line,
                message: "timestamp text [\(anchor.text)] does not match data-t (\(seconds) s); using data-t"))
        }
        note.diagnostics = diagnostics
        return note
    }

    /// `progress-and-bottlenecks` → `progress and bottlenecks`.
    static func fileTitle(_ file: String) -> String {
        var name = Substring(file.split(separator: "/").last ?? Substring(file))
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
        return words.isEmpty ? String(name) : words.joined(separator: " ")
    }
}
