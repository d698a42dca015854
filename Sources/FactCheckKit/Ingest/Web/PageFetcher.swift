import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A page fetched over http(s): its text, the address it was finally served from, and what kind of text it is.
public struct FetchedPage: Sendable {
    public var data: Data
    public var finalURL: String
    public var format: ArticleFormat
}

/// Fetches one article page: at most `maxRedirects` redirects, `timeout` seconds without progress, `maxBytes` bytes
/// of body, and only `text/html` or `text/plain`. Any failure is a `FetchError` naming the address.
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
        guard let url = URL(string: address) else { throw .failed(address, reason: "not a valid address") }
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        configuration.httpAdditionalHeaders = ["Accept": "text/html, text/plain;q=0.9", "User-Agent": "factcheck/0.1"]
        let delegate = FetchDelegate(address: address, maxBytes: maxBytes, timeout: timeout)
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: url)
        request.timeoutInterval = timeout
        session.dataTask(with: request).resume()
        return try delegate.wait()
    }
}

/// Collects one response, enforcing the limits as it arrives; `wait` blocks until the task ends.
final class FetchDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let address: String
    private let maxBytes: Int
    private let timeout: Double
    private let done = DispatchSemaphore(value: 0)
    private let lock = NSLock()
    // Guarded by `lock`.
    private var data = Data()
    private var redirects = 0
    private var failure: FetchError?
    private var format: ArticleFormat = .html
    private var finalURL: String

    init(address: String, maxBytes: Int, timeout: Double) {
        self.address = address
        self.maxBytes = maxBytes
        self.timeout = timeout
        finalURL = address
    }

    func wait() throws(FetchError) -> FetchedPage {
        done.wait()
        lock.lock()
        defer { lock.unlock() }
        if let failure { throw failure }
        return FetchedPage(data: data, finalURL: finalURL, format: format)
    }

    private func fail(_ error: FetchError) {
        lock.lock()
        if failure == nil { failure = error }
        lock.unlock()
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        lock.lock()
        redirects += 1
        let over = redirects > PageFetcher.maxRedirects
        lock.unlock()
        if over {
            fail(.tooManyRedirects(address, limit: PageFetcher.maxRedirects))
            completionHandler(nil)
            task.cancel()
        } else {
            completionHandler(request)
        }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        guard let http = response as? HTTPURLResponse else {
            completionHandler(.allow)
            return
        }
        if !(200...299).contains(http.statusCode) {
            fail(.httpStatus(address, code: http.statusCode))
            completionHandler(.cancel)
            return
        }
        let contentType = (http.value(forHTTPHeaderField: "Content-Type") ?? "").lowercased()
        let mediaType = contentType.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        let format: ArticleFormat
        switch mediaType {
        case "text/html", "application/xhtml+xml": format = .html
        case "text/plain": format = .text
        default:
            fail(.unsupportedContentType(address, contentType: mediaType))
            completionHandler(.cancel)
            return
        }
        if http.expectedContentLength > Int64(maxBytes) {
            fail(.tooLarge(address, limit: maxBytes))
            completionHandler(.cancel)
            return
        }
        lock.lock()
        self.format = format
        finalURL = http.url?.absoluteString ?? address
        lock.unlock()
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive chunk: Data) {
        lock.lock()
        data.append(chunk)
        let over = data.count > maxBytes
        lock.unlock()
        if over {
            fail(.tooLarge(address, limit: maxBytes))
            dataTask.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        if let error = error as? URLError {
            fail(Self.failure(for: error, address: address, timeout: timeout))
        } else if let error {
            fail(.failed(address, reason: error.localizedDescription))
        }
        done.signal()
    }

    static func failure(for error: URLError, address: String, timeout: Double) -> FetchError {
        switch error.code {
        case .cannotFindHost, .dnsLookupFailed: .hostNotFound(address)
        case .timedOut: .timedOut(address, seconds: timeout)
        case .cannotConnectToHost, .networkConnectionLost, .notConnectedToInternet: .cannotConnect(address)
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate, .serverCertificateNotYetValid,
             .serverCertificateHasUnknownRoot, .clientCertificateRejected, .clientCertificateRequired:
            .tls(address)
        case .httpTooManyRedirects: .tooManyRedirects(address, limit: PageFetcher.maxRedirects)
        default: .failed(address, reason: error.localizedDescription)
        }
    }
}
