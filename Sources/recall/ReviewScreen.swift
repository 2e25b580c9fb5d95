import RecallKit

/// Draws one card of the review on a terminal of `width` × `height`: the
/// header with what is left, the front, and once revealed the answer, the
/// claim, the cited moment (a clickable link) and the interval each grade
/// would give; the key hints on the last line.
///
/// Every line fits the width (text folds at words, a long link is cut into
/// pieces, the hints leave out the least important keys), and the frame is
/// never taller than the terminal: the header, the question and the hints
/// always show, and what does not fit below the question scrolls (`j`/`k`,
/// the arrows, page up/down), with a line saying which lines show.
struct ReviewScreen {
    let width: Int
    let height: Int
    let style: Style
    let links: Bool

    /// One drawn frame, and how far its body can scroll.
    struct Frame {
        let text: String
        /// The largest useful scroll offset (0: everything shows).
        let maxScroll: Int
        /// Lines the body shows below the question (a page).
        let page: Int
    }

    /// A line of the screen: its visible text (for measuring) and how it is drawn.
    private struct Line {
        var plain: String
        var drawn: String
        init(_ plain: String, drawn: String? = nil) {
            self.plain = plain
            self.drawn = drawn ?? plain
        }
        static let blank = Line("")
    }

    func render(_ shown: SessionCard, counts: DailyQueue.Counts, revealed: Bool, notice: String?, scroll: Int = 0) -> Frame {
        let header = self.header(shown, counts: counts)
        // A notice takes three lines at most, the last cut with `…` when there is more.
        let noticeLines: [Line] = notice.map { text -> [Line] in
            var lines = TextLayout.wrap(text, width: width, indent: "  ")
            if lines.count > 3 {
                lines = Array(lines.prefix(3))
                lines[2] = lines[2].count < width ? lines[2] + "…" : TextLayout.cut(lines[2], width: width)
            }
            return lines.map { Line($0, drawn: style.yellow($0)) }
        } ?? []
        let room = max(3, height - header.count - noticeLines.count - 1)

        // The roomy layout (blank lines between parts) when it fits, else a compact one.
        var question = self.question(shown, compact: false)
        var answer = revealed ? back(shown, compact: false) : []
        var overflow = question.count + answer.count > room
        if overflow {
            question = self.question(shown, compact: true)
            answer = revealed ? back(shown, compact: true) : []
            overflow = question.count + answer.count > room
        }
        var body: [Line]
        var maxScroll = 0
        var page = room
        if !overflow {
            body = question + answer
        } else {
            // The question stays; below it a window on the rest, and a line saying where it is.
            let pinned = min(question.count, revealed ? max(2, room / 2) : room - 2)
            let rest = Array(question.dropFirst(pinned)) + answer
            page = max(1, room - pinned - 1)
            maxScroll = max(0, rest.count - page)
            let offset = min(max(0, scroll), maxScroll)
            let window = rest[offset..<min(rest.count, offset + page)]
            let where_ = "lines \(offset + 1)–\(offset + window.count) of \(rest.count)"
            let keys = offset == 0 ? "j/↓ more" : (offset == maxScroll ? "k/↑ back" : "j/k scroll")
            let marker = ["  ── \(where_) · \(keys) ──", "  \(where_) · \(keys)", "  " + where_].first { $0.count <= width }
                ?? TextLayout.cut("  " + where_, width: width)
            body = Array(question.prefix(pinned)) + window + [Line(marker, drawn: style.dim(marker))]
        }
        let hints = revealed ? answerHints(scrolls: overflow) : questionHints(scrolls: overflow)
        let footer = Line(hints, drawn: style.dim(hints))
        // The hints on the last line: blank lines fill the gap.
        let gap = max(0, height - header.count - body.count - noticeLines.count - 1)
        let filler: [Line] = Array(repeating: Line.blank, count: gap)
        var lines: [Line] = header
        lines += body
        lines += filler
        lines += noticeLines
        lines.append(footer)
        // No newline after the last line: the screen must not scroll.
        return Frame(text: Screen.clear + lines.map(\.drawn).joined(separator: "\r\n"), maxScroll: maxScroll, page: page)
    }

    private func questionHints(scrolls: Bool) -> String {
        let reveal = width >= 52 ? "space/enter show answer" : "space answer"
        return TextLayout.hints([reveal, "q quit", "s bury", "u undo"] + (scrolls ? ["j/k scroll"] : []) + Self.cardKeys,
                                width: width)
    }

