import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Review, publish, unpublish and corrections through the binary: the desk session, and one test per rule,
/// each refusal one line on standard error, a non-zero exit and the database exactly as it was.
@Suite struct PublicationCommandTests {
    /// The examples with claim 12 (the bridge commuters quote) cited and given a `false` verdict by ann, and claim 7
    /// cited and marked `verified` by ann, approved by bob and published: built once through the binary, then copied
    /// for each test (a dozen processes fewer per test, beside the suite's timed concurrency test).
    static func desk() throws -> ExampleDatabase { try ExampleDatabase(copying: deskTemplate.get()) }

    nonisolated(unsafe) private static let deskTemplate = Result { try buildDesk() }

    private static func buildDesk() throws -> ExampleDatabase {
        let database = try ExampleDatabase()
        for (id, stance) in [("12", "refutes"), ("7", "supports")] {
            let cite = try database.run(["cite", id, "--url", "https://example.org/source-\(id)", "--stance", stance, "--editor", "ann"])
            #expect(cite.status == 0, "\(cite.stderr)")
        }
        #expect(try database.run(["mark", "12", "false", "--note", "The 2017 report gives 43 %", "--editor", "ann"]).status == 0)
        #expect(try database.run(["mark", "7", "verified", "--note", "Audit p. 4", "--editor", "ann"]).status == 0)
        #expect(try database.run(["review", "7", "--approve", "--editor", "bob"]).status == 0)
        #expect(try database.run(["publish", "7"]).status == 0)
        return database
    }

