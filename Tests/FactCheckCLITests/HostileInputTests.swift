import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Broken and hostile input through the binary: a non-zero exit, one clear line, no trace, nothing changed.
@Suite struct HostileInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var arguments: [String]
        var status: Int32
        /// Words the one error line must contain.
        var message: String
        var environment: [String: String] = [:]
        var testDescription: String { name }
    }

    /// Issue 9, part B: values that look like options, names with control characters, parser errors with the
    /// nearest choice, calendar dates, unknown ids answered alike, and the rules that guard a verdict.
    static let issue9Cases: [Case] = [
        // Values that look like options: refused with how to pass them, never help and exit 0.
        Case(name: "setting value that looks like options", arguments: ["config", "set", "org.name", "-The Herald"], status: 64, message: "put -- before it"),
        Case(name: "file name that looks like options", arguments: ["ingest", "-hi.txt"], status: 64, message: "-- -hi.txt"),
        Case(name: "backup target that looks like options", arguments: ["backup", "-ch.db"], status: 64, message: "-- -ch.db"),
        Case(name: "note that is -h", arguments: ["mark", "1", "in-review", "--note", "-h"], status: 64, message: "--note=-h"),
        Case(name: "text that starts with a dash", arguments: ["edit", "1", "--text", "-hello"], status: 64, message: "--text=-hello"),
        Case(name: "title that looks like options", arguments: ["cite", "1", "--url", "https://example.org/a", "--title", "-chart"], status: 64, message: "--title=-chart"),
        // Editors' names: control characters refused, blank names refused wherever they come from.
        Case(name: "editor name forging a history line", arguments: ["mark", "1", "in-review", "--editor", "mallory\n  2024-05-01T09:00:00.000Z  chief-editor  status in-review → verified"], status: 64, message: "--editor holds a control character"),
        Case(name: "editor name with an escape sequence", arguments: ["cite", "1", "--url", "https://example.org/a", "--editor", "ann\u{1B}[2J"], status: 64, message: "control character"),
        Case(name: "editor name with a direction override", arguments: ["assign", "1", "--to", "bob", "--editor", "\u{202E}nna"], status: 64, message: "control character"),
        Case(name: "blank FACTCHECK_EDITOR", arguments: ["cite", "1", "--url", "https://example.org/a"], status: 64, message: "FACTCHECK_EDITOR is empty", environment: ["FACTCHECK_EDITOR": "   "]),
        Case(name: "FACTCHECK_EDITOR with a line break", arguments: ["mark", "1", "in-review"], status: 64, message: "FACTCHECK_EDITOR holds a control character", environment: ["FACTCHECK_EDITOR": "ann\nbob"]),
        Case(name: "assignee with a control character", arguments: ["assign", "1", "--to", "bob\u{7}"], status: 64, message: "--to holds a control character"),
        Case(name: "blank editor given to ingest", arguments: ["ingest", "@article.txt", "--editor", "   "], status: 64, message: "--editor is empty"),
        // Parser errors: one line, every choice, the nearest one suggested.
        Case(name: "misspelt status", arguments: ["mark", "1", "verifed"], status: 64, message: "did you mean 'verified'? Choose one of: unverified, in-review, verified, disputed, false, misleading, unverifiable"),
        Case(name: "misspelt status filter", arguments: ["claims", "--status", "unverifed"], status: 64, message: "did you mean 'unverified'?"),
        Case(name: "kind that is a prefix", arguments: ["claims", "--kind", "percent"], status: 64, message: "did you mean 'percentage'?"),
        Case(name: "misspelt format", arguments: ["claims", "--format", "tabel"], status: 64, message: "did you mean 'table'? Choose one of: table, json, csv"),
        Case(name: "misspelt command", arguments: ["clams"], status: 64, message: "unknown command 'clams'; did you mean 'claims'?"),
        // Dates are calendar dates.
        Case(name: "published date that is not in the calendar", arguments: ["ingest", "@article.txt", "--published", "2024-02-30"], status: 64, message: "'2024-02-30' is not a date"),
        Case(name: "published date in words that is not in the calendar", arguments: ["ingest", "@article.txt", "--published", "31 April 2024"], status: 64, message: "is not a date"),
        Case(name: "match dated by something that is not a date", arguments: ["match", "The bridge cost $212 million.", "--published", "last week"], status: 64, message: "'last week' is not a date"),
        Case(name: "match refresh with a date", arguments: ["match", "--refresh", "--published", "2024-05-01"], status: 64, message: "--published goes with TEXT"),
        // An unknown article is not found everywhere.
        Case(name: "unknown article id (claims)", arguments: ["claims", "--article", "999"], status: 65, message: "article 999 not found"),
        Case(name: "unknown article id (claims json)", arguments: ["claims", "--article", "999", "--format", "json"], status: 65, message: "article 999 not found"),
        Case(name: "unknown article id (report)", arguments: ["report", "--article", "999"], status: 65, message: "article 999 not found"),
        // A verdict kept across an edit needs a reason.
        Case(name: "keep-verdict without a note", arguments: ["edit", "1", "--text", "New text.", "--keep-verdict"], status: 64, message: "--keep-verdict needs a --note"),
    ]

    static let longURL = "https://example.org/" + String(repeating: "a", count: 10_000 - 20)

    static let cases: [Case] = [
        Case(name: "missing file", arguments: ["ingest", "@/no/such/article.txt"], status: 66, message: "no such file or folder"),
        Case(name: "folder with no articles", arguments: ["ingest", "@empty-folder"], status: 66, message: "holds no .txt, .md or .html articles"),
        Case(name: "empty file", arguments: ["ingest", "@empty.txt"], status: 65, message: "is empty"),
        Case(name: "binary file", arguments: ["ingest", "@binary.txt"], status: 65, message: "NUL bytes"),
        Case(name: "unknown claim id (show)", arguments: ["show", "9999"], status: 65, message: "claim 9999 not found"),
        Case(name: "unknown claim id (mark)", arguments: ["mark", "9999", "in-review"], status: 65, message: "claim 9999 not found"),
        Case(name: "unknown claim id (cite)", arguments: ["cite", "9999", "--url", "https://example.org/a"], status: 65, message: "claim 9999 not found"),
        Case(name: "unknown claim id (assign)", arguments: ["assign", "9999", "--to", "ann"], status: 65, message: "claim 9999 not found"),
        Case(name: "unknown claim id (history)", arguments: ["history", "9999"], status: 65, message: "claim 9999 not found"),
        Case(name: "unknown claim id (edit)", arguments: ["edit", "9999", "--text", "x"], status: 65, message: "claim 9999 not found"),
        Case(name: "unknown evidence id", arguments: ["withdraw", "9999", "--reason", "x"], status: 65, message: "evidence 9999 not found"),
        Case(name: "id that is not a number", arguments: ["show", "abc"], status: 64, message: "abc"),
        Case(name: "zero id", arguments: ["mark", "0", "verified"], status: 64, message: "'0'"),
        Case(name: "unknown status", arguments: ["mark", "1", "bogus"], status: 64, message: "bogus"),
        Case(name: "unknown status filter", arguments: ["claims", "--status", "done"], status: 64, message: "done"),
        Case(name: "URL without a host", arguments: ["cite", "1", "--url", "https://"], status: 64, message: "not an http(s) URL"),
        Case(name: "empty note", arguments: ["mark", "1", "in-review", "--note", "  "], status: 64, message: "--note is empty"),
        Case(name: "URL that is not http(s)", arguments: ["cite", "1", "--url", "ftp://example.org/report"], status: 64, message: "not an http(s) URL"),
        Case(name: "javascript URL", arguments: ["cite", "1", "--url", "javascript:alert(1)"], status: 64, message: "not an http(s) URL"),
        Case(name: "URL of 10,000 characters", arguments: ["cite", "1", "--url", longURL], status: 64, message: "10000 characters long"),
        Case(name: "verdict without evidence", arguments: ["mark", "1", "verified"], status: 65, message: "has no supporting citation"),
        Case(name: "force without a note", arguments: ["mark", "1", "false", "--force"], status: 64, message: "--force needs a --note"),
        Case(name: "empty withdrawal reason", arguments: ["withdraw", "1", "--reason", " "], status: 64, message: "--reason is empty"),
        Case(name: "database folder missing", arguments: ["claims", "--db", "@no-such-folder/factcheck.db"], status: 73, message: "does not exist"),
        Case(name: "database folder missing (ingest)", arguments: ["ingest", "--db", "@no-such-folder/factcheck.db", "@article.txt"], status: 73, message: "does not exist"),
        Case(name: "file that is not SQLite", arguments: ["claims", "--db", "@not-a-database.db"], status: 65, message: "is not a factcheck database"),
        Case(name: "file that is not SQLite (write)", arguments: ["cite", "1", "--url", "https://example.org/a", "--db", "@not-a-database.db"], status: 65, message: "is not a factcheck database"),
        Case(name: "bad busy timeout", arguments: ["claims"], status: 64, message: "FACTCHECK_BUSY_TIMEOUT_MS"),
    ]

    @Test(arguments: cases + pathCases + issue9Cases)
    func refusedWithOneLineAndNothingChanged(_ testCase: Case) throws {
        let database = try ExampleDatabase()
        let folder = database.folder
        try FileManager.default.createDirectory(atPath: folder.file("empty-folder/notes"), withIntermediateDirectories: true)
        folder.write("empty-folder/notes/readme.pdf", "not an article")
        folder.write("empty.txt", "")
        folder.write("binary.txt", Data([0x54, 0x68, 0x65, 0x00, 0x01, 0x02, 0x00, 0x20, 0x31, 0x32]))
        folder.write("article.txt", "The council spent 12 million dollars on 40 bridges in 2023.\n")
        let notSQLite = folder.write("not-a-database.db", "id,title\n1,this is a CSV file, not SQLite\n")
        let notSQLiteBytes = try Data(contentsOf: URL(fileURLWithPath: notSQLite))
        let arguments = testCase.arguments.map { $0.hasPrefix("@") && $0 != "@" ? folder.file(String($0.dropFirst())).replacingOccurrences(of: folder.path + "//", with: "/") : $0 }
        let environment = testCase.name == "bad busy timeout" ? ["FACTCHECK_BUSY_TIMEOUT_MS": "soon"] : testCase.environment

        try Self.preparePathFixtures(in: folder, database: database.path)

        let before = try database.rows()
        let files = Self.snapshot(of: folder.path)
        let result = try database.run(arguments, environment: environment)

        #expect(result.status == testCase.status, "\(result.stderr)")
        #expect(result.errorLines.count == 1, "exactly one line on stderr: \(result.stderr)")
        let line = result.errorLines.first ?? ""
        #expect(line.hasPrefix("factcheck: error: "))
        #expect(line.contains(testCase.message), "\(line)")
        for trace in ["Fatal error", "Stack dump", "backtrace", "Swift runtime", "0x0"] {
            #expect(!result.stderr.contains(trace), "no stack trace: \(result.stderr)")
        }
        #expect(line.count < 400, "one readable line, not \(line.count) characters")
        #expect(try database.rows() == before, "the database is unchanged")
        let after = Self.snapshot(of: folder.path)
        #expect(after == files, "every file, the database included, is byte for byte as it was: \(Set(after.keys).symmetricDifference(files.keys))")
        #expect(try Data(contentsOf: URL(fileURLWithPath: notSQLite)) == notSQLiteBytes, "a file that is not SQLite is left alone")
        #expect(!FileManager.default.fileExists(atPath: folder.file("no-such-folder")))
    }

    /// Another process holds the database in an exclusive transaction past the busy timeout.
    @Test func aDatabaseHeldByAnotherProcessPastTheTimeout() throws {
        let database = try ExampleDatabase()
        let before = try database.rows()
        let holder = try FactCheckStore(path: database.path)
        try holder.db.execute("BEGIN EXCLUSIVE; UPDATE claim SET assignee = 'holder' WHERE id = 1")
        let start = Date()
        let result = try database.run(
            ["cite", "1", "--url", "https://example.org/a"], environment: ["FACTCHECK_BUSY_TIMEOUT_MS": "300"]
        )
        let waited = Date().timeIntervalSince(start)
        try holder.db.execute("ROLLBACK")
        #expect(result.status == 75, "\(result.stderr)")
        #expect(result.errorLines == ["factcheck: error: database '\(database.path)' is locked by another process; try again when it finishes"])
        #expect(waited >= 0.3 && waited < 5, "waited \(waited) s: the configured timeout, not the default")
        #expect(try database.rows() == before)
    }
}
