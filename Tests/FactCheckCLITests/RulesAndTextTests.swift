import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Issue 9, part B, through the binary: numbers JSON cannot hold, values that look like options, what
/// SOURCE_DATE_EPOCH pins, verdicts whose evidence is gone, edits that re-read the claim, ingest outside the
/// write lock, and text that reaches a terminal.
@Suite struct RulesAndTextTests {
    func json(_ result: CLIResult) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    func succeed(_ database: ExampleDatabase, _ arguments: [String], environment: [String: String] = [:]) throws -> CLIResult {
        let result = try database.run(arguments, environment: environment)
        #expect(result.status == 0, "\(arguments): \(result.stderr)")
        return result
    }

    // MARK: numbers JSON cannot hold (item 5)

    @Test func aFigureTooLargeForADoubleIsNeverStoredAsInfinity() throws {
        let database = try ExampleDatabase()
        let huge = "1" + String(repeating: "0", count: 329)
        let article = database.folder.write("huge.txt", "The deficit reached $\(huge) in 2023, the council said.\n")
        _ = try succeed(database, ["ingest", article])
        let stored = try #require(try FactCheckStore(path: database.path).articleSummaries().last?.id)
        let claims = try json(try succeed(database, ["claims", "--article", "\(stored)", "--format", "json"])) as! [[String: Any]]
        #expect(claims.count == 1, "the claim is kept")
        let values = (claims[0]["quantities"] as! [[String: Any]]).compactMap { $0["value"] as? Double }
        #expect(values.allSatisfy { $0.isFinite })
        #expect(try succeed(database, ["report", "--format", "json"]).stdout.contains("The deficit reached"))
    }

    @Test func aValueJSONCannotHoldIsAnErrorNotANull() throws {
        let database = try ExampleDatabase()
        // A database written before the fix: an infinite quantity value.
        let store = try FactCheckStore(path: database.path)
        let id = try #require(try store.claims(ClaimFilter(kinds: [.quantity], sort: .article)).first?.id)
        try store.executeScript("UPDATE quantity SET value = 9e999 WHERE claim_id = \(id)")
        let before = try database.rows()
        for arguments in [["claims", "--format", "json"], ["show", "\(id)", "--format", "json"], ["report", "--format", "json"]] {
            let result = try database.run(arguments)
            #expect(result.status == 65, "\(arguments): \(result.stderr)")
            #expect(result.errorLines.count == 1)
            #expect(result.stderr.contains("cannot write JSON") && result.stderr.contains("quantities"), "\(result.stderr)")
            #expect(!result.stdout.contains("null\n"), "no claim is replaced by null")
        }
        let output = database.folder.file("report.json")
        #expect(try database.run(["report", "--format", "json", "--output", output]).status == 65)
        #expect(!FileManager.default.fileExists(atPath: output), "a report that failed leaves no file")
        let check = try database.run(["check"])
        #expect(check.status == 65)
        #expect(check.stdout.contains("of claim \(id) is infinite, which JSON cannot hold; read the claim's figures again with 'factcheck edit \(id) --text TEXT'"))
        #expect(try database.rows() == before)
    }

    // MARK: values that look like options (item 6)

    @Test func valuesThatLookLikeOptionsWorkAfterDoubleDashOrWithEquals() throws {
        let database = try ExampleDatabase()
        _ = try succeed(database, ["config", "set", "org.name", "--", "-The Herald"])
        #expect(try succeed(database, ["config", "get", "org.name"]).stdout == "-The Herald\n")
        _ = try succeed(database, ["mark", "1", "in-review", "--note=-h"])
        _ = try succeed(database, ["edit", "2", "--text=-hello, the council spent $4 million"])
        let claim = try json(try succeed(database, ["show", "2", "--format", "json"])) as! [String: Any]
        #expect((claim["claim"] as! [String: Any])["text"] as? String == "-hello, the council spent $4 million")
        let history = try json(try succeed(database, ["history", "1", "--format", "json"])) as! [String: Any]
        #expect((history["events"] as! [[String: Any]]).last?["note"] as? String == "-h")
        database.folder.write("-hi.txt", "The city spent $3 million on parks in 2022.\n")
        let ingested = try CLI.run(["ingest", "--", "-hi.txt"], database: database.path, directory: database.folder.path)
        #expect(ingested.status == 0, "\(ingested.stderr)")
        #expect(ingested.stdout.contains("— 1 claim"))
    }

