import Foundation
import Hummingbird
import RecallKit

/// The endpoints of PRODUCT.md §7, as `openapi.yaml` describes them. Every
/// `/v1` call finds the learner by the bearer token and reaches only that
/// learner's collection.
struct APIRoutes: Sendable {
    let store: any CollectionStore
    let throttle: LoginThrottle
    let openAPI: String

    /// Request bodies larger than these get 413.
    enum Limit {
        static let answer = 16 * 1024
        static let note = 2 * 1024 * 1024
        static let backup = 64 * 1024 * 1024
    }

    func register(on router: Router<APIContext>) {
        router.get("health") { _, _ in try Self.json(["status": "ok"]) }
        router.get("openapi.yaml") { _, _ in
            Response(status: .ok, headers: [.contentType: "application/yaml"], body: .init(byteBuffer: ByteBuffer(string: openAPI)))
        }
        router.get("/") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8", .contentSecurityPolicy: WebPage.policy],
                     body: .init(byteBuffer: ByteBuffer(string: WebPage.html)))
        }
        router.get("v1/decks") { request, context in
            try Self.json(try await learner(request, context).decks())
        }
        router.get("v1/cards") { request, context in
            let query = request.uri.queryParameters
            let filter = CardFilter(deck: query.get("deck"), dueOnly: try Self.flag(query.get("due"), "due"),
                                    search: query.get("search"), includeRetired: try Self.flag(query.get("all"), "all"))
            return try Self.json(try await learner(request, context).cards(filter))
        }
        router.get("v1/cards/:id") { request, context in
            let id = context.parameters.get("id") ?? ""
            return try Self.json(try await learner(request, context).card(id))
        }
        router.get("v1/review/next") { request, context in
            guard let next = try await learner(request, context).next() else { return Response(status: .noContent) }
            return try Self.json(NextCardJSON(next))
        }
        router.post("v1/review/answers") { request, context in
            let collection = try await learner(request, context)
            let answer = try AnswerBody.decode(try await Self.body(request, limit: Limit.answer, type: "application/json"))
            let reply = try await collection.answer(answer)
            return try Self.json(AnswerJSON(reply), status: reply.duplicate ? .ok : .created)
        }
        router.post("v1/review/undo") { request, context in
            guard let undone = try await learner(request, context).undo() else {
                throw APIError(.conflict, "nothing_to_undo", "nothing to undo in today's session")
            }
            return try Self.json(["undone": "\(undone)"])
        }
        router.post("v1/review/bury") { request, context in
            let collection = try await learner(request, context)
            let card = try BuryBody.decode(try await Self.body(request, limit: Limit.answer, type: "application/json"))
            try await collection.bury(card: card)
            return try Self.json(["buried": card])
        }
        router.get("v1/stats") { request, context in
            let stats = try await learner(request, context).statistics()
            if request.uri.queryParameters.get("format") == "html" {
                return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                                body: .init(byteBuffer: ByteBuffer(string: HTMLReport(stats: stats).render())))
            }
            return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: stats.json)))
        }
        router.post("v1/notes") { request, context in
            let collection = try await learner(request, context)
            guard let name = request.uri.queryParameters.get("name"), Self.isNoteName(name) else {
                throw APIError(.unsound, "bad_name", "?name= must name a Markdown file: FILE.md, or FOLDER/FILE.md (no \"..\")")
            }
            let body = try await Self.body(request, limit: Limit.note, type: "text/markdown", alsoAccepting: "text/plain")
            return try Self.json(try await collection.addNote(name: name, markdown: Array(body)), status: .created)
        }
        router.get("v1/export") { request, context in
            let collection = try await learner(request, context)
            let name = request.uri.queryParameters.get("format") ?? "json"
            guard let format = ExportFormat(rawValue: name), format == .json || format == .apkg else {
                throw APIError(.unsound, "bad_format", "format must be json or apkg, not \"\(name)\"")
            }
            let data = try await collection.export(format)
            let type = format == .json ? "application/json" : "application/octet-stream"
            return Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"recall.\(name)\""],
                            body: .init(byteBuffer: ByteBuffer(bytes: Array(data))))
        }
        router.post("v1/import") { request, context in
            let collection = try await learner(request, context)
            let body = try await Self.body(request, limit: Limit.backup, type: "application/json")
            let report = try await collection.restore(body)
            return try Self.json([
                "decks_added": report.decksAdded, "notes_added": report.documentsAdded, "notes_updated": report.documentsUpdated,
                "cards_added": report.cardsAdded, "cards_updated": report.cardsUpdated, "cards_unchanged": report.cardsUnchanged,
                "reviews_added": report.reviewsAdded, "reviews_present": report.reviewsPresent,
            ])
        }
    }

    /// The collection of the learner whose token the request carries; 401 without a valid one.
    private func learner(_ request: Request, _ context: APIContext) async throws -> any LearnerCollection {
        if let seconds = await throttle.refusal(context.remoteAddress) {
            throw APIError(.tooMany, "too_many_attempts", "too many failed sign-ins from this address; try again in \(seconds) s")
        }
        let header = request.headers[.authorization] ?? ""
        let token = header.hasPrefix("Bearer ") ? header.dropFirst(7).trimmingCharacters(in: .whitespaces) : ""
        guard !token.isEmpty else {
            throw APIError(.unauthorized, "unauthorized", "this call needs the header Authorization: Bearer TOKEN")
        }
        guard let name = try await store.learner(token: token) else {
            await throttle.failed(context.remoteAddress)
            throw APIError(.unauthorized, "unauthorized", "the token is not valid")
        }
        return try await store.collection(of: name)
    }

    /// The body, when its type is `type` (or `alsoAccepting`) and it is at most `limit` bytes.
    private static func body(_ request: Request, limit: Int, type: String, alsoAccepting other: String? = nil) async throws -> Data {
        let given = (request.headers[.contentType] ?? "").split(separator: ";").first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        } ?? ""
        guard given == type || given == other else {
            throw APIError(.unsupportedType, "unsupported_type", "the body must be \(type), not \(given.isEmpty ? "untyped" : given)")
        }
        var buffer = try await request.body.collect(upTo: limit)
        return Data(buffer.readBytes(length: buffer.readableBytes) ?? [])
    }

    private static func flag(_ text: String?, _ name: String) throws -> Bool {
        switch text {
        case nil, "false", "0": return false
        case "true", "1", "": return true
        case let text?: throw APIError(.unsound, "bad_query", "\(name) must be true or false, not \"\(text)\"")
        }
    }

    static func isNoteName(_ name: String) -> Bool {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        return name.count <= 255 && name.lowercased().hasSuffix(".md") && !name.hasPrefix("/")
            && parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Response(status: status, headers: [.contentType: "application/json"],
                        body: .init(byteBuffer: ByteBuffer(bytes: Array(try encoder.encode(value)))))
    }
}
