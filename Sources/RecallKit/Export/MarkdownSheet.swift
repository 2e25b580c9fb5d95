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

    private static func entry(_ card: CardListing, number: Int) -> [String] {
        let body = card.front.split(separator: "\n").last.map(String.init) ?? card.front
        let moment = card.citation.url.map { "[\(card.citation.timestamp)](\($0))" } ?? card.citation.timestamp
        return [
            "\(number). \(escape(body))",
            "   **\(escape(card.back))** — \(moment)",
            "",
        ]
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

    /// Markdown's own characters, escaped so card text prints as written.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if "\\`*_<|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
