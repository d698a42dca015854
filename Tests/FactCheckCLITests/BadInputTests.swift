import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Bad input: one clear line on stderr, the documented exit code, no stack trace, and the database unchanged.
@Suite(.serialized) struct BadInputTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var status: Int32
        var message: String
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unknown claim id", arguments: ["show", "999"], status: 65, message: "claim 999 not found; run 'factcheck claims' to list ids"),
        Case(name: "unknown claim id on mark", arguments: ["mark", "999", "verified"], status: 65, message: "claim 999 not found"),
        Case(name: "id that is not a number", arguments: ["show", "twelve"], status: 64, message: "twelve"),
        Case(name: "unknown status", arguments: ["mark", "1", "probably-true"], status: 64, message: "probably-true"),
        Case(name: "unknown status filter", arguments: ["claims", "--status", "done"], status: 64, message: "done"),
        Case(name: "missing file", arguments: ["ingest", "/nonexistent/article.txt"], status: 66,
             message: "no such file or folder: '/nonexistent/article.txt'"),
        Case(name: "URL that is not http(s)", arguments: ["cite", "1", "--url", "ftp://example.org/x"], status: 64,
             message: "is not an http(s) URL"),
        Case(name: "URL without a host", arguments: ["cite", "1", "--url", "https://"], status: 64, message: "is not an http(s) URL"),
        Case(name: "10,000-character URL", arguments: ["cite", "1", "--url", "https://example.org/" + String(repeating: "a", count: 10_000)],
             status: 64, message: "over the 2048-character limit"),
        Case(name: "empty note", arguments: ["mark", "1", "verified", "--note", "  "], status: 64, message: "--note is empty"),
    ]

    @Test(arguments: cases)
    func failsCleanlyAndChangesNothing(_ testCase: Case) throws {
        let folder = TemporaryDirectory()
        let db = folder.file("bad.db")
        let ingest = try CLI.run(["ingest", Paths.examples.appendingPathComponent("articles").path], database: db)
        #expect(ingest.status == 0)
        let before = try FactCheckStore(path: db).dumpRows()
        let result = try CLI.run(testCase.arguments, database: db)
        #expect(result.status == testCase.status, "\(testCase.name): \(result.stderr)")
        #expect(result.errorLines.count == 1, "\(testCase.name): \(result.stderr)")
        #expect(result.stderr.hasPrefix("factcheck: error: "))
        #expect(result.stderr.contains(testCase.message), "\(testCase.name): \(result.stderr)")
        #expect(!result.stderr.contains("Fatal error") && !result.stderr.contains("Stack dump"))
        #expect(try FactCheckStore(path: db).dumpRows() == before)
    }

    @Test func directoryWithNothingToIngest() throws {
        let folder = TemporaryDirectory()
        folder.write("empty/notes.pdf", "not an article")
        let result = try CLI.run(["ingest", folder.file("empty")], database: folder.file("x.db"))
        #expect(result.status == 66)
        #expect(result.errorLines == ["factcheck: error: '\(folder.file("empty"))' holds no .txt or .md articles; pass article files or a folder that has some"])
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
