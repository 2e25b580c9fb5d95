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
/// (lowest retention first, then most lapses), each labelled with its
/// section (whole) over its note, linked to the moment worth re-watching,
/// and carrying its figure (`50% of 4`) beside the bar.
struct SectionChart {
    let stats: Statistics
    static let limit = 30

    func render() -> String {
        let rows = stats.forgottenSections(limit: Self.limit)
        guard !rows.isEmpty else { return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"sections\" width=\"720\" height=\"20\"/>" }
        let rowHeight = 34
        var marks: [String] = []
        for (index, (source, section)) in rows.enumerated() {
            let y = index * rowHeight
            let path = section.section.joined(separator: " › ")
            let name = section.section.isEmpty ? "(before the first heading)"
                : (path.count > 60 ? "… › " + (section.section.last ?? "") : path)
            let note = source.title.count > 70 ? String(source.title.prefix(69)) + "…" : source.title
            let rate = section.retention.rate
            let width = Int(((rate ?? 0) * 240).rounded())
            let link = section.rewatch.url ?? "#"
            let value = rate.map { String(Statistics.rounded($0)) } ?? ""
            let percent = rate.map { "\(Int(($0 * 100).rounded()))% of \(section.retention.reviews)" } ?? "no reviews"
            marks.append("""
                <g class="section" data-document="\(HTML.escape(source.document))" data-section="\(HTML.escape(section.section.joined(separator: " › ")))" data-value="\(value)" data-reviews="\(section.retention.reviews)" data-lapses="\(section.lapses)">\
                <a href="\(HTML.escape(link))"><text class="label" x="0" y="\(y + 13)">\(HTML.escape(name)) ▶ \(HTML.escape(section.rewatch.timestamp))</text></a>\
                <text class="note" x="0" y="\(y + 27)">\(HTML.escape(note))</text>\
                <rect class="track" x="400" y="\(y + 4)" width="240" height="14"/>\
                <rect class="rate" x="400" y="\(y + 4)" width="\(width)" height="14"><title>\(percent)</title></rect>\
                <text class="number" x="648" y="\(y + 15)">\(percent)</text></g>
                """)
        }
        let height = rows.count * rowHeight + 4
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"sections\" width=\"720\" height=\"\(height)\" viewBox=\"0 0 720 \(height)\">\n"
            + marks.joined(separator: "\n") + "\n</svg>"
    }
}
