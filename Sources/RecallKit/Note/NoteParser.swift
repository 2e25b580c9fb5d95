/// Reads a note file into a `Note`: text repair, front matter, blocks, and
/// how its timestamps read, with a warning for each problem on the way.
public enum NoteParser {
    public static func parse(bytes: [UInt8], file: String) throws(NoteError) -> Note {
        let source = try NoteText(bytes: bytes, file: file)
        return parse(text: source.text, file: file, diagnostics: source.diagnostics)
    }

    /// The same for text already repaired.
    static func parse(text: String, file: String, diagnostics initial: [Diagnostic] = []) -> Note {
        var diagnostics = initial
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let (matter, unclosed) = FrontMatter.read(lines)
        if unclosed {
            diagnostics.append(Diagnostic(file: file, line: 1,
                message: "front matter opened with '---' is never closed; read as ordinary text"))
        }
        let bodyStart = matter?.lineCount ?? 0
        var parser = BlockParser(file: file)
        parser.parse(lines.enumerated().dropFirst(bodyStart).map { ($0.offset + 1, $0.element) }, quoted: false)
        diagnostics += parser.diagnostics

        let title = matter?.title.map { InlineReader.plainText(Substring($0)) }.flatMap { $0.isEmpty ? nil : $0 }
            ?? parser.firstHeading ?? fileTitle(file)
        if matter?.title == nil {
            diagnostics.append(Diagnostic(file: file, line: 1, message: "no title in front matter; using \"\(title)\""))
        }
        if matter?.videoId == nil {
            diagnostics.append(Diagnostic(file: file, line: 1,
                message: "no videoId in front matter; citations will have no link"))
        }
        var note = Note(file: file, title: title, videoId: matter?.videoId,
                        channel: parser.channel.flatMap { $0.isEmpty ? nil : $0 },
                        reading: TimestampReading(mode: .hoursMinutesSeconds), blocks: parser.blocks, diagnostics: [])
        let anchors = note.anchors
        note.reading = TimestampReading(stamps: anchors.map(\.stamp))
        diagnostics += timestampWarnings(anchors, reading: note.reading, file: file)
        note.diagnostics = diagnostics
        return note
    }

    /// A warning for each anchor whose text shows other seconds than its
    /// `data-t`, and for each `h:m:s` stamp read as minutes and seconds.
    private static func timestampWarnings(_ anchors: [Anchor], reading: TimestampReading, file: String) -> [Diagnostic] {
        anchors.compactMap { anchor in
            let seconds = reading.seconds(of: anchor.stamp)
            if let shown = anchor.shownStamp, reading.disagree(shown, anchor.stamp) {
                return Diagnostic(file: file, line: anchor.line,
                    message: "timestamp text [\(anchor.shown)] does not match data-t (\(seconds) s); using data-t")
            }
            if reading.isShifted(anchor.stamp) {
                return Diagnostic(file: file, line: anchor.line,
                    message: "timestamp \(anchor.stamp.text) lies far past the others; read as minutes and seconds (\(seconds) s)")
            }
            return nil
        }
    }

    /// `progress-and-bottlenecks.md` → `progress and bottlenecks`.
    static func fileTitle(_ file: String) -> String {
        var name = Substring(file.split(separator: "/").last ?? Substring(file))
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { name = name[..<dot] }
        let words = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " })
        return words.isEmpty ? String(name) : words.joined(separator: " ")
    }
}
