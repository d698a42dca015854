import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

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
            "cannot fetch '\(url)': the server answered HTTP \(code) (\(HTTPURLResponse.localizedString(forStatusCode: code))); check the address"
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