    private func answerHints(scrolls: Bool) -> String {
        let grade = width >= 60 ? "0–5 or a/h/g/e grade" : "a/h/g/e grade"
        return TextLayout.hints([grade, "q quit", "u undo", "o open video", "s bury"] + (scrolls ? ["j/k scroll"] : [])
                                + Self.cardKeys, width: width)
    }

    /// The keys that change the card itself, hinted where the line has room.
    private static let cardKeys = ["x suspend", "E edit"]

    private func header(_ shown: SessionCard, counts: DailyQueue.Counts) -> [Line] {
        var left = "new \(counts.new) · review \(counts.review) · again \(counts.redrill)"
        if width - left.count - 3 < 12 { left = "new \(counts.new) rev \(counts.review) again \(counts.redrill)" }
        let title = TextLayout.cut(shown.card.deck, width: max(1, width - left.count - 3))
        let gap = String(repeating: " ", count: max(1, width - title.count - left.count - 1))
        let rule = String(repeating: "─", count: width)
        return [Line(" " + title + gap + left, drawn: " " + style.bold(title) + gap + style.cyan(left)),
                Line(rule, drawn: style.dim(rule))]
    }

    /// The context line (`Title › Section`) and the front, folded to the width.
    private func question(_ shown: SessionCard, compact: Bool) -> [Line] {
        var lines: [Line] = compact ? [] : [.blank]
        let frontLines = shown.card.front.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if frontLines.count > 1, let context = frontLines.first {
            let folded = compact ? [TextLayout.cut("  " + context, width: width)] : TextLayout.wrap(context, width: width, indent: "  ")
            lines += folded.map { Line($0, drawn: style.dim($0)) }
            if !compact { lines.append(.blank) }
        }
        let front = frontLines.dropFirst(frontLines.count > 1 ? 1 : 0).joined(separator: "\n")
        lines += TextLayout.wrap(front, width: width, indent: "  ").map { Line($0) }
        return lines
    }

    private func back(_ shown: SessionCard, compact: Bool) -> [Line] {
        let card = shown.card
        let wrap = { (text: String) in TextLayout.wrap(text, width: width, indent: "  ") }
        var lines: [Line] = [.blank]
        lines += wrap(card.back).map { Line($0, drawn: style.green($0)) }
        if !compact { lines.append(.blank) }
        lines += wrap(card.claim).map { Line($0) }
        if !compact { lines.append(.blank) }
        let section = card.section.isEmpty ? card.title : ([card.title] + card.section).joined(separator: " › ")
        lines += wrap(section).map { Line($0, drawn: style.dim($0)) }
        for moment in card.moments.isEmpty ? [card.citation] : card.moments {
            lines += self.moment(moment)
        }
        if !compact { lines.append(.blank) }
        let grades = TextLayout.gradeNames.map { grade, name in
            (digit: String(grade.rawValue), rest: " \(name) \(TextLayout.interval(shown.intervals[grade] ?? 1))")
        }
        let items = grades.map { $0.digit + $0.rest }
        for row in TextLayout.flow(items, width: width, indent: "  ") {
            let drawn = row.map { item in
                grades.first { $0.digit + $0.rest == item }.map { style.bold($0.digit) + $0.rest } ?? item
            }
            lines.append(Line("  " + row.joined(separator: "   "), drawn: "  " + drawn.joined(separator: "   ")))
        }
        return lines
    }

    /// `▶ 2:44  URL` on one line when it fits, else the URL under it, cut
    /// into pieces the width allows (each piece the whole link where links work).
    private func moment(_ moment: Moment) -> [Line] {
        let label = "  ▶ " + TextLayout.moment(moment)
        guard let url = moment.url else {
            let line = label + "  (no video link)"
            return line.count <= width ? [Line(line)] : [Line(TextLayout.cut(label, width: width)), Line(TextLayout.cut("    (no video link)", width: width))]
        }
        let link = { (text: String) in links ? Screen.link(text, to: url) : text }
        if label.count + 2 + url.count <= width {
            return [Line(label + "  " + url, drawn: label + "  " + link(url))]
        }
        return [Line(TextLayout.cut(label, width: width))]
            + TextLayout.chunks(url, width: width - 4).map { Line("    " + $0, drawn: "    " + link($0)) }
    }
}
