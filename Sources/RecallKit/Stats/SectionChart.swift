extension Statistics {
    /// Sections with reviews in the last 30 days, forgotten most first:
    /// lowest retention, then most lapses, then source order.
    public func forgottenSections(limit: Int) -> [(source: SourceFigures, section: SectionFigures)] {
        let reviewed = sources.flatMap { source in
            source.sections.filter { $0.retention.reviews > 0 }.map { (source: source, section: $0) }
        }
        let ranked = reviewed.enumerated().sorted { first, second in
            let a = (first.element.section.retention.rate ?? 1, -first.element.section.lapses, first.offset)
            let b = (second.element.section.retention.rate ?? 1, -second.element.section.lapses, second.offset)
            return a < b
        }
        return ranked.prefix(limit).map(\.element)
    }
}

/// Horizontal bars of 30-day retention for the sections forgotten most
/// (lowest retention first, then most lapses), each labelled with its note
/// and linked to the moment worth re-watching.
struct SectionChart {
    let stats: Statistics
    static let limit = 30

    func render() -> String {
        let rows = stats.forgottenSections(limit: Self.limit)
        guard !rows.isEmpty else { return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"sections\" width=\"720\" height=\"20\"/>" }
        let rowHeight = 24
        var marks: [String] = []
        for (index, (source, section)) in rows.enumerated() {
            let y = index * rowHeight
            let name = ([source.title] + section.section.suffix(1)).joined(separator: " › ")
            let short = name.count > 60 ? String(name.prefix(59)) + "…" : name
            let rate = section.retention.rate
            let width = Int(((rate ?? 0) * 240).rounded())
            let link = section.rewatch.url ?? "#"
            let value = rate.map { String(Statistics.rounded($0)) } ?? ""
            let percent = rate.map { "\(Int(($0 * 100).rounded()))% of \(section.retention.reviews)" } ?? "no reviews"
            marks.append("""
                <g class="section" data-document="\(HTML.escape(source.document))" data-section="\(HTML.escape(section.section.joined(separator: " › ")))" data-value="\(value)" data-reviews="\(section.retention.reviews)" data-lapses="\(section.lapses)">\
                <a href="\(HTML.escape(link))"><text class="label" x="0" y="\(y + 15)">\(HTML.escape(short)) ▶ \(HTML.escape(section.rewatch.timestamp))</text></a>\
                <rect class="track" x="470" y="\(y + 4)" width="240" height="14"/>\
                <rect class="rate" x="470" y="\(y + 4)" width="\(width)" height="14"><title>\(percent)</title></rect></g>
                """)
        }
        let height = rows.count * rowHeight + 4
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"sections\" width=\"720\" height=\"\(height)\" viewBox=\"0 0 720 \(height)\">\n"
            + marks.joined(separator: "\n") + "\n</svg>"
    }
}
