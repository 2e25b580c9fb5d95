import RecallKit

/// `recall stats` on a terminal: today, streak, retention, card counts, a
/// 30-day forecast, a year of reviews as a heatmap, leeches, and which part
/// of which video is forgotten most. Fits 80 columns.
struct StatsDashboard {
    let stats: Statistics
    let style: Style
    /// The retention the learner aims for (`retention_target`): at or above
    /// it green, up to ten points below yellow, further below red (colour
    /// only where `style` allows it).
    var target = 0.9
    let width = 80

    func render() -> String {
        var lines: [String] = []
        lines.append(style.bold("recall stats") + " — \(stats.deck ?? "all decks") · \(stats.date)")
        lines.append(style.dim(String(repeating: "─", count: width)))
        lines += summary()
        lines.append("")
        lines += Charts.forecast(stats.forecast, style: style)
        lines.append("")
        lines += Charts.heatmap(stats.reviews, style: style)
        lines += leeches()
        lines += forgotten()
        return lines.joined(separator: "\n")
    }

    private func summary() -> [String] {
        let today = stats.today
        let passRate = today.reviewed == 0 ? "" : " (\(today.passed * 100 / today.reviewed)%)"
        let cards = stats.cards
        return [
            row("Today", "\(today.reviewed) reviewed · \(today.passed) passed\(passRate) · \(TextLayout.duration(milliseconds: today.timeMs)) · \(today.stillDue) still due · \(today.newAvailable) new"),
            row("Streak", "\(stats.streakDays) day\(stats.streakDays == 1 ? "" : "s")"),
            row("Retention", "mature \(percent(stats.retention)) · young \(percent(stats.retentionYoung)) (last 30 days; target \(Int((target * 100).rounded()))%)"),
            row("Cards", "\(cards.total) · new \(cards.new) · learning \(cards.learning) · young \(cards.young) · mature \(cards.mature) · suspended \(cards.suspended)"),
        ]
    }

    private func row(_ label: String, _ value: String) -> String {
        style.bold(label.padding(toLength: 11, withPad: " ", startingAt: 0)) + value
    }

    static func percent(_ retention: Statistics.Retention) -> String {
        guard let rate = retention.rate else { return "– (no reviews)" }
        return "\(Int((rate * 100).rounded()))% of \(retention.reviews)"
    }

    /// `percent(retention)`, coloured against `target`.
    func percent(_ retention: Statistics.Retention) -> String {
        let text = Self.percent(retention)
        guard let rate = retention.rate else { return text }
        if rate >= target - 0.000_1 { return style.green(text) }
        return rate >= target - 0.1 - 0.000_1 ? style.yellow(text) : style.red(text)
    }

    /// Notes studied most first: most cards learned, then most answers in the
    /// last 30 days, then most cards; else in the order of the figures.
    static func byStudy(_ sources: [Statistics.SourceFigures]) -> [Statistics.SourceFigures] {
        sources.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            if x.learned != y.learned { return x.learned > y.learned }
            if x.retention.reviews != y.retention.reviews { return x.retention.reviews > y.retention.reviews }
            if x.cards != y.cards { return x.cards > y.cards }
            return a.offset < b.offset
        }.map(\.element)
    }

    private func leeches() -> [String] {
        guard !stats.leeches.isEmpty else { return [] }
        var lines = ["", style.bold("Leeches") + style.dim(" (suspended; re-watch the moment, then edit or unsuspend)")]
        for leech in stats.leeches.prefix(8) {
            let answer = leech.back.count > 30 ? String(leech.back.prefix(29)) + "…" : leech.back
            lines.append("  \(answer) · \(leech.lapses) lapses · \(leech.moment.url ?? leech.moment.timestamp)")
        }
        if stats.leeches.count > 8 { lines.append(style.dim("  … \(stats.leeches.count - 8) more")) }
        return lines
    }

    /// Notes with their progress, then the sections forgotten most, with the moment to re-watch.
    private func forgotten() -> [String] {
        let sections = stats.forgottenSections(limit: 5)
        var lines = ["", style.bold("By note") + style.dim(" (studied most first: cards learned · 30-day retention)")]
        for source in Self.byStudy(stats.sources).prefix(12) {
            let title = TextLayout.cut(source.title, width: 44)
            lines.append("  " + title.padding(toLength: 45, withPad: " ", startingAt: 0)
                + "\(source.learned)/\(source.cards) · \(percent(source.retention))")
        }
        if stats.sources.count > 12 { lines.append(style.dim("  … \(stats.sources.count - 12) more notes (see --json or --html)")) }
        guard !sections.isEmpty else { return lines }
        lines.append("")
        lines.append(style.bold("Forgotten most") + style.dim(" (lapses · 30-day retention · moment to re-watch)"))
        // The note's title once for its sections in a row; the section's name whole.
        var lastNote: String?
        for (source, section) in sections {
            if source.document != lastNote {
                lines.append("  " + style.dim(TextLayout.cut(source.title, width: width - 2)))
                lastNote = source.document
            }
            let name = section.section.isEmpty ? "(before the first heading)" : section.section.joined(separator: " › ")
            let figures = " · \(section.lapses) lapse\(section.lapses == 1 ? "" : "s") · \(percent(section.retention))"
            let wrapped = TextLayout.wrap(name, width: width, indent: "    ")
            lines += wrapped.dropLast()
            lines.append((wrapped.last ?? "    ") + figures)
            lines.append("      ▶ \(section.rewatch.timestamp)  \(section.rewatch.url ?? "")")
        }
        return lines
    }
}

