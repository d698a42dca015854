import Foundation

/// Runs `count` bodies at once, each on a thread of its own (not a pool capped at the core count: a load test
/// needs every simulated client waiting on its socket at the same time), and returns their results in order.
enum LoadThreads {
    static func run<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) -> T) -> [T] {
        let results = Slots<T>(count)
        let done = DispatchGroup()
        for index in 0..<count {
            done.enter()
            let thread = Thread {
                results.set(index, body(index))
                done.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        done.wait()
        return results.values
    }

    private final class Slots<T>: @unchecked Sendable {
        // Each index is written by one thread before it leaves the group; read only after the group's wait.
        private var slots: [T?]
        private let lock = NSLock()
        init(_ count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: T) { lock.withLock { slots[index] = value } }
        var values: [T] { lock.withLock { slots.map { $0! } } }
    }
}

/// Latencies in milliseconds, summarised.
public struct LatencySummary: Sendable {
    public var count: Int
    public var p50: Double
    public var p99: Double
    public var max: Double

    public init(_ milliseconds: [Double]) {
        let sorted = milliseconds.sorted()
        count = sorted.count
        // Nearest rank: the smallest latency that at least q of the requests did not exceed.
        func at(_ q: Double) -> Double {
            guard !sorted.isEmpty else { return .nan }
            let rank = Int((Double(sorted.count) * q).rounded(.up))
            return sorted[Swift.min(sorted.count, Swift.max(1, rank)) - 1]
        }
        p50 = at(0.50)
        p99 = at(0.99)
        self.max = sorted.last ?? .nan
    }
}

/// CPU seconds (user + system) a process has used so far, from `/proc/PID/stat`; for the load client itself, pass
/// its own id. Shows which side of a load test spends the machine.
public enum ProcessCPU {
    public static func seconds(of pid: Int32) -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }
}
