/// Tags, links and timestamp anchors.
extension InlineScanner {
    mutating func tag() {
        if usualAnchor() { return }
        if matchesCaseInsensitive(Self.closeAnchor) {
            index += 4
            return
        }
        guard let next = peek(1), isLetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") else {
            out.append(UInt8(ascii: "<"))
            index += 1
            return
        }
        if matchesCaseInsensitive(Self.commentOpen) {
            index = find(Self.commentClose, from: index + 4).map { $0 + 3 } ?? src.count
            return
        }
        guard let close = tagEnd(from: index + 1) else {
            unclosedTag()
            return
        }
        let tag = src[(index + 1)..<close]
        let name = tagName(tag)
        index = close + 1
        if Self.isAnchorName(name), let dataT = attribute(Self.dataT, in: tag) {
            anchorContent(dataT: dataT, tagOffset: close)
        } else if Self.spacingTags.contains(where: { Self.isName(name, $0) }) {
            emitSpace()
        }
    }

    /// `<a class="yt-timestamp" data-t="T">[S]</a>`, as nearly every anchor
    /// of a note is written, read straight through: T and S are runs of
    /// digits and colons, short enough for any stamp. Gives what the general
    /// path gives (the tag's end found past its quoted values, its name, its
    /// `data-t`, then the `</a>` and the run inside the brackets) without
    /// those searches; any other shape is left to it (false).
    private mutating func usualAnchor() -> Bool {
        let opening = Self.usualAnchorOpening
        let dataTStart = index + opening.count
        guard dataTStart < src.count, src[index + 1] == UInt8(ascii: "a"), src[index + 2] == 0x20,
              opening.withUnsafeBufferPointer({ ByteScan.equal(UnsafeBufferPointer(rebasing: src[index..<dataTStart]), $0) })
        else { return false }
        let dataTEnd = stampRunEnd(from: dataTStart)
        // `">[`: the tag ends just after the value's closing quote.
        let tagClose = dataTEnd + 1, shownStart = dataTEnd + 3
        guard shownStart < src.count, src[dataTEnd] == UInt8(ascii: "\""), src[tagClose] == UInt8(ascii: ">"),
              src[dataTEnd + 2] == UInt8(ascii: "[") else { return false }
        let shownEnd = stampRunEnd(from: shownStart)
        // `]</a>`
        let end = shownEnd + 1 + Self.closeAnchor.count
        guard end <= src.count, src[shownEnd] == UInt8(ascii: "]"),
              Self.closeAnchor.withUnsafeBufferPointer({ ByteScan.equal(UnsafeBufferPointer(rebasing: src[(shownEnd + 1)..<end]), $0) })
        else { return false }
        index = end
        let shown = src[shownStart..<shownEnd]
        addAnchor(dataT: src[dataTStart..<dataTEnd], shown: shown.isEmpty ? nil : shown, at: tagClose)
        return true
    }

    /// The string of a text read as a stamp, so of digits and colons: ASCII,
    /// and at most eleven bytes, so it is a small string copied without the
    /// check that `String(decoding:)` makes.
    private static func stampString(_ run: Bytes) -> String {
        String(unsafeUninitializedCapacity: run.count) { buffer in
            guard let target = buffer.baseAddress, let source = run.base.baseAddress else { return 0 }
            target.initialize(from: source + run.startIndex, count: run.count)
            return run.count
        }
    }

    private static let usualAnchorOpening = Array(#"<a class="yt-timestamp" data-t=""#.utf8)

    /// The end of the digits and colons from `start`; `start` itself when
    /// they run past twelve bytes (longer than any stamp), so the shape fails.
    private func stampRunEnd(from start: Int) -> Int {
        var end = start
        while end < src.count, end - start <= 12, src[end] == UInt8(ascii: ":") || (src[end] >= 0x30 && src[end] <= 0x39) {
            end += 1
        }
        return end - start > 12 ? start : end
    }

    private static let closeAnchor = Array("</a>".utf8)
    private static let commentOpen = Array("<!--".utf8)
    private static let commentClose = Array("-->".utf8)
    private static let dataT = Array("data-t".utf8)
    /// Tags that separate words: `<br>`, `<p>`, `<div>`.
    private static let spacingTags = ["br", "p", "/p", "div", "/div"]

    /// The `>` ending a tag, if it comes before any `<` and within reach.
    private func tagEnd(from start: Int) -> Int? {
        let window = UnsafeBufferPointer(rebasing: src[..<min(src.count, start + 2000)])
        let marks = (UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ">"), UInt8(ascii: "<"))
        var position = start
        while let found = ByteScan.firstIndex(of: marks, in: window, from: position) {
            switch window[found] {
            case UInt8(ascii: ">"): return found
            case UInt8(ascii: "<"): return nil
            default: // a quote: what it holds is passed over
                guard let close = ByteScan.firstIndex(of: window[found], in: window, from: found + 1) else { return nil }
                position = close + 1
            }
        }
        return nil
    }

    /// A `<a …` that never reaches `>`: keep its `data-t` if one is complete,
    /// drop the rest of the tag, and say so.
    private mutating func unclosedTag() {
        let start = index
        var end = start + 1
        while end < src.count, src[end] != UInt8(ascii: "<"), src[end] != UInt8(ascii: "\n") { end += 1 }
        let fragment = src[(start + 1)..<end]
        if Self.isAnchorName(tagName(fragment)) {
            warn("unclosed <a> tag (no '>'); its text is left out", at: start)
            if let dataT = attribute(Self.dataT, in: fragment), let stamp = Timestamp(utf8: dataT) {
                record(Anchor(stamp: stamp, text: Self.string(dataT), shownStamp: nil, line: line(at: start)))
            }
            index = end
        } else {
            out.append(UInt8(ascii: "<"))
            index = start + 1
        }
    }

    /// After `<a … data-t="T">`: the shown text up to `</a>`, or a following
    /// `[T]` when the anchor was never closed.
    private mutating func anchorContent(dataT: Bytes, tagOffset: Int) {
        if let close = findCaseInsensitive(Self.closeAnchor, from: index) {
            let content = src[index..<close]
            index = close + 4
            if let run = Self.plainStampRun(content) {
                addAnchor(dataT: dataT, shown: run.isEmpty ? nil : run, at: tagOffset)
                return
            }
            let text = Self.plainStampBytes(content)
            if text.isEmpty {
                addAnchor(dataT: dataT, shown: nil, at: tagOffset)
            } else {
                text.withUnsafeBufferPointer { addAnchor(dataT: dataT, shown: $0[...], at: tagOffset) }
            }
            return
        }
        warn("timestamp anchor is not closed (no </a>)", at: tagOffset)
        var position = index
        while position < src.count, src[position] == 0x20 { position += 1 }
        var shown: Bytes?
        if position < src.count, src[position] == UInt8(ascii: "["),
           let close = src[position..<min(src.count, position + 14)].firstIndex(of: UInt8(ascii: "]")),
           Timestamp(utf8: src[(position + 1)..<close]) != nil {
            shown = src[(position + 1)..<close]
            index = close + 1
        }
        addAnchor(dataT: dataT, shown: shown, at: tagOffset)
    }

    /// `02:44:11` from `[02:44:11]`, the usual shape: the one run inside the
    /// brackets (empty when there is none); nil when the text holds a tag,
    /// spaces or inner brackets, which `plainStampBytes` removes.
    private static func plainStampRun(_ bytes: Bytes) -> Bytes? {
        let isBracket = { (byte: UInt8) in byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") }
        var lower = bytes.startIndex, upper = bytes.endIndex
        while lower < upper, isBracket(bytes[lower]) { lower += 1 }
        while upper > lower, isBracket(bytes[upper - 1]) { upper -= 1 }
        guard !bytes.contains(UInt8(ascii: "<")), !bytes[lower..<upper].contains(where: { isBracket($0) || isSpace($0) })
        else { return nil }
        return bytes[lower..<upper]
    }

    /// The shown text with brackets, tags and spaces removed.
    private static func plainStampBytes(_ bytes: Bytes) -> [UInt8] {
        var text: [UInt8] = []
        var inTag = false
        for byte in bytes {
            if byte == UInt8(ascii: "<") { inTag = true }
            if !inTag && byte != UInt8(ascii: "[") && byte != UInt8(ascii: "]") && !isSpace(byte) { text.append(byte) }
            if byte == UInt8(ascii: ">") { inTag = false }
        }
        return text
    }

    /// Records the anchor of a `data-t` and a shown stamp, read from their
    /// bytes; a String is made only for the text the anchor keeps.
    private mutating func addAnchor(dataT: Bytes?, shown: Bytes?, at offset: Int) {
        let line = line(at: offset)
        let stamp = dataT.flatMap { Timestamp(utf8: $0) }
        // Usually the shown text is the `data-t` itself: read it once.
        let shownStamp: Timestamp?
        if let shown, let dataT, ByteScan.equal(UnsafeBufferPointer(rebasing: shown), UnsafeBufferPointer(rebasing: dataT)) {
            shownStamp = stamp
        } else {
            shownStamp = shown.flatMap { Timestamp(utf8: $0) }
        }
        if let stamp, let text = shown ?? dataT {
            let textIsStamp = shown == nil || shownStamp != nil
            record(Anchor(stamp: stamp, text: textIsStamp ? Self.stampString(text) : Self.string(text),
                          shownStamp: shownStamp, line: line))
        } else if let shownStamp, let shown {
            if let dataT {
                warn("data-t=\"\(Self.string(dataT))\" is not a timestamp; using the shown [\(Self.string(shown))]",
                     at: offset)
            }
            record(Anchor(stamp: shownStamp, text: Self.stampString(shown), shownStamp: nil, line: line))
        } else {
            warn("timestamp anchor without a readable time (data-t=\"\(dataT.map(Self.string) ?? "")\"); left out",
                 at: offset)
        }
    }

    static func string(_ bytes: Bytes) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    private mutating func record(_ anchor: consuming Anchor) { // moved into `anchors`, not copied
        anchors.append(anchor)
        out.append(Self.anchorMark)
    }

    // MARK: - Brackets

    mutating func bracket() {
        if peek(1) == UInt8(ascii: "[") {
            wikiLink()
        } else if peek(1) == UInt8(ascii: "^"), let close = find(UInt8(ascii: "]"), from: index + 2) {
            index = close + 1 // footnote reference
        } else if let close = stampClose(from: index + 1) {
            bareStamp(close: close)
        } else if let link = markdownLink(from: index) {
            linkCloses.append(link)
            index += 1
        } else {
            out.append(UInt8(ascii: "["))
            index += 1
        }
    }

    mutating func image() {
        if let link = markdownLink(from: index + 1) {
            index = link.resume
        } else {
            out.append(UInt8(ascii: "!"))
            index += 1
        }
    }

    private mutating func wikiLink() {
        guard let close = find(Self.wikiClose, from: index + 2) else {
            index += 2 // an unclosed [[ is residue
            return
        }
        let content = src[(index + 2)..<close]
        if let bar = content.firstIndex(of: UInt8(ascii: "|")) {
            var target = content[..<bar]
            if target.last == UInt8(ascii: "\\") { target = target.dropLast() }
            let label = content[(bar + 1)...]
            emitLink(label.contains(where: { !isSpace($0) }) ? label : target, hashAsSpace: false)
        } else {
            emitLink(content, hashAsSpace: true)
        }
        while out.last == 0x20 { out.removeLast() }
        index = close + 2
    }

    /// The text of a wiki link without its leading white space; `#` reads as
    /// a space when `hashAsSpace` (`[[Page#Section]]`).
    private mutating func emitLink(_ bytes: Bytes, hashAsSpace: Bool) {
        var started = false
        for var byte in bytes {
            if hashAsSpace, byte == UInt8(ascii: "#") { byte = 0x20 }
            if !started {
                if isSpace(byte) { continue }
                started = true
            }
            if byte == 0x20 || byte == 0x09 || byte == 0x0A { emitSpace() } else { out.append(byte) }
        }
    }

    private static let wikiClose = Array("]]".utf8)

    /// The `]` of `[T]` when the brackets hold a timestamp.
    private func stampClose(from start: Int) -> Int? {
        let limit = min(src.count, start + 12)
        guard let close = src[start..<limit].firstIndex(of: UInt8(ascii: "]")) else { return nil }
        return Timestamp(utf8: src[start..<close]) != nil ? close : nil
    }

    /// `[T]`, `[T](url)`, or the `[T](` before an `<a>` anchor.
    private mutating func bareStamp(close: Int) {
        let stamp = src[(index + 1)..<close]
        if close + 1 < src.count, src[close + 1] == UInt8(ascii: "(") {
            var position = close + 2
            while position < src.count, src[position] == 0x20 { position += 1 }
            if position + 1 < src.count, src[position] == UInt8(ascii: "<"), src[position + 1] | 0x20 == UInt8(ascii: "a") {
                index = position
                dropCloseParen = true
                return
            }
            if let paren = find(UInt8(ascii: ")"), from: close + 2) {
                addAnchor(dataT: nil, shown: stamp, at: index)
                index = paren + 1
                return
            }
        }
        addAnchor(dataT: nil, shown: stamp, at: index)
        index = close + 1
    }

    /// `[text](url)`: the `]` and where to resume after the `)`.
    private func markdownLink(from start: Int) -> (bracket: Int, resume: Int)? {
        var depth = 0
        var position = start
        while position < src.count {
            let byte = src[position]
            if byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { break }
            }
            position += 1
        }
        guard position + 1 < src.count, src[position + 1] == UInt8(ascii: "("),
              let paren = find(UInt8(ascii: ")"), from: position + 2) else { return nil }
        return (position, paren + 1)
    }

    // MARK: - Searching

    func find(_ pattern: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, start < src.count else { return nil }
        var position = start
        while let found = ByteScan.firstIndex(of: first, in: src, from: position), found + pattern.count <= src.count {
            if src[found..<(found + pattern.count)].elementsEqual(pattern) { return found }
            position = found + 1
        }
        return nil
    }

    func find(_ byte: UInt8, from start: Int) -> Int? {
        guard start < src.count else { return nil }
        return src[start...].firstIndex(of: byte)
    }

    private func findCaseInsensitive(_ pattern: [UInt8], from start: Int) -> Int? {
        let first = pattern[0] | 0x20
        var position = start
        while position < src.count {
            if src[position] | 0x20 == first, matchesCaseInsensitive(pattern, at: position) { return position }
            position += 1
        }
        return nil
    }

    private func matchesCaseInsensitive(_ pattern: [UInt8], at position: Int? = nil) -> Bool {
        let start = position ?? index
        guard start + pattern.count <= src.count else { return false }
        for (offset, byte) in pattern.enumerated() where src[start + offset] | 0x20 != byte | 0x20 {
            return false
        }
        return true
    }

    /// The name of a tag as written (`a`, `/p`, `BR`), up to a space, `>` or a closing `/`.
    private func tagName(_ tag: Bytes) -> Bytes {
        var end = tag.startIndex
        while end < tag.endIndex {
            let byte = tag[end]
            if isSpace(byte) || byte == UInt8(ascii: ">") || (byte == UInt8(ascii: "/") && end > tag.startIndex) { break }
            end += 1
        }
        return tag[tag.startIndex..<end]
    }

    /// `isName(name, "a")`, asked of the one byte.
    private static func isAnchorName(_ name: Bytes) -> Bool {
        guard name.count == 1, let byte = name.first else { return false }
        return byte == UInt8(ascii: "a") || byte == UInt8(ascii: "A")
    }

    /// Whether a tag name is `lower`, letters compared without case.
    private static func isName(_ name: Bytes, _ lower: String) -> Bool {
        name.elementsEqual(lower.utf8) { $0 | (isLetter($0) ? 0x20 : 0) == $1 }
    }

    /// The value of `name="…"` (or `'…'`, or unquoted) in a tag.
    private func attribute(_ pattern: [UInt8], in tag: Bytes) -> Bytes? {
        var position = tag.startIndex
        let first = pattern[0]
        let window = UnsafeBufferPointer(rebasing: tag.base[..<tag.endIndex])
        while position + pattern.count < tag.endIndex {
            guard let found = ByteScan.firstIndex(of: first, in: window, from: position) else { return nil }
            guard found == position else {
                position = found
                continue
            }
            let matches = tag[position..<(position + pattern.count)].elementsEqual(pattern)
            let boundary = position == tag.startIndex || isSpace(tag[position - 1])
            if matches && boundary {
                var cursor = position + pattern.count
                while cursor < tag.endIndex, isSpace(tag[cursor]) { cursor += 1 }
                guard cursor < tag.endIndex, tag[cursor] == UInt8(ascii: "=") else { return nil }
                cursor += 1
                while cursor < tag.endIndex, isSpace(tag[cursor]) { cursor += 1 }
                guard cursor < tag.endIndex else { return nil }
                let quote = tag[cursor]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    guard let end = tag[(cursor + 1)...].firstIndex(of: quote) else { return nil }
                    return tag[(cursor + 1)..<end]
                }
                let end = tag[cursor...].firstIndex(where: { isSpace($0) || $0 == UInt8(ascii: ">") }) ?? tag.endIndex
                return tag[cursor..<end]
            }
            position += 1
        }
        return nil
    }
}

func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }
