import Dispatch
import Testing
import TestSupport
@testable import FactCheckServer

@Suite("The desk's reader connections")
struct ReaderPoolTests {
    /// Two reads that each wait for the other to start: they finish only if they run at once, on two connections.
    static func twoReadsOverlap(readers: Int) async throws -> Bool {
        let fixture = try ServerFixture()
        let database = try DeskDatabase(path: fixture.path, readers: readers)
        let first = DispatchSemaphore(value: 0)
        let second = DispatchSemaphore(value: 0)
        async let a = database.read { store in
            _ = try store.articleSummaries()
            first.signal()
            return second.wait(timeout: .now() + 3) == .success
        }
        async let b = database.read { store in
            _ = try store.articleSummaries()
            second.signal()
            return first.wait(timeout: .now() + 3) == .success
        }
        let (x, y) = try await (a, b)
        return x && y
    }

    @Test("reads run side by side on two readers, and one after another on one")
    func readsOverlap() async throws {
        #expect(try await Self.twoReadsOverlap(readers: 2))
        #expect(try await !Self.twoReadsOverlap(readers: 1))
    }
}