    @Test func helpIsStillHelp() throws {
        let result = try CLI.run(["ingest", "-h"])
        #expect(result.status == 0 && result.stdout.contains("USAGE"))
    }

    // MARK: SOURCE_DATE_EPOCH (item 9)

    @Test func sourceDateEpochPinsTheReportTimeOnlyNeverTheHistory() throws {
        let database = try ExampleDatabase()
        let nix = ["SOURCE_DATE_EPOCH": "315532800", "FACTCHECK_NOW": ""]  // 1980-01-01, as Nix exports it
        _ = try succeed(database, ["cite", "1", "--url", "https://example.org/a"], environment: nix)
        let events = (try json(try succeed(database, ["history", "1", "--format", "json"])) as! [String: Any])["events"] as! [[String: Any]]
        let at = try #require(events.last?["at"] as? String)
        #expect(!at.hasPrefix("1980"), "the citation is recorded when it happened, not at \(at)")
        #expect(at >= "2025", "\(at)")
        let report = try json(try succeed(database, ["report", "--format", "json"], environment: nix)) as! [String: Any]
        #expect(report["generated_at"] as? String == "1980-01-01T00:00:00.000Z")
    }

    @Test(arguments: ["nan", "inf", "1e20", "-5", "12.5", "99999999999999999999", ""])
    func aSourceDateEpochThatIsNotASaneIntegerIsIgnoredWithAWarning(value: String) throws {
        let database = try ExampleDatabase()
        let environment = ["SOURCE_DATE_EPOCH": value]
        let cite = try database.run(["cite", "1", "--url", "https://example.org/a"], environment: environment)
        #expect(cite.status == 0 && cite.errorLines.isEmpty, "writes never trap or warn: \(cite.stderr)")
        let report = try database.run(["report", "--format", "json"], environment: environment)
        #expect(report.status == 0, "\(report.stderr)")
        let warning = "factcheck: warning: SOURCE_DATE_EPOCH is '\(value.prefix(30))', not whole seconds since 1970; ignored, the report is dated now"
        #expect(report.errorLines == (value.isEmpty ? [] : [warning]))
        let generated = try #require((try json(report) as! [String: Any])["generated_at"] as? String)
        #expect(generated >= "2025", "\(generated)")
    }

    // MARK: verdicts whose evidence is gone (item 10)

    /// Claims 1 and 2 verified and published, each on one citation; then claim 1's citation withdrawn (a correction).
    func unsupportedVerdict() throws -> ExampleDatabase {
        let database = try ExampleDatabase()
        for (key, value) in [
            ("org.name", "The Herald"), ("org.url", "https://herald.example"), ("review.url", "https://herald.example/checks/{id}"),
            ("review.required", "false"),
        ] {
            _ = try succeed(database, ["config", "set", key, value])
        }
        _ = try succeed(database, ["cite", "1", "--url", "https://example.org/audit"])
        _ = try succeed(database, ["cite", "2", "--url", "https://example.org/census"])
        _ = try succeed(database, ["mark", "1", "verified", "--note", "Matches the audit"])
        _ = try succeed(database, ["mark", "2", "verified", "--note", "Matches the census"])
        _ = try succeed(database, ["publish", "1", "2"])
        _ = try succeed(database, ["withdraw", "1", "--reason", "The audit was revised", "--correction", "The audit we cited was revised"])
        return database
    }

