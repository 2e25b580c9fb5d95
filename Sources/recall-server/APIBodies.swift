import Foundation
import RecallKit

/// `{"card": ID, "grade": 0-5, "id": ANSWER_ID, "duration_ms": N}`: unknown
/// fields and wrong types are 400, unsound values 422.
struct AnswerBody: Decodable {
    let card: String
    let grade: Int
    let id: String
    let duration_ms: Int?

    static func decode(_ data: Data) throws -> AnswerRequest {
        let body = try StrictJSON.decode(AnswerBody.self, from: data, fields: ["card", "grade", "id", "duration_ms"])
        guard let grade = Grade(rawValue: body.grade) else {
            throw APIError(.unsound, "bad_grade", "grade must be a whole number from 0 to 5, not \(body.grade)")
        }
        let id = body.id
        guard (1...128).contains(id.count), id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw APIError(.unsound, "bad_answer_id", "id must be 1 to 128 letters, digits, '-' or '_' (a UUID, say)")
        }
        let duration = body.duration_ms ?? 0
        guard (0...86_400_000).contains(duration) else {
            throw APIError(.unsound, "bad_duration", "duration_ms must be from 0 to 86400000")
        }
        return AnswerRequest(card: body.card, grade: grade, id: id, durationMs: duration)
    }
}

/// `{"card": ID}`.
struct BuryBody: Decodable {
    let card: String

    static func decode(_ data: Data) throws -> String {
        try StrictJSON.decode(BuryBody.self, from: data, fields: ["card"]).card
    }
}

/// A JSON object read strictly: only the fields the body may have (else
/// 400 naming the first unknown one), each of its type (else 400 naming it).
enum StrictJSON {
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, fields: Set<String>) throws -> T {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw APIError(.badRequest, "bad_json", "the body must be a JSON object")
        }
        if let unknown = object.keys.sorted().first(where: { !fields.contains($0) }) {
            throw APIError(.badRequest, "unknown_field",
                           "unknown field \"\(unknown)\"; the fields are \(fields.sorted().joined(separator: ", "))")
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch DecodingError.keyNotFound(let key, _) {
            throw APIError(.badRequest, "missing_field", "the field \"\(key.stringValue)\" is missing")
        } catch DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
                DecodingError.dataCorrupted(let context) {
            let name = context.codingPath.last?.stringValue ?? "the body"
            throw APIError(.badRequest, "bad_type", "\"\(name)\" has the wrong type")
        }
    }
}

/// `GET /v1/review/next`: the card (as `cards --json` shows it), its kind,
/// the interval in days each grade would give, and what is left today.
struct NextCardJSON: Encodable {
    let next: NextCard

    init(_ next: NextCard) { self.next = next }

    enum Keys: String, CodingKey { case card, kind, intervals, remaining, can_undo }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(next.shown.card, forKey: .card)
        try container.encode(next.shown.kind.rawValue, forKey: .kind)
        let intervals = Dictionary(uniqueKeysWithValues: next.shown.intervals.map { (String($0.key.rawValue), $0.value) })
        try container.encode(intervals, forKey: .intervals)
        try container.encode(["new": next.counts.new, "review": next.counts.review, "again": next.counts.redrill], forKey: .remaining)
        try container.encode(next.canUndo, forKey: .can_undo)
    }
}

/// `POST /v1/review/answers`: the card after the answer, and what it did.
struct AnswerJSON: Encodable {
    let reply: AnswerReply

    init(_ reply: AnswerReply) { self.reply = reply }

    enum Keys: String, CodingKey { case card, redrill, leech, duplicate, next }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(reply.card, forKey: .card)
        try container.encode(reply.redrill, forKey: .redrill)
        try container.encode(reply.leech, forKey: .leech)
        try container.encode(reply.duplicate, forKey: .duplicate)
        try container.encode(reply.next.map(NextCardJSON.init), forKey: .next)
    }
}
