/// The byte-level scanner behind `InlineText.parse`. Every markup character is
/// ASCII, so scanning UTF-8 bytes is safe and fast.
///
/// It reads the block's text in place: `src` is only valid while the
/// scanner runs inside `InlineText.parse`.
struct InlineScanner {
    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    let src: UnsafeBufferPointer<UInt8>
    /// The line of the first segment.
    let firstLine: Int
    /// Where each segment starts in `src` and its line, when there are several.
    let lineStarts: [(offset: Int, line: Int)]
    let file: String
    var out: [UInt8] = []
    var anchors: [Anchor] = []
    var codeRanges: [Range<Int>] = []
    var diagnostics: [Diagnostic] = []
    var index = 0
    /// After `[T](<a …>[T]</a>`, a `)` that closes the stray link is dropped.
    var dropCloseParen = false
    /// Markdown link `[text](url)`: where its `]` is and where to resume after `)`.
    var linkCloses: [(bracket: Int, resume: Int)] = []

    init(source: UnsafeBufferPointer<UInt8>, firstLine: Int, lineStarts: [(offset: Int, line: Int)], file: String) {
        self.src = source
        self.firstLine = firstLine
        self.lineStarts = lineStarts
        self.file = file
    }

    /// Writes into the buffers of `scratch` (`finish` hands them back).
    mutating func borrowBuffers(of scratch: inout InlineScratch) {
        out = InlineScratch.take(&scratch.out)
        anchors = InlineScratch.take(&scratch.anchors)
        codeRanges = InlineScratch.take(&scratch.codeRanges)
        out.reserveCapacity(src.count)
    }

    /// The text of `segments` of `text`, joined by single spaces (a lone
    /// segment is read in place), and what was found wrong with it.
    static func scan(_ segments: [TextLine], in text: [UInt8], file: String,
                     scratch: inout InlineScratch) -> (InlineText, [Diagnostic]) {
        if segments.count == 1 {
            return text.withUnsafeBufferPointer { buffer in
                let source = UnsafeBufferPointer(rebasing: buffer[segments[0].range])
                if let plain = plainText(source) { return (InlineText(text: plain), []) }
                var scanner = InlineScanner(source: source, firstLine: segments[0].number, lineStarts: [], file: file)
                scanner.borrowBuffers(of: &scratch)
                scanner.run()
                return (scanner.finish(into: &scratch), scanner.diagnostics)
            }
        }
        var bytes = InlineScratch.take(&scratch.joined)
        defer { scratch.joined = bytes }
        bytes.reserveCapacity(segments.reduce(0) { $0 + $1.range.count + 1 })
        var starts = InlineScratch.take(&scratch.lineStarts)
        defer { scratch.lineStarts = starts }
        starts.reserveCapacity(segments.count)
        for segment in segments {
            if !bytes.isEmpty { bytes.append(0x20) }
            starts.append((bytes.count, segment.number))
            bytes.append(contentsOf: text[segment.range])
        }
        return bytes.withUnsafeBufferPointer { buffer in
            var scanner = InlineScanner(source: buffer, firstLine: segments.first?.number ?? 0, lineStarts: starts,
                                        file: file)
            scanner.borrowBuffers(of: &scratch)
            scanner.run()
            return (scanner.finish(into: &scratch), scanner.diagnostics)
        }
    }

    mutating func run() {
        while index < src.count {
            if let close = linkCloses.last, close.bracket == index {
                linkCloses.removeLast()
                index = close.resume
                continue
            }
            step()
        }
    }