    @Test func aVerdictWhoseEvidenceIsGoneIsFlaggedInClaimsShowAndReports() throws {
        let database = try unsupportedVerdict()
        let table = try succeed(database, ["claims", "--status", "verified", "--sort", "article"]).stdout
        #expect(table.contains("verified!"))
        #expect(table.contains("! the verdict lacks the evidence it needs"))
        let claims = try json(try succeed(database, ["claims", "--status", "verified", "--format", "json", "--sort", "article"])) as! [[String: Any]]
        #expect(claims.map { $0["verdict_unsupported"] as? Bool } == [true, false])
        #expect(try succeed(database, ["show", "1"]).stdout.contains("Unsupported: the verified verdict lacks a supporting citation"))
        #expect(!(try succeed(database, ["show", "2"]).stdout.contains("Unsupported")))
        #expect(try succeed(database, ["report", "--format", "markdown"]).stdout.contains("### Claim 1: verified (unsupported: lacks a supporting citation)"))
        #expect(try succeed(database, ["report", "--format", "html"]).stdout.contains("<strong>Unsupported:</strong> the verified verdict lacks a supporting citation"))
        let csv = CSVReader.rows(try succeed(database, ["report", "--format", "csv"]).stdout)
        #expect(csv[0].last == "verdict_unsupported" && csv[1].last == "yes" && csv[2].last == "no")
    }

