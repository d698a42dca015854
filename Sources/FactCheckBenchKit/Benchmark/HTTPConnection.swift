import FactCheckKit
import Foundation

/// Why a load test stopped: the server or the test setup, in one line that says what to look at.
public enum LoadError: FactCheckFailure {
    case connect(port: Int, errno: Int32)
    case closed(String)
    case malformed(String)
    case unexpected(String)
    case server(String)

    public var errorDescription: String? {
        switch self {
        case .connect(let port, let code): "cannot connect to 127.0.0.1:\(port) (\(String(cString: strerror(code)))); is the server running?"
        case .closed(let what): "the server closed the connection during \(what)"
        case .malformed(let what): "the server's response is not HTTP/1.1 as expected: \(what)"
        case .unexpected(let what): what
        case .server(let what): "factcheck serve: \(what)"
        }
    }

    public var exitStatus: ExitStatus { .software }
}

/// One response as the load client reads it.
public struct HTTPReply: Sendable {
    public var status: Int
    /// Header names in lower case.
    public var headers: [String: String]
    public var body: [UInt8]

    public var text: String { String(decoding: body, as: UTF8.self) }

    /// The milliseconds of `Server-Timing: app;dur=MS`, when the server sent one.
    public var serverMilliseconds: Double? {
        guard let timing = headers["server-timing"], let range = timing.range(of: "dur=") else { return nil }
        return Double(timing[range.upperBound...].prefix { $0 == "." || $0.isNumber })
    }
}

/// One keep-alive HTTP/1.1 connection to a loopback port on a blocking socket, for load tests: each `send` writes
/// one request and reads exactly one response (by Content-Length, or chunked). Cheap on purpose, so a load test
/// measures the server: no Foundation networking, one buffer reused, no copies beyond the body.
public final class HTTPConnection {
    private let socket: Int32
    private let port: Int
    private var pending: [UInt8] = []
    private var scratch = [UInt8](repeating: 0, count: 256 * 1024)

    public init(port: Int) throws(LoadError) {
        self.port = port
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw .connect(port: port, errno: errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc == 0 else {
            let code = errno
            close(socket)
            throw .connect(port: port, errno: code)
        }
        var one: Int32 = 1
        setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
    }

    deinit { close(socket) }

    /// Whether something accepts connections on `port` now.
    public static func isListening(port: Int) -> Bool {
        (try? HTTPConnection(port: port)) != nil
    }

    /// A port nothing listens on now: the kernel's choice for a socket bound to port 0.
    public static func freePort() throws(LoadError) -> Int {
        let probe = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(probe) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let rc = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(probe, pointer, length) == 0 ? getsockname(probe, pointer, &length) : -1
            }
        }
        guard rc == 0 else { throw .connect(port: 0, errno: errno) }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// Sends one request and reads its response.
    public func send(_ method: String, _ path: String, headers: [(String, String)] = [], body: [UInt8] = []) throws(LoadError) -> HTTPReply {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        try write(Array(head.utf8) + body)
        return try readReply()
    }

    private func write(_ bytes: [UInt8]) throws(LoadError) {
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL)) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw .closed("a request") }
            sent += n
        }
    }

    /// Reads more bytes into `pending`.
    private func fill() throws(LoadError) {
        while true {
            let n = scratch.withUnsafeMutableBytes { recv(socket, $0.baseAddress!, $0.count, 0) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { throw .closed("a response") }
            pending.append(contentsOf: scratch[0..<n])
            return
        }
    }

    private func readReply() throws(LoadError) -> HTTPReply {
        var headerEnd: Int?
        var searched = 0
        while headerEnd == nil {
            if pending.count >= 4 {
                var index = max(0, searched - 3)
                while index + 3 < pending.count {
                    if pending[index] == 13, pending[index + 1] == 10, pending[index + 2] == 13, pending[index + 3] == 10 {
                        headerEnd = index
                        break
                    }
                    index += 1
                }
                searched = pending.count
            }
            if headerEnd == nil { try fill() }
        }
        let end = headerEnd!
        let lines = String(decoding: pending[0..<end], as: UTF8.self).split(separator: "\r\n", omittingEmptySubsequences: false)
        pending.removeFirst(end + 4)
        let statusParts = lines.first?.split(separator: " ") ?? []
        guard statusParts.count >= 2, statusParts[0].hasPrefix("HTTP/1."), let status = Int(statusParts[1]) else {
            throw .malformed("status line '\(lines.first?.prefix(60) ?? "")'")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let body: [UInt8]
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            body = try readChunked()
        } else {
            let length = Int(headers["content-length"] ?? "0") ?? 0
            while pending.count < length { try fill() }
            body = Array(pending[0..<length])
            pending.removeFirst(length)
        }
        return HTTPReply(status: status, headers: headers, body: body)
    }

    private func readChunked() throws(LoadError) -> [UInt8] {
        var body: [UInt8] = []
        while true {
            let line = try readLine()
            guard let size = Int(line.split(separator: ";").first ?? "", radix: 16) else { throw .malformed("chunk size '\(line.prefix(20))'") }
            if size == 0 {
                while try !readLine().isEmpty {}  // trailers, then the blank line
                return body
            }
            while pending.count < size + 2 { try fill() }
            body.append(contentsOf: pending[0..<size])
            pending.removeFirst(size + 2)
        }
    }

    private func readLine() throws(LoadError) -> String {
        while true {
            if let newline = pending.firstIndex(of: 10) {
                let line = String(decoding: pending[0..<newline], as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
                pending.removeFirst(newline + 1)
                return line
            }
            try fill()
        }
    }
}