    mutating func step() {
        let byte = src[index]
        switch byte {
        case UInt8(ascii: "\\"): escape()
        case UInt8(ascii: "`"): codeSpan()
        case UInt8(ascii: "<"): tag()
        case UInt8(ascii: "["): bracket()
        case UInt8(ascii: "!") where peek(1) == UInt8(ascii: "["): image()
        case UInt8(ascii: "*"), UInt8(ascii: "_"): emphasis(byte)
        case UInt8(ascii: "~") where peek(1) == UInt8(ascii: "~"): index += 2
        case UInt8(ascii: "&"): entity()
        case UInt8(ascii: ")") where dropCloseParen:
            dropCloseParen = false
            index += 1
        case 0x20, 0x09, 0x0A, 0x0D:
            emitSpace()
            index += 1
        case 0xC2 where peek(1) == 0xA0:
            emitSpace()
            index += 2
        default:
            guard byte >= 0x20, byte != 0x7F else { // control characters never reach a card
                index += 1
                return
            }
            let end = plainEnd(from: index)
            out.append(contentsOf: src[index..<end])
            dropCloseParen = false
            index = end
        }
    }

    /// The text of a segment that is one run of plain text (no markup, no
    /// control character, no two spaces in a row, no leading space): the
    /// segment itself less its trailing spaces, as scanning it would give;
    /// nil for any other segment. Headings, labels and cells are often so.
    private static func plainText(_ source: UnsafeBufferPointer<UInt8>) -> String? {
        guard let first = source.first else { return "" }
        // Longer segments are paragraphs, which nearly always hold markup: not worth the look.
        guard source.count <= 160, !stops[Int(first)], plainEnd(in: source, from: 0, limit: source.count) == source.count else { return nil }
        var length = source.count
        while length > 0, source[length - 1] == 0x20 { length -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: source[..<length]), as: UTF8.self)
    }

    /// The end of the run of plain text starting at `start` (whose first byte
    /// is plain): words and single spaces, up to markup, other white space,
    /// control characters and the `]` of a pending link.
    private func plainEnd(from start: Int) -> Int {
        var limit = src.count
        if let close = linkCloses.last, close.bracket > start { limit = close.bracket }
        return Self.plainEnd(in: src, from: start, limit: limit)
    }

    /// The same in `src`, up to `limit`.
    private static func plainEnd(in src: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> Int {
        var end = start + 1
        // Blocks of sixteen are read whole: passed when no stop is in them,
        // else the first stop's lane is where the run ends.
        if let base = src.baseAddress {
            let raw = UnsafeRawPointer(base)
            while end + 16 <= limit {
                let block = raw.loadUnaligned(fromByteOffset: end, as: SIMD16<UInt8>.self)
                let before = raw.loadUnaligned(fromByteOffset: end - 1, as: SIMD16<UInt8>.self)
                if let lane = ByteScan.firstTrueLane(stopMask(block, before: before)) { return end + lane }
                end += 16
            }
        }
        return stops.withUnsafeBufferPointer { stops in
            while end < limit {
                let byte = src[end]
                // Lowercase letters (most bytes of prose) are never stops.
                guard byte &- 0x61 >= 26 else {
                    end += 1
                    continue
                }
                guard !stops[Int(byte)] || (byte == 0x20 && src[end - 1] != 0x20) else { break }
                end += 1
            }
            return end
        }
    }

    /// The lanes of `block` that end a run of plain text: what `stops` holds,
    /// except a space after a byte that is not one (`before` holds the bytes
    /// one place back).
    @inline(__always)
    private static func stopMask(_ block: SIMD16<UInt8>, before: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
        let space = SIMD16<UInt8>(repeating: 0x20)
        func lanes(_ byte: UInt8) -> SIMDMask<SIMD16<Int8>> { block .== SIMD16(repeating: byte) }
        let controls = (block .< space) .| ((block .== space) .& (before .== space))
        let first = lanes(UInt8(ascii: "\\")) .| lanes(UInt8(ascii: "`")) .| lanes(UInt8(ascii: "<"))
            .| lanes(UInt8(ascii: "[")) .| lanes(UInt8(ascii: "!")) .| lanes(UInt8(ascii: "*"))
        let second = lanes(UInt8(ascii: "_")) .| lanes(UInt8(ascii: "~")) .| lanes(UInt8(ascii: "&"))
            .| lanes(UInt8(ascii: ")")) .| lanes(0x7F) .| lanes(0xC2)
        return controls .| first .| second
    }

    /// Bytes that may start markup or a space, or are control characters.
    private static let stops: [Bool] = (0..<256).map { (value: Int) -> Bool in
        let markup: [UInt8] = Array("\\`<[!*_~&)".utf8) + [0x7F, 0xC2]
        return value < 0x21 || markup.contains(UInt8(value))
    }

    // MARK: - Output

    mutating func emitSpace() {
        if let last = out.last, last != 0x20 { out.append(0x20) }
    }

    mutating func emit<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A { emitSpace() } else { out.append(byte) }
        }
    }

    func peek(_ ahead: Int) -> UInt8? {
        let position = index + ahead
        return position < src.count ? src[position] : nil
    }

    func line(at offset: Int) -> Int {
        guard lineStarts.count > 1 else { return firstLine }
        var low = 0, high = lineStarts.count - 1
        guard high >= 0 else { return 0 }
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle].offset <= offset { low = middle } else { high = middle - 1 }
        }
        return lineStarts[low].line
    }

    mutating func warn(_ message: String, at offset: Int) {
        diagnostics.append(Diagnostic(file: file, line: line(at: offset), message: message))
    }

    // MARK: - Markup

    mutating func escape() {
        if let next = peek(1), next < 0x80, isPunctuation(next) {
            out.append(next)
            index += 2
        } else {
            out.append(UInt8(ascii: "\\"))
            index += 1
        }
    }

    mutating func codeSpan() {
        var run = 0
        while peek(run) == UInt8(ascii: "`") { run += 1 }
        let contentStart = index + run
        guard let close = findRun(of: UInt8(ascii: "`"), length: run, from: contentStart) else {
            index += run // an unmatched tick is residue: drop it
            return
        }
        var content = src[contentStart..<close]
        if content.count > 1, content.first == 0x20 { content = content.dropFirst() }
        if content.count > 1, content.last == 0x20 { content = content.dropLast() }
        if out.last == UInt8(ascii: "`") { emitSpace() }
        let start = out.count
        emit(content)
        if out.count > start { codeRanges.append(start..<out.count) }
        index = close + run
    }

    func findRun(of byte: UInt8, length: Int, from start: Int) -> Int? {
        var position = start
        while position < src.count {
            if src[position] == byte {
                var run = 0
                while position + run < src.count && src[position + run] == byte { run += 1 }
                if run == length { return position }
                position += run
            } else {
                position += 1
            }
        }
        return nil
    }

    mutating func emphasis(_ marker: UInt8) {
        var run = 0
        while peek(run) == marker { run += 1 }
        let before = index > 0 ? src[index - 1] : 0x20
        let after = index + run < src.count ? src[index + run] : 0x20
        let spaceBefore = isSpace(before), spaceAfter = isSpace(after)
        let literal: Bool
        if marker == UInt8(ascii: "_") {
            literal = isWordByte(before) && isWordByte(after)
        } else {
            literal = run == 1 && spaceBefore && spaceAfter
        }
        if literal { out.append(contentsOf: repeatElement(marker, count: run)) }
        index += run
    }

    mutating func entity() {
        let limit = min(src.count, index + 10)
        guard let semicolon = src[index..<limit].firstIndex(of: UInt8(ascii: ";")) else {
            out.append(UInt8(ascii: "&"))
            index += 1
            return
        }
        let name = String(decoding: src[(index + 1)..<semicolon], as: UTF8.self)
        if let scalar = HTMLEntity.decode(name) {
            if scalar == " " || scalar.value == 0xA0 { emitSpace() } else { emit(String(scalar).utf8) }
            index = semicolon + 1
        } else {
            out.append(UInt8(ascii: "&"))
            index += 1
        }
    }
}

func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

func isWordByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte >= 0x80
}

func isPunctuation(_ byte: UInt8) -> Bool {
    (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60)
        || (byte >= 0x7B && byte <= 0x7E)
}