    @Test func claimReviewLeavesOutAnUnsupportedVerdictAndSaysSoUnlessAskedToIncludeIt() throws {
        let database = try unsupportedVerdict()
        let export = try succeed(database, ["report", "--format", "claimreview"])
        let reviews = try json(export) as! [[String: Any]]
        #expect(reviews.map { $0["url"] as? String } == ["https://herald.example/checks/2"])
        #expect(export.errorLines.contains(
            "factcheck: warning: 1 claim whose verdict lacks its evidence left out of what readers see (1); "
                + "cite evidence, or pass --include-unsupported to publish them anyway"
        ))
        let all = try json(try succeed(database, ["report", "--format", "claimreview", "--include-unsupported"])) as! [[String: Any]]
        #expect(all.count == 2)
    }

    @Test func aPublicReportLeavesOutAnUnsupportedVerdictAndSaysSoUnlessAskedToIncludeIt() throws {
        let database = try unsupportedVerdict()
        let report = try succeed(database, ["report", "--public", "--format", "csv"])
        #expect(report.errorLines.contains(
            "factcheck: warning: 1 claim whose verdict lacks its evidence left out of what readers see (1); "
                + "cite evidence, or pass --include-unsupported to publish them anyway"
        ))
        let all = try succeed(database, ["report", "--public", "--format", "csv", "--include-unsupported"])
        #expect(CSVReader.rows(all.stdout).count == CSVReader.rows(report.stdout).count + 1)
        #expect(all.errorLines.isEmpty)
    }

    // MARK: edit and mark (item 11)

    @Test func anEditReadsTheNewFiguresAndResetsTheVerdict() throws {
        let database = try ExampleDatabase()
        _ = try succeed(database, ["cite", "1", "--url", "https://example.org/audit"])
        _ = try succeed(database, ["mark", "1", "verified", "--note", "Matches the audit"])
        let edit = try succeed(database, ["edit", "1", "--text", "Repairs will cost $9 billion.", "--note", "wrong figure"])
        #expect(edit.stdout.contains("claim 1: verified → in-review"))
        let claim = (try json(try succeed(database, ["show", "1", "--format", "json"])) as! [String: Any])["claim"] as! [String: Any]
        #expect(claim["status"] as? String == "in-review")
        #expect(claim["verdict_note"] is NSNull, "the note was for the old text; it stays in the history")
        #expect((claim["kinds"] as? [String])?.contains("money") == true)
        let quantities = claim["quantities"] as! [[String: Any]]
        #expect(quantities.map { $0["value"] as? Double } == [9e9])
        #expect(quantities.first?["unit"] as? String == "USD")
        let events = (try json(try succeed(database, ["history", "1", "--format", "json"])) as! [String: Any])["events"] as! [[String: Any]]
        #expect(events.suffix(2).map { $0["action"] as? String } == ["text-edited", "status"])
        #expect(events.last?["from"] as? String == "verified" && events.last?["to"] as? String == "in-review")
        #expect(events.contains { $0["note"] as? String == "Matches the audit" })
        #expect(try succeed(database, ["claims", "--kind", "money", "--format", "json"]).stdout.contains("$9 billion"))
    }

    @Test func keepVerdictKeepsItWithTheEditorsReason() throws {
        let database = try ExampleDatabase()
        _ = try succeed(database, ["cite", "1", "--url", "https://example.org/audit"])
        _ = try succeed(database, ["mark", "1", "verified", "--note", "Matches the audit"])
        let edit = try succeed(database, ["edit", "1", "--text", "Repairs will cost $212 million.", "--note", "typo only", "--keep-verdict"])
        #expect(edit.stdout.split(separator: "\n").count == 1)
        let claim = (try json(try succeed(database, ["show", "1", "--format", "json"])) as! [String: Any])["claim"] as! [String: Any]
        #expect(claim["status"] as? String == "verified" && claim["verdict_note"] as? String == "Matches the audit")
    }

    @Test func anEditCannotResetAPublishedVerdict() throws {
        let database = try ExampleDatabase()
        _ = try succeed(database, ["config", "set", "review.required", "false"])
        _ = try succeed(database, ["cite", "1", "--url", "https://example.org/audit"])
        _ = try succeed(database, ["mark", "1", "verified", "--note", "Matches the audit"])
        _ = try succeed(database, ["publish", "1"])
        let before = try database.rows()
        let refused = try database.run(["edit", "1", "--text", "Repairs will cost $9 billion."])
        #expect(refused.status == 65)
        #expect(refused.errorLines.count == 1 && refused.stderr.contains("'factcheck unpublish 1 --correction TEXT'"), "\(refused.stderr)")
        #expect(try database.rows() == before)
        _ = try succeed(database, ["edit", "1", "--text", "Repairs will cost $212.4 million.", "--keep-verdict", "--note", "decimals"])
    }

    @Test func markToANewStatusWithoutANoteDoesNotCarryTheOldNote() throws {
        let database = try ExampleDatabase()
        _ = try succeed(database, ["cite", "1", "--url", "https://example.org/audit", "--stance", "refutes"])
        _ = try succeed(database, ["mark", "1", "false", "--note", "The audit says otherwise"])
        _ = try succeed(database, ["mark", "1", "disputed"])
        let claim = (try json(try succeed(database, ["show", "1", "--format", "json"])) as! [String: Any])["claim"] as! [String: Any]
        #expect(claim["status"] as? String == "disputed" && claim["verdict_note"] is NSNull)
    }

    // MARK: ingest outside the write lock (item 12)

    @Test func ingestWaitingOnStandardInputDoesNotBlockOtherEditors() throws {
        let database = try ExampleDatabase()
        let process = Process()
        process.executableURL = Paths.binary
        process.arguments = ["ingest", "-", "--title", "Slow"]
        var environment = ProcessInfo.processInfo.environment
        environment["FACTCHECK_DB"] = database.path
        environment["FACTCHECK_EDITOR"] = "slow-typist"
        process.environment = environment
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 0.5)  // the ingest is now waiting for its article
        let cite = try database.run(["cite", "1", "--url", "https://example.org/a"], environment: ["FACTCHECK_BUSY_TIMEOUT_MS": "300"])
        input.fileHandleForWriting.write(Data("The council spent $5 million on roads in 2021.\n".utf8))
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(cite.status == 0, "another editor is not kept waiting: \(cite.stderr)")
        #expect(process.terminationStatus == 0)
        #expect(try database.run(["articles"]).stdout.contains("Slow"))
    }

    // MARK: text that reaches a terminal (item 13)

    @Test func controlCharactersAreEscapedInTextAndKeptInJSON() throws {
        let database = try ExampleDatabase()
        let clear = "\u{1B}[2J", link = "\u{1B}]8;;https://evil.example\u{7}click\u{1B}]8;;\u{7}"
        let article = database.folder.write("escape.md", """
            ---
            title: Budget \(clear)news
            publication: \u{202E}dlareH
            ---

            The council spent $12 million \(link) on 40 bridges in 2023, the auditor said\(clear).

            """)
        let ingest = try succeed(database, ["ingest", article])
        let store = try FactCheckStore(path: database.path)
        let articleID = try #require(try store.articleSummaries().last?.id)
        let id = try #require(try store.claims(ClaimFilter(articleID: articleID)).first?.id)
        for result in [
            ingest, try succeed(database, ["claims", "--article", "\(articleID)"]), try succeed(database, ["show", "\(id)"]),
            try succeed(database, ["history", "\(id)"]), try succeed(database, ["articles"]),
            try succeed(database, ["article", "\(articleID)"]),
        ] {
            #expect(!result.stdout.contains("\u{1B}") && !result.stdout.contains("\u{7}") && !result.stdout.contains("\u{202E}"), "\(result.stdout)")
        }
        #expect(ingest.stdout.contains("Budget \\x1B[2Jnews"))
        #expect(try succeed(database, ["claims", "--article", "\(articleID)"]).stdout.contains("\\x1B]8;;https://evil.example\\x07click"))
        #expect(try succeed(database, ["show", "\(id)"]).stdout.contains("\\u{202E}dlareH"))
        let claims = try json(try succeed(database, ["claims", "--article", "\(articleID)", "--format", "json"])) as! [[String: Any]]
        #expect((claims.first?["text"] as? String)?.contains(link) == true, "JSON keeps the text verbatim")
        let csv = try succeed(database, ["claims", "--article", "\(articleID)", "--format", "csv"]).stdout
        #expect(csv.contains(link), "CSV keeps the text verbatim")
    }

    @Test func aForgedEditorNameInAnOldDatabaseCannotPrintAFakeHistoryLine() throws {
        let database = try ExampleDatabase()
        let forged = "mallory\n  2024-05-01T09:00:00.000Z  chief-editor  status in-review → verified"
        let store = try FactCheckStore(path: database.path)
        try store.appendEvent(claimID: ClaimID(1), action: .assigned, editor: forged, at: "2026-01-01T00:00:00.000Z", from: nil, to: "bob", note: nil)
        let lines = try succeed(database, ["history", "1"]).stdout.split(separator: "\n")
        #expect(!lines.contains { $0.hasPrefix("  2024-05-01") })
        #expect(lines.contains { $0.contains("mallory\\x0A  2024-05-01") })
    }

    // MARK: names, dates, ids

    @Test func assigneesAreTrimmedLikeEveryName() throws {
        let database = try ExampleDatabase()
        #expect(try succeed(database, ["assign", "1", "--to", "  alice  "]).stdout == "claim 1 assigned to alice\n")
        #expect(try succeed(database, ["assign", "1", "--to", "alice"]).stdout.contains("already assigned to alice"))
        let mine = try json(try succeed(database, ["claims", "--assignee", " alice ", "--format", "json"])) as! [[String: Any]]
        #expect(mine.map { $0["assignee"] as? String } == ["alice"])
        _ = try succeed(database, ["mark", "2", "in-review", "--editor", "  bob  "])
        let events = (try json(try succeed(database, ["history", "2", "--format", "json"])) as! [String: Any])["events"] as! [[String: Any]]
        #expect(events.last?["editor"] as? String == "bob")
    }

    @Test func anUnreadableFrontMatterDateIsKeptOutOfPublishedWithAWarning() throws {
        let database = try ExampleDatabase()
        let article = database.folder.write("dated.md", """
            ---
            title: Dated
            published: next tuesday <b>
            ---

            The council spent $12 million on 40 bridges in 2023.

            """)
        let result = try succeed(database, ["ingest", article])
        #expect(result.errorLines == [
            "factcheck: warning: \(article): the date 'next tuesday <b>' is not a calendar date (YYYY-MM-DD); it was not stored",
        ])
        let articles = try json(try succeed(database, ["articles", "--format", "json"])) as! [[String: Any]]
        #expect(articles.last?["published"] is NSNull)
        database.folder.write("leap.md", "---\ntitle: Leap\npublished: 2024-02-29\n---\n\nThe council spent $4 million in 2024.\n")
        _ = try succeed(database, ["ingest", database.folder.file("leap.md")])
        let leap = try json(try succeed(database, ["articles", "--format", "json"])) as! [[String: Any]]
        #expect(leap.last?["published"] as? String == "2024-02-29")
    }
}
