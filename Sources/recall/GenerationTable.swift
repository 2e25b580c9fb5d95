import RecallKit

/// The human-readable result of `recall generate`.
struct GenerationTable {
    let report: GenerationReport

    func render() -> String {
        var lines: [String] = []
        let headers = ["note", "cards", "added", "updated", "unchanged", "retired"]
        var rows = report.documents.map { document in
            [document.title, String(document.cards), String(document.added), String(document.updated),
             String(document.unchanged), String(document.retired)]
        }
        if report.documents.count > 40 { rows = Array(rows.prefix(20)) + [["… \(report.documents.count - 20) more notes", "", "", "", "", ""]] }
        let widths = headers.indices.map { column in
            min(column == 0 ? 50 : 12, ([headers] + rows).map { $0[column].count }.max() ?? 0)
        }
        for row in [headers] + rows {
            lines.append(row.enumerated().map { column, cell in
                let text = cell.count > widths[column] ? String(cell.prefix(widths[column] - 1)) + "…" : cell
                let padding = String(repeating: " ", count: max(0, widths[column] - text.count))
                return column == 0 ? text + padding : padding + text
            }.joined(separator: "  "))
        }
        let notes = report.documents.count == 1 ? "1 note" : "\(report.documents.count) notes"
        let summary = "\(report.added) added, \(report.updated) updated, \(report.unchanged) unchanged, \(report.retired) retired"
        lines.append("")
        lines.append(report.dryRun ? "Plan for \(notes): \(summary) (dry run: nothing was written)." :
                        "\(notes): \(summary).")
        return lines.joined(separator: "\n")
    }
}
