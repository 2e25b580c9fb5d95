/// Tags, links and timestamp anchors.
extension InlineScanner {
    mutating func tag() {
        if matchesCaseInsensitive("</a>") {
            index += 4
            return
        }
        guard let next = peek(1), isLetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") else {
            out.append(UInt8(ascii: "<"))
            index += 1
            return
        }
        if matchesCaseInsensitive("<!--") {
            index = find("-->", from: index + 4).map { $0 + 3 } ?? src.count
            return
        }
        guard let close = tagEnd(from: index + 1) else {
            unclosedTag()
            return
        }
        let tag = src[(index + 1)..<close]
        let name = tagName(tag)
        index = close + 1
        if name == "a", let dataT = attribute("data-t", in: tag) {
            anchorContent(dataT: dataT, tagOffset: close)
        } else if name == "br" || name == "p" || name == "/p" || name == "div" || name == "/div" {
            emitSpace()
        }
    }

    /// The `>` ending a tag, if it comes before any `<` and within reach.
    private func tagEnd(from start: Int) -> Int? {
        let limit = min(src.count, start + 2000)
        var position = start
        var quote: UInt8? = nil
        while position < limit {
            let byte = src[position]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return position
            } else if byte == UInt8(ascii: "<") {
                return nil
            }
            position += 1
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
        if tagName(fragment) == "a" {
            warn("unclosed <a> tag (no '>'); its text is left out", at: start)
            if let dataT = attribute("data-t", in: fragment), let stamp = Timestamp(dataT) {
                record(Anchor(stamp: stamp, text: dataT, shownStamp: nil, line: line(at: start)))
            }
            index = end
        } else {
            out.append(UInt8(ascii: "<"))
            index = start + 1
        }
    }

    /// After `<a … data-t="T">`: the shown text up to `</a>`, or a following
    /// `[T]` when the anchor was never closed.
    private mutating func anchorContent(dataT: String, tagOffset: Int) {
        let shown: String?
        if let close = findCaseInsensitive("</a>", from: index) {
            shown = Self.plainStamp(src[index..<close])
            index = close + 4
        } else {
            warn("timestamp anchor is not closed (no </a>)", at: tagOffset)
            var position = index
            while position < src.count, src[position] == 0x20 { position += 1 }
            if position < src.count, src[position] == UInt8(ascii: "["),
               let close = src[position..<min(src.count, position + 14)].firstIndex(of: UInt8(ascii: "]")),
               Timestamp(String(decoding: src[(position + 1)..<close], as: UTF8.self)) != nil {
                shown = String(decoding: src[(position + 1)..<close], as: UTF8.self)
                index = close + 1
            } else {
                shown = nil
            }
        }
        addAnchor(dataT: dataT, shown: shown, at: tagOffset)
    }

    /// `02:44:11` from `[02:44:11]` (brackets, tags and spaces removed).
    private static func plainStamp(_ bytes: ArraySlice<UInt8>) -> String? {
        var text: [UInt8] = []
        var inTag = false
        for byte in bytes {
            if byte == UInt8(ascii: "<") { inTag = true }
            if !inTag && byte != UInt8(ascii: "[") && byte != UInt8(ascii: "]") && !isSpace(byte) { text.append(byte) }
            if byte == UInt8(ascii: ">") { inTag = false }
        }
        return text.isEmpty ? nil : String(decoding: text, as: UTF8.self)
    }

    private mutating func addAnchor(dataT: String?, shown: String?, at offset: Int) {
        let line = line(at: offset)
        let stamp = dataT.flatMap { Timestamp($0) }
        let shownStamp = shown.flatMap { Timestamp($0) }
        if let stamp {
            record(Anchor(stamp: stamp, text: shown ?? dataT!, shownStamp: shownStamp, line: line))
        } else if let shownStamp, let shown {
            if let dataT { warn("data-t=\"\(dataT)\" is not a timestamp; using the shown [\(shown)]", at: offset) }
            record(Anchor(stamp: shownStamp, text: shown, shownStamp: nil, line: line))
        } else {
            warn("timestamp anchor without a readable time (data-t=\"\(dataT ?? "")\"); left out", at: offset)
        }
    }

    private mutating func record(_ anchor: Anchor) {
        anchors.append(anchor)
        out.append(Self.anchorMark)
    }

    // MARK: - Brackets

    mutating func bracket() {
        if peek(1) == UInt8(ascii: "[") {
            wikiLink()
        } else if peek(1) == UInt8(ascii: "^"), let close = find("]", from: index + 2) {
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
        guard let close = find("]]", from: index + 2) else {
            index += 2 // an unclosed [[ is residue
            return
        }
        var content = Array(src[(index + 2)..<close])
        if let bar = content.firstIndex(of: UInt8(ascii: "|")) {
            var target = content[..<bar]
            if target.last == UInt8(ascii: "\\") { target = target.dropLast() }
            let label = content[(bar + 1)...]
            content = label.contains(where: { !isSpace($0) }) ? Array(label) : Array(target)
        } else {
            content = content.map { $0 == UInt8(ascii: "#") ? 0x20 : $0 }
        }
        emit(content.drop(while: isSpace))
        while out.last == 0x20 { out.removeLast() }
        index = close + 2
    }

    /// The `]` of `[T]` when the brackets hold a timestamp.
    private func stampClose(from start: Int) -> Int? {
        let limit = min(src.count, start + 12)
        guard let close = src[start..<limit].firstIndex(of: UInt8(ascii: "]")) else { return nil }
        return Timestamp(String(decoding: src[start..<close], as: UTF8.self)) != nil ? close : nil
    }

    /// `[T]`, `[T](url)`, or the `[T](` before an `<a>` anchor.
    private mutating func bareStamp(close: Int) {
        let stamp = String(decoding: src[(index + 1)..<close], as: UTF8.self)
        if close + 1 < src.count, src[close + 1] == UInt8(ascii: "(") {
            var position = close + 2
            while position < src.count, src[position] == 0x20 { position += 1 }
            if position + 1 < src.count, src[position] == UInt8(ascii: "<"), src[position + 1] | 0x20 == UInt8(ascii: "a") {
                index = position
                dropCloseParen = true
                return
            }
            if let paren = find(")", from: close + 2) {
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
              let paren = find(")", from: position + 2) else { return nil }
        return (position, paren + 1)
    }

    // MARK: - Searching

    func find(_ needle: String, from start: Int) -> Int? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first, start < src.count else { return nil }
        var position = start
        while position + pattern.count <= src.count {
            if src[position] == first && src[position..<(position + pattern.count)].elementsEqual(pattern) {
                return position
            }
            position += 1
        }
        return nil
    }

    private func findCaseInsensitive(_ needle: String, from start: Int) -> Int? {
        var position = start
        while position < src.count {
            if matchesCaseInsensitive(needle, at: position) { return position }
            position += 1
        }
        return nil
    }

    private func matchesCaseInsensitive(_ needle: String, at position: Int? = nil) -> Bool {
        let start = position ?? index
        let pattern = Array(needle.utf8)
        guard start + pattern.count <= src.count else { return false }
        for (offset, byte) in pattern.enumerated() where src[start + offset] | 0x20 != byte | 0x20 {
            return false
        }
        return true
    }

    private func tagName(_ tag: ArraySlice<UInt8>) -> String {
        var name: [UInt8] = []
        for byte in tag {
            if isSpace(byte) || byte == UInt8(ascii: ">") || (byte == UInt8(ascii: "/") && !name.isEmpty) { break }
            name.append(byte | (isLetter(byte) ? 0x20 : 0))
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// The value of `name="…"` (or `'…'`, or unquoted) in a tag.
    private func attribute(_ name: String, in tag: ArraySlice<UInt8>) -> String? {
        let pattern = Array(name.utf8)
        var position = tag.startIndex
        while position + pattern.count < tag.endIndex {
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
                    return String(decoding: tag[(cursor + 1)..<end], as: UTF8.self)
                }
                let end = tag[cursor...].firstIndex(where: { isSpace($0) || $0 == UInt8(ascii: ">") }) ?? tag.endIndex
                return String(decoding: tag[cursor..<end], as: UTF8.self)
            }
            position += 1
        }
        return nil
    }
}

func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }
