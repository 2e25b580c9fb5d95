import RecallKit

/// Draws one card of the review on a terminal: header with what is left,
/// the front, and once revealed the answer, the claim, the cited moment
/// (a clickable link) and the interval each grade would give.
struct ReviewScreen {
    let width: Int
    let style: Style
    let links: Bool

    func render(_ shown: SessionCard, counts: DailyQueue.Counts, revealed: Bool, notice: String?) -> String {
        var lines = header(shown, counts: counts)
        lines.append("")
        let frontLines = shown.card.front.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if frontLines.count > 1, let context = frontLines.first {
            lines += TextLayout.wrap(context, width: width, indent: "  ").map(style.dim)
            lines.append("")
        }
        lines += TextLayout.wrap(frontLines.dropFirst(frontLines.count > 1 ? 1 : 0).joined(separator: "\n"), width: width, indent: "  ")
        lines.append("")
        if revealed {
            lines += back(shown)
        } else {
            lines.append(style.dim("  space/enter show answer · s bury · u undo · q quit"))
        }
        if let notice {
            lines.append("")
            lines += TextLayout.wrap(notice, width: width, indent: "  ").map(style.yellow)
        }
        return Screen.clear + lines.joined(separator: "\r\n") + "\r\n"
    }

    private func header(_ shown: SessionCard, counts: DailyQueue.Counts) -> [String] {
        let left = "new \(counts.new) · review \(counts.review) · again \(counts.redrill)"
        let deck = shown.card.deck
        let room = max(10, width - left.count - 4)
        let title = deck.count > room ? String(deck.prefix(room - 1)) + "…" : deck
        let gap = String(repeating: " ", count: max(1, width - title.count - left.count - 2))
        return [" " + style.bold(title) + gap + style.cyan(left), style.dim(String(repeating: "─", count: width))]
    }

    private func back(_ shown: SessionCard) -> [String] {
        let card = shown.card
        var lines = TextLayout.wrap(card.back, width: width, indent: "  ").map(style.green)
        lines.append("")
        lines += TextLayout.wrap(card.claim, width: width, indent: "  ")
        lines.append("")
        let section = card.section.isEmpty ? card.title : ([card.title] + card.section).joined(separator: " › ")
        lines += TextLayout.wrap(section, width: width, indent: "  ").map(style.dim)
        for moment in card.moments.isEmpty ? [card.citation] : card.moments {
            let label = "▶ " + TextLayout.moment(moment)
            if let url = moment.url {
                lines.append("  " + label + "  " + (links ? Screen.link(url, to: url) : url))
            } else {
                lines.append("  " + label + "  (no video link)")
            }
        }
        lines.append("")
        lines.append("  " + TextLayout.gradeNames.map { grade, name in
            "\(style.bold(String(grade.rawValue))) \(name) \(TextLayout.interval(shown.intervals[grade] ?? 1))"
        }.joined(separator: "   "))
        lines.append(style.dim("  0–5 or a/h/g/e grade · u undo · s bury · q quit"))
        return lines
    }
}
