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
