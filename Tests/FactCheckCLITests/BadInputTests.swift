import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Bad input beyond the table in `HostileInputTests`: exact messages, batches with one bad file, and outputs
/// that cannot be written.
@Suite(.serialized) struct BadInputTests {
    @Test func directoryWithNothingToIngest() throws {
        let folder = TemporaryDirectory()
        folder.write("empty/notes.pdf", "not an article")
        let result = try CLI.run(["ingest", folder.file("empty")], database: folder.file("x.db"))
        #expect(result.status == 66)
        #expect(result.errorLines == ["factcheck: error: '\(folder.file("empty"))' holds no .txt, .md or .html articles; pass article files or a folder that has some"])
        #expect(!FileManager.default.fileExists(atPath: folder.file("x.db")))
    }

    @Test func emptyAndBinaryFiles() throws {
        let folder = TemporaryDirectory()
        let empty = folder.write("empty.txt", "\n  \n")
        let binary = folder.write("binary.txt", Data([0x41, 0x00, 0x42, 0x00]))
        let db = folder.file("x.db")
        let a = try CLI.run(["ingest", empty], database: db)
        #expect(a.status == 65)
        #expect(a.errorLines == ["factcheck: error: '\(empty)' is empty; nothing to ingest"])
        let b = try CLI.run(["ingest", binary], database: db)
        #expect(b.status == 65)
        #expect(b.errorLines.count == 1)
        #expect(b.stderr.contains("is not text (it holds NUL bytes)"))
        #expect(try FactCheckStore(path: db).articleSummaries().isEmpty)
    }

    @Test func aBadFileInABatchIsNamedAndTheRestAreStored() throws {
        let folder = TemporaryDirectory()
        folder.write("batch/a.txt", "The city spent $3 million on parks in 2022.\n")
        folder.write("batch/b.txt", "")
        let db = folder.file("x.db")
        let result = try CLI.run(["ingest", folder.file("batch")], database: db)
        #expect(result.status == 65)
        #expect(result.stdout.contains("1 stored, 0 already ingested, 1 failed"))
        #expect(result.errorLines.count == 2)
        #expect(try FactCheckStore(path: db).articleSummaries().count == 1)
    }

    @Test func databaseFolderMissing() throws {
        let folder = TemporaryDirectory()
        let result = try CLI.run(["ingest", Paths.examples.path + "/articles"], database: folder.file("missing/factcheck.db"))
        #expect(result.status == 73)
        #expect(result.errorLines == ["factcheck: error: the folder for database '\(folder.file("missing/factcheck.db"))' does not exist; create it first or pass another --db"])
    }

    @Test func fileThatIsNotSQLite() throws {
        let folder = TemporaryDirectory()
        let notes = folder.write("notes.db", "# my notes\nnot a database at all, but a text file of some length\n")
        let result = try CLI.run(["claims"], database: notes)
        #expect(result.status == 65)
        #expect(result.errorLines == ["factcheck: error: '\(notes)' is not a factcheck database (not SQLite); pass another --db"])
        #expect(try String(contentsOfFile: notes, encoding: .utf8).hasPrefix("# my notes"))
    }

    @Test func readingBeforeAnyIngest() throws {
        let folder = TemporaryDirectory()
        let result = try CLI.run(["claims"], database: folder.file("none.db"))
        #expect(result.status == 66)
        #expect(result.stderr.contains("no database at"))
        #expect(!FileManager.default.fileExists(atPath: folder.file("none.db")))
    }

    @Test func unwritableReportOutputLeavesNoFile() throws {
        let folder = TemporaryDirectory()
        let db = folder.file("x.db")
        _ = try CLI.run(["ingest", Paths.examples.path + "/articles"], database: db)
        let result = try CLI.run(["report", "--format", "html", "--output", folder.file("no/such/report.html")], database: db)
        #expect(result.status == 73)
        #expect(result.errorLines.count == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().filter { !$0.hasPrefix("x.db") }.isEmpty)
    }
}
