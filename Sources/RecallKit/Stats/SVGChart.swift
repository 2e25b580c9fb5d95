/// Small SVG charts for the HTML report. Every mark carries its value in a
/// `data-` attribute, so the page can be checked against the JSON figures.
enum SVGChart {
    struct Bar {
        let label: String
        let value: Int
        var title: String? = nil
    }

    /// Vertical bars with the label under every `labelEvery`-th bar.
    static func bars(id: String, _ bars: [Bar], width: Int = 720, height: Int = 180, labelEvery: Int = 1) -> String {
        let peak = max(1, bars.map(\.value).max() ?? 0)
        let slot = Double(width) / Double(max(1, bars.count))
        let plot = Double(height - 30)
        var marks: [String] = []
        for (index, bar) in bars.enumerated() {
            let barHeight = plot * Double(bar.value) / Double(peak)
            let x = Double(index) * slot + slot * 0.15
            let y = plot - barHeight + 8
            let tip = HTML.escape(bar.title ?? "\(bar.label): \(bar.value)")
            marks.append("<rect class=\"bar\" x=\"\(f(x))\" y=\"\(f(y))\" width=\"\(f(slot * 0.7))\" height=\"\(f(barHeight))\" data-label=\"\(HTML.escape(bar.label))\" data-value=\"\(bar.value)\"><title>\(tip)</title></rect>")
            if bar.value > 0 && bars.count <= 31 {
                marks.append("<text class=\"value\" x=\"\(f(x + slot * 0.35))\" y=\"\(f(y - 2))\">\(bar.value)</text>")
            }
            if index % labelEvery == 0 {
                marks.append("<text class=\"axis\" x=\"\(f(x + slot * 0.35))\" y=\"\(height - 6)\">\(HTML.escape(bar.label))</text>")
            }
        }
        return svg(id: id, width: width, height: height, marks)
    }

    /// A year of days as a grid of squares: a column per week, Monday on top.
    static func heatmap(id: String, _ days: [Statistics.DayCount], lastWeekday: Int) -> String {
        let peak = max(1, days.map(\.count).max() ?? 0)
        let cell = 13
        let offset = (6 - lastWeekday) // blank cells after the last day in its week
        let total = days.count + offset
        let weeks = (total + 6) / 7
        let start = weeks * 7 - total
        var marks: [String] = []
        for (index, day) in days.enumerated() {
            let position = start + index
            let level = day.count == 0 ? 0 : min(4, 1 + (day.count * 4 - 1) / peak)
            marks.append("<rect class=\"day l\(level)\" x=\"\(position / 7 * cell + 20)\" y=\"\(position % 7 * cell)\" width=\"11\" height=\"11\" data-date=\"\(day.date)\" data-value=\"\(day.count)\"><title>\(day.date): \(day.count)</title></rect>")
        }
        for (row, name) in ["Mon", "Wed", "Fri"].enumerated() {
            marks.append("<text class=\"axis\" x=\"0\" y=\"\(row * 2 * cell + 10)\">\(name)</text>")
        }
        return svg(id: id, width: weeks * cell + 24, height: 7 * cell + 4, marks)
    }

    /// A line through (label, rate) points; nil rates leave a gap.
    static func line(id: String, _ points: [(label: String, rate: Double?, count: Int)], width: Int = 720, height: Int = 180) -> String {
        let step = Double(width - 40) / Double(max(1, points.count - 1))
        let plot = Double(height - 40)
        var marks: [String] = ["<line class=\"grid\" x1=\"30\" y1=\"10\" x2=\"\(width)\" y2=\"10\"/>",
                               "<text class=\"axis start\" x=\"0\" y=\"14\">100%</text>",
                               "<text class=\"axis start\" x=\"0\" y=\"\(f(plot + 14))\">0%</text>"]
        var path: [String] = []
        for (index, point) in points.enumerated() {
            let x = 30 + Double(index) * step
            if let rate = point.rate {
                let y = 10 + plot * (1 - rate)
                path.append("\(path.isEmpty ? "M" : "L")\(f(x)) \(f(y))")
                marks.append("<circle class=\"point\" cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"4\" data-label=\"\(point.label)\" data-value=\"\(Statistics.rounded(rate))\" data-count=\"\(point.count)\"><title>\(point.label): \(Int((rate * 100).rounded()))% of \(point.count)</title></circle>")
            } else {
                marks.append("<circle class=\"empty\" cx=\"\(f(x))\" cy=\"\(f(10 + plot))\" r=\"2\" data-label=\"\(point.label)\" data-value=\"\" data-count=\"0\"/>")
            }
            if index % 2 == 0 {
                marks.append("<text class=\"axis\" x=\"\(f(x))\" y=\"\(height - 6)\">\(point.label)</text>")
            }
        }
        if !path.isEmpty { marks.insert("<path class=\"trend\" d=\"\(path.joined(separator: " "))\"/>", at: 0) }
        return svg(id: id, width: width, height: height, marks)
    }

    private static func svg(id: String, width: Int, height: Int, _ marks: [String]) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(id)\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\">\n"
            + marks.joined(separator: "\n") + "\n</svg>"
    }

    private static func f(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

/// Escaping for HTML and XML text and attributes.
public enum HTML {
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
