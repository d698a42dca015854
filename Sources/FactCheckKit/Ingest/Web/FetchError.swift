import Foundation

/// Why a page could not be fetched, in one line with what to do about it.
public enum FetchError: FactCheckFailure, Equatable {
    case hostNotFound(String)
    case cannotConnect(String)
    case tls(String)
    case timedOut(String, seconds: Double)
    case httpStatus(String, code: Int)
    case tooManyRedirects(String, limit: Int)
    case unsupportedContentType(String, contentType: String)
    case tooLarge(String, limit: Int)
    case failed(String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .hostNotFound(let url):
            "cannot fetch '\(url)': the host name was not found (DNS); check the address"
        case .cannotConnect(let url):
            "cannot fetch '\(url)': the server refused or dropped the connection; check the address or try again later"
        case .tls(let url):
            "cannot fetch '\(url)': the secure connection failed (TLS certificate or handshake); save the page from a browser and ingest the file"
        case .timedOut(let url, let seconds):
            "cannot fetch '\(url)': no answer within \(Int(seconds)) s; try again later or save the page and ingest the file"
        case .httpStatus(let url, let code):
            "cannot fetch '\(url)': the server answered HTTP \(code) (\(Self.statusText(code))); check the address"
        case .tooManyRedirects(let url, let limit):
            "cannot fetch '\(url)': more than \(limit) redirects; open it in a browser and ingest the final address"
        case .unsupportedContentType(let url, let contentType):
            "cannot ingest '\(url)': it is \(contentType.isEmpty ? "of no declared type" : contentType), not text/html or text/plain"
        case .tooLarge(let url, let limit):
            "cannot ingest '\(url)': it is over the \(limit)-byte limit; raise the limit if the page is real"
        case .failed(let url, let reason):
            "cannot fetch '\(url)': \(reason)"
        }
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .hostNotFound, .cannotConnect, .tls, .failed, .tooManyRedirects: .ioError
        case .timedOut: .temporary
        case .httpStatus(_, let code): code == 404 || code == 410 ? .noInput : .ioError
        case .unsupportedContentType, .tooLarge: .dataError
        }
    }
}

extension FetchError {
    /// The reason phrase for an HTTP status, in the words URLSession used here ("not found", "internal server error").
    static func statusText(_ code: Int) -> String {
        switch code {
        case 400: "bad request"
        case 401: "unauthorized"
        case 402: "payment required"
        case 403: "forbidden"
        case 404: "not found"
        case 405: "method not allowed"
        case 406: "unacceptable"
        case 407: "proxy authentication required"
        case 408: "request timed out"
        case 409: "conflict"
        case 410: "no longer exists"
        case 411: "length required"
        case 412: "precondition failed"
        case 413: "request too large"
        case 414: "requested URL too long"
        case 415: "unsupported media type"
        case 429: "too many requests"
        case 451: "unavailable for legal reasons"
        case 500: "internal server error"
        case 501: "unimplemented"
        case 502: "bad gateway"
        case 503: "service unavailable"
        case 504: "gateway timed out"
        case 505: "unsupported version"
        case 100...199: "informational"
        case 200...299: "success"
        case 300...399: "redirected"
        case 400...499: "client error"
        default: "server error"
        }
    }
}
