import Foundation

/// What K keep-alive clients asking for one page for a bounded time got.
public struct ReadLoadResult: Sendable {
    public var path: String
    public var connections: Int
    public var seconds: Double
    /// Responses with the expected status.
    public var requests: Int
    /// Responses with another status, by status.
    public var unexpected: [Int: Int]
    /// Round trip seen by the client, in milliseconds.
    public var latency: LatencySummary
    /// The server's own time per request (`Server-Timing`), in milliseconds.
    public var serverTime: LatencySummary
    public var bytesPerResponse: Int
    /// CPU seconds the server and this load client used during the timed part.
    public var serverCPU: Double?
    public var clientCPU: Double?

    public var requestsPerSecond: Double { Double(requests) / seconds }
}

/// K concurrent keep-alive HTTP/1.1 clients on one `GET` path for a bounded time, after a warm-up that is not counted.
public struct ReadLoad: Sendable {
    public var port: Int
    public var path: String
    public var headers: [(String, String)]
    public var expectedStatus = 200
    public var connections: Int
    public var seconds: Double
    public var warmUpSeconds = 2.0
    /// The server's process id, to read its CPU time (nil: not measured).
    public var serverProcess: Int32?

    public init(port: Int, path: String, headers: [(String, String)], connections: Int, seconds: Double, serverProcess: Int32?) {
        self.port = port
        self.path = path
        self.headers = headers
        self.connections = connections
        self.seconds = seconds
        self.serverProcess = serverProcess
    }

    private struct ClientTally: Sendable {
        var latencies: [Double] = []
        var serverTimes: [Double] = []
        var unexpected: [Int: Int] = [:]
        var bytes = 0
        var failure: String?
    }

    public func run() throws -> ReadLoadResult {
        let start = Stopwatch.now()
        let counting = start + warmUpSeconds
        let end = counting + seconds
        let (port, path, headers, expected) = (port, path, headers, expectedStatus)
        let cpuBefore = Box<(Double?, Double?)>((nil, nil))
        // The CPU counters are read when the timed part starts, by a thread of their own.
        let marker = Thread { [serverProcess] in
            let wait = counting - Stopwatch.now()
            if wait > 0 { usleep(UInt32(wait * 1e6)) }
            cpuBefore.value = (serverProcess.flatMap(ProcessCPU.seconds), ProcessCPU.seconds(of: getpid()))
        }
        marker.start()
        let tallies = LoadThreads.run(connections) { _ -> ClientTally in
            var tally = ClientTally()
            tally.latencies.reserveCapacity(100_000)
            do {
                let connection = try HTTPConnection(port: port)
                while true {
                    let sent = Stopwatch.now()
                    if sent >= end { break }
                    let reply = try connection.send("GET", path, headers: headers)
                    let received = Stopwatch.now()
                    guard sent >= counting else { continue }
                    if reply.status == expected {
                        tally.latencies.append((received - sent) * 1000)
                        if let server = reply.serverMilliseconds { tally.serverTimes.append(server) }
                        tally.bytes += reply.body.count
                    } else {
                        tally.unexpected[reply.status, default: 0] += 1
                    }
                }
            } catch {
                tally.failure = (error as? LoadError)?.errorDescription ?? "\(error)"
            }
            return tally
        }
        let (serverCPU, clientCPU) = (serverProcess.flatMap(ProcessCPU.seconds), ProcessCPU.seconds(of: getpid()))
        if let failure = tallies.compactMap(\.failure).first { throw LoadError.unexpected(failure) }
        let latencies = tallies.flatMap(\.latencies)
        let before = cpuBefore.value
        return ReadLoadResult(
            path: path, connections: connections, seconds: seconds, requests: latencies.count,
            unexpected: tallies.reduce(into: [:]) { all, tally in all.merge(tally.unexpected, uniquingKeysWith: +) },
            latency: LatencySummary(latencies), serverTime: LatencySummary(tallies.flatMap(\.serverTimes)),
            bytesPerResponse: latencies.isEmpty ? 0 : tallies.reduce(0) { $0 + $1.bytes } / latencies.count,
            serverCPU: zip2(serverCPU, before.0).map { $0 - $1 }, clientCPU: zip2(clientCPU, before.1).map { $0 - $1 }
        )
    }
}

func zip2<A, B>(_ a: A?, _ b: B?) -> (A, B)? {
    guard let a, let b else { return nil }
    return (a, b)
}

/// A value handed between threads through a lock.
final class Box<T>: @unchecked Sendable {
    private var stored: T
    private let lock = NSLock()
    init(_ value: T) { stored = value }
    var value: T {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
