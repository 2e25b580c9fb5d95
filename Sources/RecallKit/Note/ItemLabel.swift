/// The label of a list item: `**Label**: text`, `**Label:** text`,
/// `**Label** text`, or a short `Label: text` without bold.
enum ItemLabel {
    /// The label (nil when the item has none), the body, and whether the label was bold.
    static func split(_ lines: [SourceLine], file: String,
                      diagnostics: inout [Diagnostic]) -> (label: InlineText?, body: InlineText, bold: Bool) {
        guard let first = lines.first, let (label, rest, bold) = labelPrefix(first.text) else {
            return (nil, InlineText.parse(lines, file: file, diagnostics: &diagnostics), false)
        }
        var bodyLines = lines
        bodyLines[0] = SourceLine(number: first.number, text: rest)
        var labelDiagnostics: [Diagnostic] = []
        let labelText = InlineText.parse([SourceLine(number: first.number, text: label)], file: file,
                                         diagnostics: &labelDiagnostics)
        var bodyDiagnostics: [Diagnostic] = []
        let body = InlineText.parse(bodyLines, file: file, diagnostics: &bodyDiagnostics)
        let bodyWords = body.text.split(separator: " ").count
        guard bodyWords >= 3, !labelText.text.isEmpty, labelText.anchors.isEmpty else {
            return (nil, InlineText.parse(lines, file: file, diagnostics: &diagnostics), false)
        }
        diagnostics.append(contentsOf: labelDiagnostics + bodyDiagnostics)
        return (labelText, body, bold)
    }

    /// The raw label and the raw rest of the line, without the `:`.
    private static func labelPrefix(_ text: Substring) -> (Substring, Substring, bold: Bool)? {
        for marker in ["**", "__"] where text.hasPrefix(marker) {
            let inner = text.dropFirst(2)
            guard let close = inner.firstRange(of: marker) else { return nil }
            var label = inner[..<close.lowerBound].trimmingSpaces
            var rest = inner[close.upperBound...].trimmingSpaces
            if label.last == ":" {
                label = label.dropLast()
            } else if rest.first == ":" || rest.first == "-" || rest.first == "\u{2013}" || rest.first == "\u{2014}" {
                rest = rest.dropFirst().trimmingSpaces
            }
            return label.isEmpty ? nil : (label, rest, true)
        }
        return plainLabel(text).map { ($0.0, $0.1, false) }
    }

    /// `Positive: vectors point …`: one to three words, capitalised, before ": ".
    private static func plainLabel(_ text: Substring) -> (Substring, Substring)? {
        guard let colon = text.firstRange(of: ": ") else { return nil }
        let label = text[..<colon.lowerBound]
        let words = label.split(separator: " ")
        guard (1...3).contains(words.count), let first = label.first, first.isUppercase,
              label.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "'" })
        else { return nil }
        return (label, text[colon.upperBound...])
    }
}
