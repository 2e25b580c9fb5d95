/// `recall stats --html FILE`: one self-contained page (no network) with SVG
/// charts of the same figures as `--json`: forecast, heatmap, retention over
/// time, intervals, per-section retention, and links to the cited moments.
/// Well-formed XHTML, so it can be parsed and checked.
public struct HTMLReport {
    let stats: Statistics

    public init(stats: Statistics) { self.stats = stats }

    public func render() -> String {
        let lastWeekday = stats.reviews.last.flatMap { StudyDay(isoDate: $0.date) }.map { ($0.daysSince1970 + 3) % 7 } ?? 6
        let body = [
            "<h1>recall — progress report</h1>",
            "<p class=\"meta\">\(HTML.escape(stats.deck ?? "All decks")) · study day <span id=\"date\">\(stats.date)</span></p>",
            summary(),
            section("Due in the next 30 days", SVGChart.bars(id: "forecast", stats.forecast.map {
                SVGChart.Bar(label: String($0.date.dropFirst(5)), value: $0.due, title: "\($0.date): \($0.due) due")
            }, labelEvery: 5)),
            section("Reviews, last 12 months", SVGChart.heatmap(id: "heatmap", stats.reviews, lastWeekday: lastWeekday)),
            section("Retention by week (review cards, first answer of the day)", SVGChart.line(id: "retention", stats.retentionByWeek.map {
                (label: String($0.week.dropFirst(5)), rate: $0.retention.rate, count: $0.retention.reviews)
            })),
            section("Intervals of review cards", SVGChart.bars(id: "intervals", stats.intervals.map {
                SVGChart.Bar(label: $0.label, value: $0.cards)
            })),
            section("Sections you forget most (retention, last 30 days)", SectionChart(stats: stats).render()),
            leeches(),
        ].joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
            <head>
            <meta charset="utf-8"/>
            <title>recall — progress \(stats.date)</title>
            <style>\(Self.css)</style>
            </head>
            <body>
            \(body)
            </body>
            </html>

            """
    }

    private func summary() -> String {
        let cards = stats.cards
        let rows: [(String, String, String)] = [
            ("reviews-today", "Reviewed today", "\(stats.today.reviewed) (\(stats.today.passed) passed)"),
            ("due-today", "Still due today", "\(stats.today.stillDue)"),
            ("streak", "Streak", "\(stats.streakDays) days"),
            ("retention-mature", "Retention, mature (30 days)", Self.percent(stats.retention)),
            ("retention-young", "Retention, young (30 days)", Self.percent(stats.retentionYoung)),
            ("cards", "Cards", "\(cards.total): \(cards.new) new, \(cards.learning) learning, \(cards.young) young, \(cards.mature) mature, \(cards.suspended) suspended"),
        ]
        let cells = rows.map { "<tr id=\"\($0.0)\"><th>\($0.1)</th><td>\(HTML.escape($0.2))</td></tr>" }
        return "<table class=\"summary\">\n" + cells.joined(separator: "\n") + "\n</table>"
    }

    static func percent(_ retention: Statistics.Retention) -> String {
        guard let rate = retention.rate else { return "no reviews yet" }
        return "\(Int((rate * 100).rounded()))% of \(retention.reviews)"
    }

    private func section(_ title: String, _ content: String) -> String {
        "<section><h2>\(HTML.escape(title))</h2>\n\(content)\n</section>"
    }

    private func leeches() -> String {
        guard !stats.leeches.isEmpty else { return section("Leeches", "<p id=\"leeches\">None.</p>") }
        let items = stats.leeches.map { leech -> String in
            let link = leech.moment.url.map { "<a href=\"\(HTML.escape($0))\">▶ \(HTML.escape(leech.moment.timestamp))</a>" }
                ?? HTML.escape(leech.moment.timestamp)
            return "<li data-id=\"\(leech.id)\" data-lapses=\"\(leech.lapses)\"><b>\(HTML.escape(leech.back))</b> · \(leech.lapses) lapses · \(link)<br/><small>\(HTML.escape(leech.front))</small></li>"
        }
        return section("Leeches", "<ul id=\"leeches\">\n" + items.joined(separator: "\n") + "\n</ul>")
    }

    static let css = """
        body{font:15px/1.5 -apple-system,"Segoe UI",Roboto,sans-serif;margin:2em auto;max-width:780px;color:#1d2330;padding:0 1em}
        h1{font-size:1.6em;margin-bottom:0}h2{font-size:1.1em;margin-top:2em}.meta{color:#667}
        table.summary{border-collapse:collapse}table.summary th{text-align:left;padding:2px 16px 2px 0;font-weight:600}
        svg{max-width:100%;height:auto}.bar{fill:#3b7ddd}.value{font-size:9px;fill:#334;text-anchor:middle}
        .axis{font-size:10px;fill:#667;text-anchor:middle}#heatmap .axis,.axis.start{text-anchor:start}
        .day.l0{fill:#ebedf0}.day.l1{fill:#9be9a8}.day.l2{fill:#40c463}.day.l3{fill:#30a14e}.day.l4{fill:#216e39}
        .trend{fill:none;stroke:#3b7ddd;stroke-width:2}.point{fill:#3b7ddd}.empty{fill:#ccc}.grid{stroke:#eee}
        .rate{fill:#30a14e}.track{fill:#eee}.label{font-size:11px;fill:#1d2330}.note{font-size:9px;fill:#667}.number{font-size:10px;fill:#334}a{color:#2457b8}
        """
}