    @Test func theDeskSession() throws {
        let database = try ExampleDatabase()
        #expect(try database.run(["cite", "12", "--url", "https://example.org/ncmec-2017", "--stance", "refutes"]).status == 0)
        let mark = try database.run(["mark", "12", "false", "--note", "NCMEC's 2017 report gives 43 %"], environment: ["FACTCHECK_EDITOR": "ann"])
        #expect(mark.stdout == "claim 12: unverified → false; waits for review by a second editor\n")
        #expect(try database.run(["claims", "--review", "pending", "--format", "csv"]).stdout.split(separator: "\r\n").count == 2)
        let own = try database.run(["review", "12", "--approve"], environment: ["FACTCHECK_EDITOR": "ann"])
        #expect(own.status == 65)
        let approve = try database.run(["review", "12", "--approve", "--note", "Checked the table"], environment: ["FACTCHECK_EDITOR": "bob"])
        #expect(approve.stdout == "claim 12: false verdict approved; publish it with 'factcheck publish 12'\n")
        #expect(try database.run(["publish", "12"]).stdout == "published claim 12\n")
        let show = try database.run(["show", "12"]).stdout
        #expect(show.contains("Review:       approved\nPublished:    2026-01-01T00:00:00.000Z\n"))
        let json = try JSONSerialization.jsonObject(with: Data(try database.run(["claims", "--format", "json", "--review", "approved"]).stdout.utf8))
        let claim = try #require((json as? [[String: Any]])?.first)
        #expect(claim["review"] as? String == "approved")
        #expect(claim["published_at"] as? String == "2026-01-01T00:00:00.000Z")
        let correct = try database.run([
            "mark", "12", "misleading", "--correction", "The 43 % covers 2016 only; the claim is misleading, not false",
        ], environment: ["FACTCHECK_EDITOR": "ann"])
        #expect(correct.stdout == "claim 12: false → misleading; correction published\n")
        let log = try database.run(["corrections"])
        #expect(log.stdout == """
            Corrections (1, newest first):

            2026-01-01  claim 12  Rating changed from False to Misleading.
              claim: "Every week of delay costs commuters real money."
              published: False — NCMEC's 2017 report gives 43 %
              now: Misleading — NCMEC's 2017 report gives 43 %
              why: The 43 % covers 2016 only; the claim is misleading, not false

            """)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(try database.run(["corrections", "--format", "json"]).stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 1)
        #expect(entries[0]["published_status"] as? String == "false" && entries[0]["new_status"] as? String == "misleading")
        #expect(entries[0]["editor"] == nil, "the public log names no editor")
        let history = try database.run(["history", "12"]).stdout
        #expect(history.contains("ann  status unverified → false"), "the first rating stays in the history")
        #expect(history.contains("bob  approved the false verdict"), "and the reviewer's")
        #expect(history.contains("ann  corrected the published verdict false → misleading"))
    }

    @Test func aOnePersonDeskTurnsReviewOff() throws {
        let database = try ExampleDatabase()
        #expect(try database.run(["config", "set", "review.required", "false"]).stdout == "review.required = false\n")
        #expect(try database.run(["cite", "12", "--url", "https://example.org/x"]).status == 0)
        #expect(try database.run(["mark", "12", "verified"]).stdout
            == "claim 12: unverified → verified; approved as given (review.required is false)\n")
        #expect(try database.run(["publish", "--article", "2"]).stdout == "published claim 12 of article 2\n")
        let bad = try database.run(["config", "set", "review.required", "maybe"])
        #expect(bad.status == 64)
        #expect(bad.errorLines == ["factcheck: error: review.required 'maybe' is not true or false; give one of them, as in 'factcheck config set review.required false'"])
    }

    @Test func publishAnArticleLeavesWhatWaitsForReview() throws {
        let database = try Self.desk()
        #expect(try database.run(["cite", "8", "--url", "https://example.org/8"]).status == 0)
        #expect(try database.run(["mark", "8", "verified", "--editor", "ann"]).status == 0)
        #expect(try database.run(["review", "8", "--approve", "--editor", "bob"]).status == 0)
        let result = try database.run(["publish", "--article", "2"])
        #expect(result.status == 0)
        #expect(result.stdout == "published claim 8 of article 2\nstill waiting for review: claim 12\nalready published: claim 7\n")
    }

    @Test func unpublishWithdrawsPubliclyAndNothingIsDeleted() throws {
        let database = try Self.desk()
        let result = try database.run(["unpublish", "7", "--correction", "The audit was withdrawn by the state"])
        #expect(result.stdout == "claim 7: published verified verdict withdrawn; the corrections log says so\n")
        #expect(try database.run(["corrections"]).stdout.contains("claim 7  This fact-check (rated True) was withdrawn."))
        #expect(try database.run(["show", "7"]).stdout.contains("Claim 7 · verified"), "the desk keeps its verdict")
        // No longer public: it can be changed without a correction, and published again after a new review.
        #expect(try database.run(["mark", "7", "verified", "--note", "New audit", "--editor", "ann"]).status == 0)
        #expect(try database.run(["review", "7", "--approve", "--editor", "bob"]).status == 0)
        #expect(try database.run(["publish", "7"]).status == 0)
    }

    @Test func withdrawingACitationOfAPublishedVerdictIsACorrection() throws {
        let database = try Self.desk()
        let result = try database.run(["withdraw", "2", "--reason", "dead link", "--correction", "The audit link pointed at the 2023 draft"])
        #expect(result.status == 0)
        #expect(try database.run(["corrections"]).stdout.contains("A source was withdrawn: https://example.org/source-7."))
    }

    /// Each rule: the setup is `desk()`; the command is refused with exactly this line and exit code, and nothing changed.
    static let refusals: [(arguments: [String], status: Int32, message: String)] = [
        (["review", "12", "--approve", "--editor", "ann"], 65,
         "claim 12's verdict was given by ann; a second editor must approve it (review.required is on; 'factcheck config set review.required false' turns it off for a one-person desk)"),
        (["review", "1", "--approve", "--editor", "bob"], 65,
         "claim 1 is unverified and has no verdict to review; give one first with 'factcheck mark 1 STATUS'"),
        (["review", "12", "--reject", "--editor", "bob"], 64,
         "--reject needs a --note saying what is wrong with the verdict (see 'factcheck review --help')"),
        (["review", "12", "--approve", "--reject", "--editor", "bob"], 64, "give either --approve or --reject (see 'factcheck review --help')"),
        (["review", "7", "--approve", "--editor", "carol"], 65,
         "claim 7 is already published (since 2026-01-01); change it with 'factcheck mark 7 STATUS --correction TEXT'"),
        (["publish", "12"], 65, "claim 12's false verdict waits for review; a second editor approves it with 'factcheck review 12 --approve'"),
        (["publish", "1"], 65, "claim 1 has no approved verdict (it is unverified); give one with 'factcheck mark 1 STATUS' and have it reviewed"),
        (["publish", "7"], 65, "claim 7 is already published (since 2026-01-01); change it with 'factcheck mark 7 STATUS --correction TEXT'"),
        (["publish", "99"], 65, "claim 99 not found; run 'factcheck claims' to list ids"),
        (["publish", "--article", "2"], 65, "article 2 has no approved verdict to publish; 1 waits for review (claim 12)"),
        (["publish", "--article", "1"], 65, "article 1 has no approved verdict that is not published already; nothing was published"),
        (["publish", "12", "--article", "2"], 64, "give claim ids or --article ID, not both (see 'factcheck publish --help')"),
        (["mark", "7", "misleading", "--note", "second thoughts"], 65,
         "claim 7's verdict is published (since 2026-01-01); say what changes and why with --correction TEXT, which goes into the public corrections log"),
        (["mark", "7", "in-review", "--correction", "rechecking"], 65,
         "claim 7 is published and cannot go back to in-review; correct it to another verdict, or withdraw it with 'factcheck unpublish 7 --correction TEXT'"),
        (["mark", "12", "disputed", "--correction", "not published"], 65, "claim 12 is not published, so there is nothing to correct; leave out --correction"),
        (["mark", "7", "false", "--correction", "  "], 64, "--correction is empty; give it a value or leave it out"),
        (["withdraw", "2", "--reason", "dead link"], 65,
         "claim 7's verdict is published (since 2026-01-01); say what changes and why with --correction TEXT, which goes into the public corrections log"),
        (["withdraw", "1", "--reason", "dead link", "--correction", "x"], 65,
         "claim 12 is not published, so there is nothing to correct; leave out --correction"),
        (["unpublish", "12", "--correction", "x"], 65, "claim 12 is not published, so there is nothing to correct; leave out --correction"),
        (["unpublish", "7"], 64, "Missing expected argument '--correction <text>' (see 'factcheck unpublish --help')"),
        (["report", "--public"], 65,
         "the public report names the organisation, and needs settings that are not set (org.name, org.url); run 'factcheck config set org.name \"Example Fact Check\"', then 'factcheck config set org.url https://factcheck.example.org'"),
        (["report", "--public", "--format", "claimreview", "--include-unpublished"], 64,
         "--public shows published verdicts only; leave out --include-unpublished (see 'factcheck report --help')"),
    ]

    @Test(arguments: refusals)
    func eachRuleRefusesWithOneLineAndChangesNothing(arguments: [String], status: Int32, message: String) throws {
        let database = try Self.desk()
        let before = try database.rows()
        let result = try database.run(arguments)
        #expect(result.status == status)
        #expect(result.errorLines == ["factcheck: error: " + message])
        #expect(result.stdout.isEmpty)
        #expect(try database.rows() == before, "the database is exactly as it was")
    }

    @Test func publishingSeveralIsAllOrNothing() throws {
        let database = try Self.desk()
        #expect(try database.run(["cite", "8", "--url", "https://example.org/8"]).status == 0)
        #expect(try database.run(["mark", "8", "verified", "--editor", "ann"]).status == 0)
        #expect(try database.run(["review", "8", "--approve", "--editor", "bob"]).status == 0)
        let before = try database.rows()
        let result = try database.run(["publish", "8", "12"])
        #expect(result.status == 65 && result.errorLines.count == 1)
        #expect(try database.rows() == before, "claim 8 was not published either")
    }
}

/// `examples/session.sh`, the desk session of the README, runs start to finish on the built binary.
@Suite struct ExampleSessionTests {
    @Test func theExampleSessionRuns() throws {
        let folder = TemporaryDirectory()
        let session = Paths.packageRoot.appendingPathComponent("examples/session.sh").path
        let shell = try BackgroundProcess(
            executable: URL(fileURLWithPath: "/bin/bash"), arguments: [session],
            environment: ["FACTCHECK_BIN": Paths.binary.path, "FACTCHECK_DB": folder.file("session.db"), "FACTCHECK_EDITOR": "ann"],
            outputPrefix: folder.file("session"), directory: Paths.packageRoot.path
        )
        #expect(shell.wait() == 0, "\(shell.stderr)")
        let output = shell.stdout
        #expect(output.contains("published claim 7\n"))
        #expect(output.contains("Rating changed from False to Misleading."))
        #expect(shell.stderr.contains("claim 7's verdict was given by ann; a second editor must approve it"), "the refused self-approval")
        let page = try String(contentsOfFile: folder.file("check.html"), encoding: .utf8)
        #expect(page.contains("Example Fact Check") && page.contains("Read the original story") && page.contains("Corrections"))
    }
}
