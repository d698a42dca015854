import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Standard output that cannot be written (closed, a full disk, a reader that went away), through the binary in a
/// shell: never a trap; one line and exit 74 saying whether the change was stored; EPIPE ends quietly.
@Suite struct OutputFailureTests {
    func evidenceCount(_ database: ExampleDatabase) throws -> Int {
        try FactCheckStore(path: database.path, mode: .existing).evidence(of: ClaimID(1), includeWithdrawn: true).count
    }

    static let traces = ["Fatal error", "Stack dump", "backtrace", "Swift runtime", "0x0"]

    /// The crash test: `cite` with its standard output closed (`>&-`) and on a full disk commits, then says so;
    /// repeating it stores nothing twice, and says why.
    @Test(arguments: [">&-", ">/dev/full"])
    func aCiteWhoseOutputFailsSaysItWasStoredAndARetryAddsNothing(_ redirection: String) throws {
        let database = try ExampleDatabase()
        let cite = #""$FACTCHECK" cite 1 --url https://example.org/audit --quote "41 days""#
        let (status, _, errors) = try database.shell(cite + " " + redirection)
        #expect(status == 74, "\(errors)")
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasPrefix("factcheck: error: cannot write to standard output (") == true)
        #expect(errors.first?.contains("the change was stored, so do not repeat the command") == true, "\(errors)")
        for trace in Self.traces { #expect(!errors.joined().contains(trace)) }
        #expect(try evidenceCount(database) == 1, "the citation was committed before the output failed")

        let (again, _, retryErrors) = try database.shell(cite, name: "retry")
        #expect(again == 65)
        #expect(retryErrors == ["factcheck: error: claim 1 already has this citation as evidence 1, with the same details; nothing was added"])
        #expect(try evidenceCount(database) == 1, "the retry duplicated nothing")
    }