/// Unicode block charts.
enum Charts {
    static let eighths = ["", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Bars six rows high, one column pair per day, dates under them weekly.
    static func forecast(_ days: [Statistics.Forecast], style: Style) -> [String] {
        let peak = max(1, days.map(\.due).max() ?? 0)
        var lines = [style.bold("Due in the next 30 days") + style.dim("  (peak \(peak), \(days.map(\.due).reduce(0, +)) in all)")]
        let height = 6
        for level in (0..<height).reversed() {
            let row = days.map { day -> String in
                let filled = Double(day.due) / Double(peak) * Double(height)
                let eighthsHere = Int(((filled - Double(level)) * 8).rounded(.down))
                return eighthsHere >= 8 ? "█" : (eighthsHere <= 0 ? (level == 0 && day.due > 0 ? "▁" : " ") : eighths[eighthsHere])
            }
            lines.append("  " + row.joined(separator: " "))
        }
        var axis = ""
        for (index, day) in days.enumerated() where index % 7 == 0 {
            let label = String(day.date.dropFirst(5))
            axis += label.padding(toLength: 14, withPad: " ", startingAt: 0)
        }
        lines.append("  " + style.dim(axis))
        return lines
    }

    /// A year of answers, GitHub-style: a column per week, Monday at the top.
    static func heatmap(_ days: [Statistics.DayCount], style: Style) -> [String] {
        guard let lastDate = days.last?.date, let last = StudyDay(isoDate: lastDate) else { return [] }
        let counts = Dictionary(uniqueKeysWithValues: days.map { ($0.date, $0.count) })
        let total = days.map(\.count).reduce(0, +)
        let activeDays = days.filter { $0.count > 0 }.count
        let peak = max(1, days.map(\.count).max() ?? 0)
        let shades = [style.dim("·"), "░", "▒", "▓", "█"]
        let weekday = (last.daysSince1970 + 3) % 7 // 0 = Monday
        let weeks = 52
        let start = last.daysSince1970 - weekday - 7 * (weeks - 1)
        var lines = [style.bold("Reviews, last 12 months") + style.dim("  (\(total) answer\(total == 1 ? "" : "s") on \(activeDays) day\(activeDays == 1 ? "" : "s"); a column per week)")]
        for row in 0..<7 {
            var text = ["M", " ", "W", " ", "F", " ", "S"][row] + " "
            for week in 0..<weeks {
                let day = StudyDay(daysSince1970: start + week * 7 + row)
                guard day <= last, let count = counts[day.isoDate] else { text += " "; continue }
                text += count == 0 ? shades[0] : shades[min(4, 1 + (count * 4 - 1) / peak)]
            }
            lines.append("  " + text)
        }
        lines.append("  " + style.dim("  less ") + shades.joined() + style.dim(" more"))
        return lines
    }
}
