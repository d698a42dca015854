import Foundation

/// Pure work spread over threads, for ingest's reading and extraction.
enum Parallel {
    /// `work` applied to every element on up to `threads` threads, results in order.
    static func map<Element: Sendable, Value: Sendable>(
        _ elements: [Element], threads: Int, _ work: @Sendable (Element) -> Value
    ) -> [Value] {
        guard threads > 1, elements.count > 1 else { return elements.map(work) }
        let results = ParallelResults<Value>(count: elements.count)
        let chunks = min(threads, elements.count)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            // Interleaved, so long and short articles spread across the threads.
            for index in stride(from: chunk, to: elements.count, by: chunks) { results.set(index, work(elements[index])) }
        }
        return results.values()
    }
}

/// Slots filled from several threads, each index by exactly one, read after all have finished.
private final class ParallelResults<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [Value] { slots.map { $0! } }
}

/// Work started on a background thread now, its result collected later with `wait()`.
final class Pending<Value: Sendable>: @unchecked Sendable {
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.value = work()
            self.done.signal()
        }
    }

    /// The result, once the work has finished (at once when it already has). Call from one thread.
    func wait() -> Value {
        if let value { return value }
        done.wait()
        return value!
    }
}

/// A value handed to another thread that is used there alone, never by two threads at once.
struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
