import Foundation
import Hummingbird
import NIOCore
import RecallKit

extension APIError: HTTPResponseError {
    var status: HTTPResponse.Status {
        switch kind {
        case .badRequest: .badRequest
        case .unauthorized: .unauthorized
        case .notFound: .notFound
        case .conflict: .conflict
        case .tooLarge: .contentTooLarge
        case .unsupportedType: .unsupportedMediaType
        case .unsound: .unprocessableContent
        case .tooMany: .tooManyRequests
        case .serverFault: .internalServerError
        }
    }

    /// `{"error": {"code": …, "message": …}}` with the status.
    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = try JSONSerialization.data(withJSONObject: ["error": ["code": code, "message": message]],
                                              options: [.sortedKeys, .withoutEscapingSlashes])
        var headers: HTTPFields = [.contentType: "application/json"]
        if kind == .unauthorized { headers[.wwwAuthenticate] = "Bearer" }
        if kind == .tooMany { headers[.retryAfter] = String(LoginThrottle.window) }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: Array(body))))
    }

    /// The API's error for anything a handler throws: the library's own
    /// errors with the status they mean, anything else a 500 that says no more.
    static func from(_ error: any Error) -> APIError {
        switch error {
        case let error as APIError: return error
        case let error as UnknownDeck: return APIError(.notFound, "unknown_deck", error.description)
        case let error as CardIdError:
            if case .unknown = error { return APIError(.notFound, "unknown_card", error.description) }
            return APIError(.unsound, "bad_card_id", error.description)
        case let error as NoteError: return APIError(.unsound, "bad_note", error.description)
        case let error as ImportError: return APIError(.unsound, "bad_backup", error.description)
        case is NIOTooManyBytesError:
            return APIError(.tooLarge, "too_large", "the request body is too large")
        case let error as HTTPError:
            switch error.status {
            case .notFound: return APIError(.notFound, "not_found", "no such endpoint (GET /openapi.yaml lists them)")
            case .contentTooLarge: return APIError(.tooLarge, "too_large", "the request body is too large")
            case .methodNotAllowed: return APIError(.notFound, "not_found", "no such endpoint for this method")
            default: return APIError(.badRequest, "bad_request", error.body ?? "bad request")
            }
        default: return APIError(.serverFault, "server_error", "the request could not be carried out")
        }
    }
}

/// Turns every error into the API's JSON error.
struct JSONErrorMiddleware: RouterMiddleware {
    typealias Context = APIContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let apiError = APIError.from(error)
            if apiError.kind == .serverFault {
                context.logger.error("request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            }
            return try apiError.response(from: request, context: context)
        }
    }
}
