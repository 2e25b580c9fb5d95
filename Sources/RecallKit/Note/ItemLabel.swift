/// The label of a list item: `**Label**: text`, `**Label:** text`,
/// `**Label** text`, or a short `Label: text` without bold.
enum ItemLabel {
    /// The label (nil when the item has none), the body, and whether the label was bold.
    /// `lines` are handed back as they came (the body is read from them with
    /// the first one cut after the label, in place rather than in a copy).
    static func split(_ lines: inout [TextLine], in text: TextBytes, file: String, diagnostics: inout [Diagnostic],
                      scratch: inout InlineScratch) -> (label: InlineText?, body: InlineText, bold: Bool) {
        guard let first = lines.first, let (label, rest, bold) = labelPrefix(first.range, in: text) else {
            return (nil, InlineText.parse(lines, in: text.bytes, file: file, diagnostics: &diagnostics, scratch: &scratch),
                    false)
        }
        var labelDiagnostics: [Diagnostic] = []
        let labelText = InlineText.parse([TextLine(number: first.number, range: label)], in: text.bytes, file: file,
                                         diagnostics: &labelDiagnostics, scratch: &scratch)
        var bodyDiagnostics: [Diagnostic] = []
        lines[0] = TextLine(number: first.number, range: rest)
        let body = InlineText.parse(lines, in: text.bytes, file: file, diagnostics: &bodyDiagnostics,
                                    scratch: &scratch)
        lines[0] = first
        guard hasThreeWords(body.text), !labelText.text.isEmpty, labelText.anchors.isEmpty else {
            return (nil, InlineText.parse(lines, in: text.bytes, file: file, diagnostics: &diagnostics, scratch: &scratch),
                    false)
        }
        diagnostics.append(contentsOf: labelDiagnostics + bodyDiagnostics)
        return (labelText, body, bold)
    }

    /// Whether `text` holds three words or more (split at spaces). ASCII
    /// text is counted on its bytes; other text as `TextBytes` counts it.
    private static func hasThreeWords(_ text: String) -> Bool {
        var text = text
        let ascii = text.withUTF8 { buffer -> Int? in
            guard ByteScan.firstNonASCII(in: buffer) == nil else { return nil }
            var count = 0
            var inWord = false
            for byte in buffer {
                if byte == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                    if count == 3 { break }
                }
            }
            return count
        }
        if let ascii { return ascii >= 3 }
        let bytes = TextBytes(Array(text.utf8))
        return bytes.wordCount(in: 0..<bytes.count, upTo: 3) >= 3
    }

    /// The raw label and the raw rest of the line, without the `:`.
    private static func labelPrefix(_ line: Range<Int>, in text: TextBytes) -> (Range<Int>, Range<Int>, bold: Bool)? {
        for marker in boldMarkers where text.hasPrefix(marker, in: line) {
            let inner = (line.lowerBound + 2)..<line.upperBound
            guard let close = text.firstRange(of: marker, in: inner) else { return nil }
            var label = text.trimmed(inner.lowerBound..<close.lowerBound)
            var rest = text.trimmed(close.upperBound..<inner.upperBound)
            if !label.isEmpty, text.isCharacter(UInt8(ascii: ":"), at: label.upperBound - 1) {
                label = label.dropLast()
            } else if let separator = separators.first(where: { text.hasPrefix($0, in: rest) }) {
                rest = text.trimmed((rest.lowerBound + separator.count)..<rest.upperBound)
            }
            return label.isEmpty ? nil : (label, rest, true)
        }
        return plainLabel(line, in: text).map { ($0.0, $0.1, false) }
    }

    private static let boldMarkers = [Array("**".utf8), Array("__".utf8)]
    /// What may stand between a bold label and its text: `:`, `-`, `–`, `—`.
    private static let separators = [":", "-", "\u{2013}", "\u{2014}"].map { Array($0.utf8) }

    /// `Positive: vectors point …`: one to three words, capitalised, before ": ".
    private static func plainLabel(_ line: Range<Int>, in text: TextBytes) -> (Range<Int>, Range<Int>)? {
        guard let colon = text.firstRange(of: colonSpace, in: line) else { return nil }
        let label = line.lowerBound..<colon.lowerBound
        guard isPlainLabel(label, in: text) else { return nil }
        return (label, colon.upperBound..<line.upperBound)
    }

    private static let colonSpace = Array(": ".utf8)

    private static func isPlainLabel(_ label: Range<Int>, in text: TextBytes) -> Bool {
        guard !text.hasNonASCII(in: label) else { return isPlainLabel(Substring(text.string(label))) }
        guard (1...3).contains(text.wordCount(in: label, upTo: 4)), let first = label.first,
              text[first] >= 0x41, text[first] <= 0x5A else { return false }
        return label.allSatisfy { index in
            let byte = text[index]
            return isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x20 || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "'")
        }
    }

    /// The same test on Characters, for labels beyond ASCII.
    private static func isPlainLabel(_ label: Substring) -> Bool {
        let words = label.split(separator: " ")
        guard (1...3).contains(words.count), let first = label.first, first.isUppercase else { return false }
        return label.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "'" }
    }
}
