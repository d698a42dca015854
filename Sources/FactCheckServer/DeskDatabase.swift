import Dispatch
import FactCheckKit
import Foundation
import Synchronization

/// The store behind the server. SQLite here is blocking C, so it never runs on the server's event loops: one writer
/// connection on its own serial queue takes every change, and a few reader connections, each on a serial queue of
/// its own, serve pages, all in WAL mode, so reads go on side by side on every core while a write (the server's or a
/// CLI's) is under way. Each call runs start to finish on its queue, so a transaction never spans an `await`.
public final class DeskDatabase: @unchecked Sendable {
    // Each store is touched only on its own queue; that is what makes the class safe to share.
    private let writer: Connection
    private let readers: [(connection: Connection, queue: DispatchQueue)]
    private let writeQueue = DispatchQueue(label: "factcheck.serve.write")
    /// The reader the next read goes to: they are taken in turn.
    private let nextReader = Atomic<Int>(0)

    /// How many reader connections a server opens by default: one a core, at least two, at most four.
    public static var defaultReaders: Int { min(4, max(2, ProcessInfo.processInfo.activeProcessorCount)) }

    /// Opens (and migrates) the database at `path`, creating it when missing, with `readers` reader connections.
    public init(path: String, clock: Clock = .fromEnvironment(), readers: Int = DeskDatabase.defaultReaders) throws(StoreError) {
        writer = Connection(try FactCheckStore(path: path, mode: .readWrite, clock: clock))
        var opened: [(connection: Connection, queue: DispatchQueue)] = []
        for index in 0..<max(1, readers) {
            opened.append((Connection(try FactCheckStore(path: path, mode: .existing, clock: clock)),
                           DispatchQueue(label: "factcheck.serve.read.\(index)")))
        }
        self.readers = opened
    }

    public var path: String { writer.store.path }

    /// Runs `body` on a reader connection (the next in turn), in one read snapshot.
    public func read<T: Sendable>(_ body: @escaping @Sendable (FactCheckStore) throws -> T) async throws -> T {
        let turn = Int(nextReader.wrappingAdd(1, ordering: .relaxed).oldValue.magnitude % UInt(readers.count))
        let (connection, queue) = readers[turn]
        return try await run(on: queue) { try connection.store.readSnapshot { try body(connection.store) } }
    }

    /// Runs `body` on the writer connection. `body` calls the store's change methods, each one transaction.
    public func write<T: Sendable>(_ body: @escaping @Sendable (FactCheckStore) throws -> T) async throws -> T {
        let connection = writer
        return try await run(on: writeQueue) { try body(connection.store) }
    }

    private func run<T: Sendable>(on queue: DispatchQueue, _ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body() }) }
        }
    }

    /// A store that crosses to its queue. Only that queue uses it, one call at a time.
    private final class Connection: @unchecked Sendable {
        let store: FactCheckStore
        init(_ store: FactCheckStore) { self.store = store }
    }
}
