/// One card as Anki sees it: a note of recall's note type with its fields in
/// HTML, its tags and deck, and a GUID derived from the card id, so that
/// importing a later export again updates the note instead of adding a twin.
struct AnkiNote: Sendable, Equatable {
    var guid: String
    var deck: String
    var front: String
    var back: String
    var source: String
    var tags: [String]

    init(_ card: ExportCard) {
        guid = Self.guid(cardId: card.id)
        deck = card.deck
        front = HTMLText.escape(card.front)
        back = HTMLText.escape(card.back)
        source = Self.source(card)
        tags = Self.tags(card.tags + (card.schedule.isLeech ? ["leech"] : []))
    }

    /// The fields in the note type's order: Front, Back, Source.
    var fields: [String] { [front, back, source] }

    /// The note's GUID: stable for as long as the card keeps its id.
    static func guid(cardId: String) -> String { "recall-\(cardId)" }

    /// `<a href="URL">Title › Section</a> @ 02:44:11`, then each further
    /// moment the card carries as a link of its own (`, <a href="URL">09:16:03</a>`);
    /// the timestamps alone when the note names no video.
    static func source(_ card: ExportCard) -> String {
        let others = card.moments.dropFirst().map { moment -> String in
            let stamp = HTMLText.escape(moment.timestamp)
            return moment.url.map { "<a href=\"\(HTMLText.escapeAttribute($0))\">\(stamp)</a>" } ?? stamp
        }
        let more = others.isEmpty ? "" : ", " + others.joined(separator: ", ")
        let stamp = HTMLText.escape(card.citation.timestamp)
        guard let url = card.citation.url else { return stamp + more }
        let label = ([card.title] + card.section).joined(separator: " › ")
        return "<a href=\"\(HTMLText.escapeAttribute(url))\">\(HTMLText.escape(label))</a> @ \(stamp)\(more)"
    }

    /// Tags as Anki stores them: spaces become `_` (Anki splits tags at
    /// spaces), empty ones and case-insensitive repeats are dropped.
    static func tags(_ tags: [String]) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for tag in tags {
            let plain = tag.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
            let cleaned = plain ? tag : String(tag.map { $0.isWhitespace ? "_" : $0 })
            guard !cleaned.isEmpty, seen.insert(cleaned.lowercased()).inserted else { continue }
            out.append(cleaned)
        }
        return out
    }
}
