import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import RecallKit

/// The HTML report parses as XML, holds every chart, and its marks carry the
/// same figures as the JSON.
@Suite struct HTMLReportTests {
    /// Elements with their attributes, each tagged with the SVG it sits in.
    final class Collector: NSObject, XMLParserDelegate {
        var svgs: [String] = []
        var marks: [(svg: String, name: String, attributes: [String: String])] = []
        private var current: String?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == "svg", let id = attributes["id"] {
                svgs.append(id)
                current = id
            } else if let current {
                marks.append((current, name, attributes))
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "svg" { current = nil }
        }

        func values(in svg: String, element: String) -> [String] {
            marks.filter { $0.svg == svg && $0.name == element }.compactMap { $0.attributes["data-value"] }
        }
    }

    @Test func thePageIsWellFormedAndMatchesTheFigures() throws {
        let history = try StatisticsTests()
        let stats = try history.database.statistics(on: StudyDay(year: 2026, month: 11, day: 30))
        let page = HTMLReport(stats: stats).render()
        #expect(!page.contains("http://") || page.contains("http://www.w3.org"))
        #expect(!page.contains("<script"))
        let parser = XMLParser(data: Data(page.utf8))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse(), "\(parser.parserError.map { String(describing: $0) } ?? "")")
        #expect(collector.svgs == ["forecast", "heatmap", "retention", "intervals", "sections"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(stats.json.utf8)) as? [String: Any])
        let forecast = try #require(json["forecast"] as? [[String: Any]]).map { String($0["due"] as? Int ?? -1) }
        let reviews = try #require(json["reviews"] as? [[String: Any]]).map { String($0["count"] as? Int ?? -1) }
        #expect(collector.values(in: "forecast", element: "rect") == forecast)
        #expect(collector.values(in: "heatmap", element: "rect") == reviews)
        #expect(collector.marks.filter { $0.svg == "heatmap" && $0.name == "rect" }.compactMap { $0.attributes["data-date"] }
                == stats.reviews.map(\.date))
        #expect(collector.values(in: "intervals", element: "rect") == stats.intervals.map { String($0.cards) })
        let weekly = collector.marks.filter { $0.svg == "retention" && $0.name == "circle" }
        #expect(weekly.compactMap { $0.attributes["data-count"] } == stats.retentionByWeek.map { String($0.retention.reviews) })
        let sections = stats.sources.flatMap(\.sections).filter { $0.retention.reviews > 0 }
            .sorted { ($0.retention.rate ?? 1) < ($1.retention.rate ?? 1) }
        #expect(collector.values(in: "sections", element: "g") == sections.map { $0.retention.rate.map { String(Statistics.rounded($0)) } ?? "" })
        #expect(collector.values(in: "sections", element: "g") == ["0.5", "0.75"])
        let links = collector.marks.filter { $0.svg == "sections" && $0.name == "a" }.compactMap { $0.attributes["href"] }
        #expect(links == ["https://www.youtube.com/watch?v=VID12345678&t=240s", "https://www.youtube.com/watch?v=VID12345678&t=120s"])
    }

    @Test func textIsEscaped() {
        #expect(HTML.escape("<script>alert(\"x\") & 'y'</script>") == "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;")
    }
}
