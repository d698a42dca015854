import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// A full disk, through the binary and without privileges: the shell caps how large a file the process may write
/// (`ulimit -f`, with SIGXFSZ ignored so the write fails with EFBIG instead of killing it), just above the database's
/// size, so the ingest's transaction cannot be written. SQLite reports this as a write I/O error; a real ENOSPC it
/// reports as SQLITE_FULL, whose message FaultTests checks through the store (a capped `max_page_count`).
@Suite struct FullDiskTests {
    @Test func anIngestOnAFullDiskFailsClearlyAndChangesNothing() throws {
        let database = try ExampleDatabase()
        let sentences = (0..<1500).map { "The council spent \($0) million dollars on \($0 + 3) bridges in \(1990 + $0 % 30), the auditor said." }
        let article = database.folder.write("big.txt", sentences.joined(separator: "\n") + "\n")
        let before = try database.rows()
        let size = try #require(try FileManager.default.attributesOfItem(atPath: database.path)[.size] as? Int)
        let blocks = (size + 32 * 1024) / 512
        let full = try BackgroundProcess(
            script: #"ulimit -f \#(blocks) && trap '' XFSZ && exec "$FACTCHECK" ingest "$ARTICLE""#,
            environment: ["FACTCHECK_DB": database.path, "ARTICLE": article], outputPrefix: database.folder.file("full")
        )
        #expect(full.wait() == 74, "\(full.stderr)")
        #expect(full.stderr.split(separator: "\n").count == 1)
        #expect(full.stderr.hasPrefix("factcheck: error: writing database '\(database.path)' failed ("))
        #expect(full.stderr.hasSuffix("the disk may be full or failing: free some space or check it, then try again. Nothing was changed\n"))
        #expect(try database.rows() == before)
        #expect(try FactCheckStore(path: database.path).check().isHealthy)
        // With space again, the same ingest goes through.
        #expect(try database.run(["ingest", article]).status == 0)
    }
}
