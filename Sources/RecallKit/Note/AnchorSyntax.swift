/// The ways notes write a timestamp anchor (PRODUCT.md §1), one row each.
/// The inline reader tries them in this order at every `<` and `[`; the
/// first that reads an anchor there wins.
struct AnchorSyntax: Sendable {
    let name: String
    /// How notes write it.
    let example: String
    /// The anchor written at `start`, when this syntax is there.
    let read: @Sendable ([Character], Int) -> AnchorMatch?

    static let all: [AnchorSyntax] = [linkWrapped, htmlAnchor, unclosedHTMLAnchor, bracketed]

    /// A bare stamp opening a Markdown link around an anchor: one anchor, not two.
    static let linkWrapped = AnchorSyntax(
        name: "link-wrapped anchor",
        example: #"[00:00:04](<a class="yt-timestamp" data-t="00:00:04">[00:00:04]</a>)"#
    ) { text, start in
        guard let close = stampClose(text, from: start), text[safe: close + 1] == "(" else { return nil }
        var index = close + 2
        while text[safe: index] == " " { index += 1 }
        guard var match = htmlAnchor.read(text, index) else { return nil }
        if text[safe: match.end] == ")" { match.end += 1 }
        return match
    }

    /// `<a class="yt-timestamp" data-t="T">[D]</a>`: any `<a>` with a
    /// `data-t`, whatever its class; its text may lack brackets or be empty.
    static let htmlAnchor = AnchorSyntax(
        name: "HTML anchor",
        example: #"<a class="yt-timestamp" data-t="02:44:11">[02:44:11]</a>"#
    ) { text, start in
        guard let tag = HTMLTag(in: text, at: start), tag.name == "a", let dataT = tag.attributes["data-t"] else {
            return nil
        }
        if let close = closingTag(text, from: tag.range.upperBound) {
            return AnchorMatch(dataT: dataT, shown: shownStamp(text[tag.range.upperBound..<close.lowerBound]),
                               end: close.upperBound)
        }
        // Never closed: a `[T]` just after it is its text.
        var index = tag.range.upperBound
        while text[safe: index] == " " { index += 1 }
        if let close = stampClose(text, from: index) {
            return AnchorMatch(dataT: dataT, shown: text.string((index + 1)..<close), end: close + 1,
                               warning: "timestamp anchor is not closed (no </a>)")
        }
        return AnchorMatch(dataT: dataT, shown: "", end: tag.range.upperBound,
                           warning: "timestamp anchor is not closed (no </a>)")
    }

    /// `<a … data-t="T"` that never reaches its `>`: the `data-t` is kept,
    /// the rest of the tag dropped.
    static let unclosedHTMLAnchor = AnchorSyntax(
        name: "unclosed HTML anchor",
        example: #"<a class="yt-timestamp" data-t="00:01:02" [00:01:02] text"#
    ) { text, start in
        guard text.matches("<a ", at: start, ignoringCase: true), HTMLTag(in: text, at: start) == nil else { return nil }
        var end = start + 1
        while let next = text[safe: end], next != "<", next != "\n" { end += 1 }
        var index = start + 3
        while index < end {
            if text.matches("data-t", at: index, ignoringCase: true),
               let (_, value, _) = HTMLTag.attribute(in: text, at: index), !value.isEmpty {
                return AnchorMatch(dataT: value, shown: "", end: end,
                                   warning: "unclosed <a> tag (no '>'); its text is left out")
            }
            index += 1
        }
        return nil
    }

    /// `[T]` written outside any tag, perhaps as a link `[T](url)`.
    static let bracketed = AnchorSyntax(name: "bare stamp", example: "[00:01:35]") { text, start in
        guard let close = stampClose(text, from: start) else { return nil }
        var end = close + 1
        if text[safe: end] == "(", let paren = text.firstIndex(of: ")", from: end + 1, limit: end + 300),
           !text[(end + 1)..<paren].contains(where: \.isBlank) {
            end = paren + 1
        }
        return AnchorMatch(dataT: nil, shown: text.string((start + 1)..<close), end: end)
    }

    /// The `]` of `[T]` at `start` when the brackets hold a timestamp.
    private static func stampClose(_ text: [Character], from start: Int) -> Int? {
        guard text[safe: start] == "[", let close = text.firstIndex(of: "]", from: start + 1, limit: start + 14),
              Timestamp(text.string((start + 1)..<close)) != nil else { return nil }
        return close
    }

    /// The `</a>` closing an anchor whose tag ends at `start`: other tags
    /// may come first, another `<a` may not.
    private static func closingTag(_ text: [Character], from start: Int) -> Range<Int>? {
        var index = start
        while let open = text.firstIndex(of: "<", from: index, limit: start + 200) {
            guard let tag = HTMLTag(in: text, at: open) else {
                index = open + 1
                continue
            }
            if tag.name == "/a" { return tag.range }
            if tag.name == "a" { return nil }
            index = tag.range.upperBound
        }
        return nil
    }

    /// The text an anchor shows, without brackets, tags and spaces.
    private static func shownStamp(_ content: ArraySlice<Character>) -> String {
        var shown = ""
        var inTag = false
        for character in content {
            if character == "<" { inTag = true }
            if !inTag, character != "[", character != "]", !character.isBlank { shown.append(character) }
            if character == ">" { inTag = false }
        }
        return shown
    }
}

/// An anchor as a syntax reads it, before its stamp is checked.
struct AnchorMatch {
    /// The `data-t` value, when the syntax has one.
    var dataT: String?
    /// The text shown in the note, without brackets (empty when none).
    var shown: String
    /// Where the anchor's markup ends.
    var end: Int
    /// What the user should know about how it is written.
    var warning: String?
}
