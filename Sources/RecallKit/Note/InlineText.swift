/// The text of one block (paragraph, list item, table cell, heading) with its
/// markup gone: wiki links read as their labels, emphasis, code ticks and tags
/// dropped, entities decoded, and timestamp anchors lifted out with the
/// offsets where they stood.
public struct InlineText: Hashable, Sendable {
    public var text: String
    public var anchors: [PlacedAnchor]
    /// UTF-8 ranges of `text` that were code spans.
    public var codeRanges: [Range<Int>]

    public init(text: String, anchors: [PlacedAnchor] = [], codeRanges: [Range<Int>] = []) {
        self.text = text
        self.anchors = anchors
        self.codeRanges = codeRanges
    }

    public static let empty = InlineText(text: "")

    /// Reads the markup of `segments` (the block's lines, markers already
    /// removed), joined by single spaces.
    static func parse(_ segments: [SourceLine], file: String, diagnostics: inout [Diagnostic]) -> InlineText {
        var bytes: [UInt8] = []
        var lines: [TextLine] = []
        for segment in segments {
            let start = bytes.count
            bytes.append(contentsOf: segment.text.utf8)
            lines.append(TextLine(number: segment.number, range: start..<bytes.count))
        }
        return parse(lines, in: bytes, file: file, diagnostics: &diagnostics)
    }

    /// The same for segments given as byte ranges of `text`.
    static func parse(_ segments: [TextLine], in text: [UInt8], file: String,
                      diagnostics: inout [Diagnostic]) -> InlineText {
        var scratch = InlineScratch()
        return parse(segments, in: text, file: file, diagnostics: &diagnostics, scratch: &scratch)
    }

    /// The same, with the scanner's buffers reused from `scratch`.
    static func parse(_ segments: [TextLine], in text: [UInt8], file: String,
                      diagnostics: inout [Diagnostic], scratch: inout InlineScratch) -> InlineText {
        let (inline, found) = InlineScanner.scan(segments, in: text, file: file, scratch: &scratch)
        if !found.isEmpty { diagnostics.append(contentsOf: found) }
        return inline
    }

    /// Share of the text's bytes inside code spans.
    public var codeShare: Double {
        guard !text.isEmpty else { return 0 }
        let code = codeRanges.reduce(0) { $0 + $1.count }
        return Double(code) / Double(text.utf8.count)
    }
}

/// One line of a note, or the part of it that belongs to a block.
public struct SourceLine: Sendable {
    public let number: Int
    public let text: Substring

    public init(number: Int, text: Substring) {
        self.number = number
        self.text = text
    }
}

/// A line of a note as a byte range of its text, or the part of it that
/// belongs to a block: what the parser hands from stage to stage.
struct TextLine {
    let number: Int
    let range: Range<Int>
}
