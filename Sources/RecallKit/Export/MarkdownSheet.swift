/// A printable study sheet: decks, then sections, each card with its answer
/// and a clickable link to the cited moment. Deterministic: the same cards
/// always give the same text.
public enum MarkdownSheet {
    public static func render(_ cards: [CardListing]) -> String {
        var out: [String] = []
        for deck in group(cards, by: \.deck) {
            let first = deck.items[0]
            out.append("# \(escape(deck.key))")
            out.append("")
            let link = first.videoId.map { " · [video](https://www.youtube.com/watch?v=\($0))" } ?? ""
            out.append("*\(escape(first.title))*\(link) · \(deck.items.count) card\(deck.items.count == 1 ? "" : "s")")
            for section in group(deck.items, by: { $0.section.joined(separator: " › ") }) {
                if out.last != "" { out.append("") }
                out.append("## \(section.key.isEmpty ? "Introduction" : escape(section.key))")
                out.append("")
                for (index, card) in section.items.enumerated() {
                    out += entry(card, number: index + 1)
                }
            }
        }
        return out.joined(separator: "\n")
    }

    /// The question (the front without its context line, which the headings
    /// already show), then the answer and the cited moment.
    private static func entry(_ card: CardListing, number: Int) -> [String] {
        let body = question(card)
        let moment = (card.moments.isEmpty ? [card.citation] : card.moments).map { moment in
            moment.url.map { "[\(escape(moment.timestamp))](\($0))" } ?? escape(moment.timestamp)
        }.joined(separator: ", ")
        let indent = String(number).count + 2
        return [
            "\(number). \(escape(body, indent: indent))",
            "   **\(escape(card.back, indent: indent))** — \(moment)",
            "",
        ]
    }

    /// The front without its first line when that line is the card's
    /// context (`Title › Section`, `Title › Parent`, `Title` or `Section`).
    static func question(_ card: CardListing) -> String {
        let lines = card.front.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard lines.count == 2 else { return card.front }
        var contexts: Set<String> = [card.title]
        if let deepest = card.section.last {
            contexts.formUnion(["\(card.title) › \(deepest)", deepest])
        }
        if card.section.count >= 2 { contexts.insert("\(card.title) › \(card.section[card.section.count - 2])") }
        return contexts.contains(String(lines[0])) ? String(lines[1]) : card.front
    }

    private struct Group {
        let key: String
        var items: [CardListing]
    }

    /// Groups in first-appearance order.
    private static func group(_ cards: [CardListing], by key: (CardListing) -> String) -> [Group] {
        var groups: [Group] = []
        var index: [String: Int] = [:]
        for card in cards {
            let name = key(card)
            if let position = index[name] {
                groups[position].items.append(card)
            } else {
                index[name] = groups.count
                groups.append(Group(key: name, items: [card]))
            }
        }
        return groups
    }

    /// Markdown's own characters escaped, so card text prints as written:
    /// `\\`*_<|&#` always, `]` before `(` or `[` (a link), and each line
    /// break as a hard break continued at `indent` spaces (inside a list item).
    static func escape(_ text: String, indent: Int = 0) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            if character == "\n" || character == "\r\n" || character == "\r" {
                out += "\\\n" + String(repeating: " ", count: indent)
                continue
            }
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if "\\`*_<|&#".contains(character) || (character == "]" && (next == "(" || next == "[")) {
                out.append("\\")
            }
            out.append(character)
        }
        return out
    }
}
