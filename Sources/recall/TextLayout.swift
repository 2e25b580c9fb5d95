import RecallKit

/// Word-wrapping and the short forms the review screen uses.
enum TextLayout {
    /// `text` wrapped to `width` columns, each line indented by `indent`.
    static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        let usable = max(10, width - indent.count)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= usable {
                    line += " " + word
                } else {
                    lines.append(indent + line)
                    line = String(word)
                }
                while line.count > usable {
                    lines.append(indent + line.prefix(usable))
                    line = String(line.dropFirst(usable))
                }
            }
            lines.append(indent + line)
        }
        return lines
    }

    /// `text` on one line of at most `width` columns, cut with `…`.
    static func cut(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        return text.count > width ? String(text.prefix(max(0, width - 1))) + "…" : text
    }

    /// Items laid out on lines of at most `width` columns, joined by
    /// `separator` and broken only between items (an item wider than a line
    /// is cut).
    static func flow(_ items: [String], width: Int, indent: String = "", separator: String = "   ") -> [[String]] {
        var lines: [[String]] = []
        var line: [String] = []
        var used = indent.count
        for item in items {
            let room = width - indent.count
            let item = cut(item, width: room)
            if !line.isEmpty, used + separator.count + item.count > width {
                lines.append(line)
                line = []
                used = indent.count
            }
            used += (line.isEmpty ? 0 : separator.count) + item.count
            line.append(item)
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// The key hints that fit on one line of `width` columns: `items` in
    /// order of importance, joined by ` · `, else by two spaces, the least
    /// important left out until the line fits. Never wraps.
    static func hints(_ items: [String], width: Int, indent: String = "  ") -> String {
        var kept = items
        while !kept.isEmpty {
            for separator in [" · ", "  "] {
                let line = indent + kept.joined(separator: separator)
                if line.count <= width { return line }
            }
            kept.removeLast()
        }
        return ""
    }

    /// `text` cut into pieces of at most `width` characters (a URL too long
    /// for a line).
    static func chunks(_ text: String, width: Int) -> [String] {
        let size = max(1, width)
        var pieces: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            pieces.append(String(rest.prefix(size)))
            rest = rest.dropFirst(size)
        }
        return pieces.isEmpty ? [""] : pieces
    }

    /// `1d`, `15d`, `3mo`, `1.4y`.
    static func interval(_ days: Int) -> String {
        if days < 60 { return "\(days)d" }
        if days < 365 { return "\(Int((Double(days) / 30.4).rounded()))mo" }
        let years = Double(days) / 365
        return years < 10 ? String(format: "%.1fy", years) : "\(Int(years.rounded()))y"
    }

    /// `4m 12s`, `12s`, `1h 02m`.
    static func duration(milliseconds: Int) -> String {
        let seconds = max(0, milliseconds) / 1000
        if seconds < 60 { return "\(seconds)s" }
        if seconds < 3600 { return "\(seconds / 60)m \(String(format: "%02d", seconds % 60))s" }
        return "\(seconds / 3600)h \(String(format: "%02d", seconds % 3600 / 60))m"
    }

    /// `02:44:11 (2:44)` — the stamp as written and, when it differs, as h:mm:ss.
    static func moment(_ citation: Moment) -> String {
        let s = citation.seconds
        let plain = s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s % 3600 / 60, s % 60)
                              : String(format: "%d:%02d", s / 60, s % 60)
        return citation.timestamp == plain ? plain : "\(citation.timestamp) → \(plain)"
    }

    static let gradeNames: [(Grade, String)] = [(.wrongRecognised, "again"), (.hardPass, "hard"), (.hesitant, "good"), (.perfect, "easy")]
}
