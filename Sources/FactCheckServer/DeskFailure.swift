import FactCheckKit
import HTTPTypes

/// The server's own refusals: what HTTP says beyond the library's failures.
public enum DeskFailure: Error, Sendable, Equatable {
    case signInNeeded
    case badToken
    case forbidden(Editor, DeskAction)
    case crossSite
    case tooManySignIns(retryAfter: Int)
    case malformedBody(String)
    case invalidValue(String)
    case notFound(String)
    case tooLarge(limit: Int)

    var message: String {
        switch self {
        case .signInNeeded: "sign in first: send 'Authorization: Bearer TOKEN' (from 'factcheck editor add') or sign in at /login"
        case .badToken: "that token does not sign anyone in (unknown or revoked); ask an admin for a new one"
        case .forbidden(let editor, let action):
            "\(editor.name) is a \(editor.role.rawValue); \(action.rawValue) needs the \(DeskPolicy.leastRole(for: action).rawValue) role"
        case .crossSite: "refused a cross-site form post; submit the form from the factcheck page itself"
        case .tooManySignIns(let seconds): "too many sign-in attempts; wait \(seconds) s and try again"
        case .malformedBody(let reason): "the request body is not valid: \(reason)"
        case .invalidValue(let reason): reason
        case .notFound(let path): "no such page: \(path.prefix(100))"
        case .tooLarge(let limit): "the request body is larger than \(limit) bytes"
        }
    }

    var status: HTTPResponse.Status {
        switch self {
        case .signInNeeded, .badToken: .unauthorized
        case .forbidden, .crossSite: .forbidden
        case .tooManySignIns: .tooManyRequests
        case .malformedBody: .badRequest
        case .invalidValue: .unprocessableContent
        case .notFound: .notFound
        case .tooLarge: .contentTooLarge
        }
    }
}

/// Which HTTP status and one-line message a failure gets. Decided here for every route, API and page alike.
enum FailureResponse {
    static func status(for error: any Error) -> HTTPResponse.Status {
        switch error {
        case let failure as DeskFailure: return failure.status
        case is StaleVersionError: return .conflict
        case let failure as StoreError:
            switch failure {
            case .claimNotFound, .articleNotFound, .evidenceNotFound: return .notFound
            case .busy: return .serviceUnavailable
            case .constraint: return .unprocessableContent
            default: return .internalServerError
            }
        case let failure as EditError:
            switch failure {
            case .alreadyWithdrawn, .duplicateCitation: return .conflict
            case .forceNeedsNote, .emptyText, .keepVerdictNeedsNote: return .badRequest
            case .noCitation, .noSupportingCitation, .publishedVerdictWouldReset: return .unprocessableContent
            }
        case is EditorError, is PublicationError, is InputError, is IngestError, is ReportError, is SettingStoreError:
            return .unprocessableContent
        default: return .internalServerError
        }
    }

    static func message(for error: any Error) -> String {
        if let failure = error as? DeskFailure { return failure.message }
        if let failure = error as? any FactCheckFailure, let text = failure.errorDescription { return text }
        return "internal error; the change was not made"
    }
}
