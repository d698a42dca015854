import Dispatch
import FactCheckKit

/// The store behind the server. SQLite here is blocking C, so it never runs on the server's event loops: one writer
/// connection on its own serial queue takes every change, and one reader connection on another serves pages, both
/// in WAL mode, so reads go on while a write (the server's or a CLI's) is under way. Each call runs start to finish on
/// its queue, so a transaction never spans an `await`.
public final class DeskDatabase: @unchecked Sendable {
    // Each store is touched only on its own queue; that is what makes the class safe to share.
    private let writer: Connection
    private let reader: Connection
    private let writeQueue = DispatchQueue(label: "factcheck.serve.write")
    private let readQueue = DispatchQueue(label: "factcheck.serve.read")

    /// Opens (and migrates) the database at `path`, creating it when missing.
    public init(path: String, clock: Clock = .fromEnvironment()) throws(StoreError) {
        writer = Connection(try FactCheckStore(path: path, mode: .readWrite, clock: clock))
        reader = Connection(try FactCheckStore(path: path, mode: .existing, clock: clock))
    }

    public var path: String { writer.store.path }

    /// Runs `body` on the reader connection, in one read snapshot.
    public func read<T: Sendable>(_ body: @escaping @Sendable (FactCheckStore) throws -> T) async throws -> T {
        let connection = reader
        return try await run(on: readQueue) { try connection.store.readSnapshot { try body(connection.store) } }
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
