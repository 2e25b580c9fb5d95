import RecallKit

/// Word-wrapping and the short forms the review screen uses.
enum TextLayout {
    /// `text` wrapped to `width` columns, each line indented by `indent`.
    static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        let usable = max(20, width - indent.count)
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
