import CCurl
import Foundation

/// A page fetched over http(s): its text, the address it was finally served from, and what kind of text it is.
public struct FetchedPage: Sendable {
    public var data: Data
    public var finalURL: String
    public var format: ArticleFormat
}

/// Fetches one article page: at most `maxRedirects` redirects, `timeout` seconds without progress, `maxBytes` bytes
/// of body, and only `text/html` or `text/plain`. Any failure is a `FetchError` naming the address.
///
/// The transfer is libcurl's, loaded only when a page is fetched (see Sources/CCurl): linking it, or
/// FoundationNetworking's URLSession, made every factcheck command load thirty libraries at start-up.
public struct PageFetcher: Sendable {
    public static let maxRedirects = 5
    public static let defaultTimeout: Double = 30

    public var maxBytes: Int
    public var timeout: Double

    public init(maxBytes: Int, timeout: Double = PageFetcher.defaultTimeout) {
        self.maxBytes = maxBytes
        self.timeout = timeout
    }

    public func fetch(_ address: String) throws(FetchError) -> FetchedPage {
        guard URL(string: address) != nil else { throw .failed(address, reason: "not a valid address") }
        let response = ResponseCheck(address: address, maxBytes: maxBytes)
        let idle = max(1, Int(timeout.rounded(.up)))
        var result = fc_fetch_result()
        defer { fc_fetch_result_free(&result) }
        let headers = ["Accept: text/html, text/plain;q=0.9"]
        withUnsafeMutablePointer(to: &result) { resultPointer in
            let context = Unmanaged.passUnretained(response).toOpaque()
            headers.withCStrings { headerList in
                fc_fetch(
                    address, headerList, "factcheck/0.1", Self.maxRedirects, idle, idle * 4, maxBytes + 1,
                    { context, status, contentType, length in
                        let check = Unmanaged<ResponseCheck>.fromOpaque(context!).takeUnretainedValue()
                        return check.accept(status: Int(status), contentType: contentType.map { String(cString: $0) }, length: length) ? 1 : 0
                    },
                    context, resultPointer
                )
            }
        }
        if let refusal = response.refusal { throw refusal }
        if result.stopped != 0 { throw .tooLarge(address, limit: maxBytes) }
        if result.curl_code != 0 {
            throw Self.failure(forCurlCode: result.curl_code, message: String(cString: result.curl_message), address: address, timeout: timeout)
        }
        let data = result.body.map { Data(bytes: $0, count: result.body_length) } ?? Data()
        let finalURL = result.final_url.map { String(cString: $0) } ?? address
        return FetchedPage(data: data, finalURL: finalURL, format: response.format)
    }

    /// The one-line failure for a libcurl error code (`CURLcode`; -1: libcurl could not be loaded).
    static func failure(forCurlCode code: Int32, message: String, address: String, timeout: Double) -> FetchError {
        switch code {
        case 6: .hostNotFound(address)  // CURLE_COULDNT_RESOLVE_HOST
        case 28: .timedOut(address, seconds: timeout)  // CURLE_OPERATION_TIMEDOUT
        case 7, 52, 55, 56: .cannotConnect(address)  // couldn't connect, got nothing, send or receive failed
        case 35, 53, 54, 58, 59, 60, 64, 66, 77, 80, 82, 83, 90, 91, 98: .tls(address)  // CURLE_SSL_* and peer verification
        case 47: .tooManyRedirects(address, limit: maxRedirects)  // CURLE_TOO_MANY_REDIRECTS
        case 1, 3: .failed(address, reason: "not a valid http(s) address")  // unsupported protocol, malformed URL
        default: .failed(address, reason: message)
        }
    }
}

/// Decides on the final response's headers, before its body is kept: status, media type and declared length.
/// Called on the fetching thread only.
private final class ResponseCheck {
    let address: String
    let maxBytes: Int
    var refusal: FetchError?
    var format: ArticleFormat = .html

    init(address: String, maxBytes: Int) {
        self.address = address
        self.maxBytes = maxBytes
    }

    func accept(status: Int, contentType: String?, length: Int64) -> Bool {
        if !(200...299).contains(status) {
            refusal = .httpStatus(address, code: status)
            return false
        }
        let mediaType = (contentType ?? "").lowercased().split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        switch mediaType {
        case "text/html", "application/xhtml+xml": format = .html
        case "text/plain": format = .text
        default:
            refusal = .unsupportedContentType(address, contentType: mediaType)
            return false
        }
        if length > Int64(maxBytes) {
            refusal = .tooLarge(address, limit: maxBytes)
            return false
        }
        return true
    }
}

extension Array where Element == String {
    /// Calls `body` with these strings as a NULL-terminated array of C strings.
    fileprivate func withCStrings<R>(_ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R) -> R {
        let copies = map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let pointers: [UnsafePointer<CChar>?] = copies.map { UnsafePointer($0) } + [nil]
        return pointers.withUnsafeBufferPointer { body($0.baseAddress!) }
    }
}