    @Test func aMarkWithStandardOutputClosedIsStoredAndSaysSo() throws {
        let database = try ExampleDatabase()
        let (status, _, errors) = try database.shell(#""$FACTCHECK" mark 1 in-review >&-"#)
        #expect(status == 74)
        #expect(errors.count == 1 && errors[0].contains("(Bad file descriptor); the change was stored"), "\(errors)")
        #expect(try FactCheckStore(path: database.path, mode: .existing).claim(ClaimID(1)).status == .inReview)
    }

    @Test func aBackupWithStandardOutputClosedIsWrittenAndSaysSo() throws {
        let database = try ExampleDatabase()
        let copy = database.folder.file("copy.db")
        let (status, _, errors) = try database.shell(#""$FACTCHECK" backup "\#(copy)" >&-"#)
        #expect(status == 74)
        #expect(errors.count == 1 && errors[0].contains("the change was stored"), "\(errors)")
        #expect(try FactCheckStore(path: copy, mode: .existing).check().isHealthy)
    }

    /// An ingest whose output fails still stores every article, then says so; running it again stores nothing twice.
    @Test func anIngestOnAFullOutputStoresEverythingAndSaysSo() throws {
        let database = try ExampleDatabase()
        let articles = writeArticles(5, in: database.folder)
        let (status, _, errors) = try database.shell(#""$FACTCHECK" ingest "\#(articles)" > /dev/full"#)
        #expect(status == 74)
        #expect(errors.count == 1 && errors[0].contains("the change was stored"), "\(errors)")
        #expect(try FactCheckStore(path: database.path, mode: .existing).articleSummaries().count == 3 + 5)
        let again = try database.run(["ingest", articles])
        #expect(again.status == 0 && again.stdout.contains("0 stored, 5 already ingested"), "\(again.stdout)")
    }

    /// Read commands on a full or closed standard output: one line, exit 74, nothing changed.
    @Test(arguments: [
        ("claims", ">/dev/full"), ("claims --format json", ">&-"), ("report", ">/dev/full"), ("report --format html", ">&-"),
        ("show 1", ">/dev/full"), ("history 1", ">&-"), ("articles", ">/dev/full"), ("--help", ">/dev/full"),
    ])
    func aReadCommandOnAFullOrClosedOutputFailsWithOneLine(_ command: String, _ redirection: String) throws {
        let database = try ExampleDatabase()
        let before = try database.rows()
        let (status, _, errors) = try database.shell(#""$FACTCHECK" \#(command) \#(redirection)"#)
        #expect(status == 74, "\(command): \(errors)")
        #expect(errors.count == 1, "\(command): \(errors)")
        #expect(errors.first?.hasSuffix("; nothing was changed") == true, "\(errors)")
        #expect(try database.rows() == before)
    }

    /// `report >> factcheck.db` or `2>> factcheck.db`: refused before anything is written, the database byte for byte
    /// as it was (with standard error into the database, even the error line is held back; the exit code says it).
    @Test(arguments: ["report >> \"$FACTCHECK_DB\"", "claims 2>> \"$FACTCHECK_DB\"", "cite 1 --url https://example.org/x >> \"$FACTCHECK_DB\""])
    func standardStreamsRedirectedIntoTheDatabaseAreRefused(_ command: String) throws {
        let database = try ExampleDatabase()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: database.path))
        let (status, _, errors) = try database.shell(#""$FACTCHECK" \#(command)"#)
        #expect(status == 64)
        if !command.contains("2>>") {
            #expect(errors == ["factcheck: error: standard output is redirected into the database '\(database.path)' (or one of its side files); redirect it elsewhere. Nothing was read or written"])
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: database.path)) == bytes)
    }

    /// A reader that went away before anything was written (`| true`): EPIPE ends the command quietly.
    @Test(arguments: ["claims", "report", "report --format json", "show 1"])
    func aReaderThatWentAwayEndsTheCommandQuietly(_ command: String) throws {
        let database = try ExampleDatabase()
        let (status, _, errors) = try database.shell(#"(sleep 0.3; "$FACTCHECK" \#(command); echo "status $?" >&2) | true"#)
        #expect(status == 0)
        #expect(errors == ["status 0"], "quiet, no trap, no line: \(errors)")
    }

    /// With standard output closed, the file a command opens must not take its place: the report written with
    /// --output holds the report, not the "report written" line.
    @Test func aClosedStandardOutputNeverLandsInAFileTheCommandOpens() throws {
        let database = try ExampleDatabase()
        let report = database.folder.file("r.md")
        let (status, _, errors) = try database.shell(#""$FACTCHECK" report --output "\#(report)" >&-"#)
        #expect(status == 74, "\(errors)")
        let text = try String(contentsOfFile: report, encoding: .utf8)
        #expect(text.hasPrefix("# Fact-check report"))
        #expect(!text.contains("report written"))
    }
}

/// The crash test of issue 9: `cite` with its standard output closed, SIGKILLed at random moments. Whether or not
/// the kill landed before the commit, repeating the same command leaves exactly one citation, and says so.
@Suite struct KilledCiteTests {
    @Test func aKilledCiteRepeatedLeavesExactlyOneCitation() throws {
        let database = try ExampleDatabase()
        var refused = 0, added = 0
        for round in 0..<8 {
            let url = "https://example.org/round-\(round)"
            let cite = try BackgroundProcess(
                script: #"exec "$FACTCHECK" cite 1 --url "\#(url)" >&-"#, environment: ["FACTCHECK_DB": database.path],
                outputPrefix: database.folder.file("cite-\(round)")
            )
            usleep(useconds_t(Int.random(in: 0...(round % 2 == 0 ? 40_000 : 250_000))))
            kill(cite.process.processIdentifier, SIGKILL)
            let status = cite.wait()
            if status == 74 { #expect(cite.stderr.contains("the change was stored"), "\(cite.stderr)") }
            let retry = try database.run(["cite", "1", "--url", url])
            switch retry.status {
            case 0: added += 1
            case 65:
                refused += 1
                #expect(retry.stderr.contains("already has this citation"), "\(retry.stderr)")
            default: Issue.record("retry exited \(retry.status): \(retry.stderr)")
            }
            let store = try FactCheckStore(path: database.path, mode: .existing)
            let copies = try store.evidence(of: ClaimID(1)).filter { $0.url == url }
            #expect(copies.count == 1, "round \(round): \(copies.count) citations of \(url)")
        }
        print("killed cite: \(added) retries added the citation (the kill landed before the commit), \(refused) were refused as already stored")
    }
}
