import Foundation
import Testing
import TestSupport

/// `factcheck report` end to end: formats, filters, atomic output and the errors an editor sees.
@Suite struct ReportCommandTests {
    /// Ingests the bundled examples and gives three claims a verdict.
    private func database(_ folder: TemporaryDirectory) throws -> String {
        let db = folder.file("report.db")
        #expect(try CLI.run(["ingest", Paths.examples.appendingPathComponent("articles").path], database: db).status == 0)
        for (id, stance) in [("1", "supports"), ("2", "refutes"), ("3", "context")] {
            #expect(try CLI.run(["cite", id, "--url", "https://example.org/source-\(id)", "--stance", stance], database: db).status == 0)
        }
        #expect(try CLI.run(["mark", "1", "verified", "--note", "Matches the authority's report"], database: db).status == 0)
        #expect(try CLI.run(["mark", "2", "false", "--note", "It was 1 in 8", "--editor", "dana"], database: db).status == 0)
        #expect(try CLI.run(["mark", "3", "misleading", "--editor", "dana"], database: db,
                            environment: ["FACTCHECK_NOW": "1767312000"]).status == 0)  // 2026-01-02
        return db
    }

    @Test(arguments: ["markdown", "html", "json", "csv"])
    func sameDatabaseGivesByteIdenticalReports(format: String) throws {
        let folder = TemporaryDirectory()
        let db = try database(folder)
        let first = try CLI.run(["report", "--format", format], database: db)
        let second = try CLI.run(["report", "--format", format], database: db)
        #expect(first.status == 0)
        #expect(!first.stdout.isEmpty)
        #expect(first.stdout == second.stdout)
    }

    @Test func outputFileIsWrittenWhole() throws {
        let folder = TemporaryDirectory()
        let db = try database(folder)
        let result = try CLI.run(["report", "--format", "html", "--output", folder.file("report.html")], database: db)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("report written to "))
        let html = try String(contentsOfFile: folder.file("report.html"), encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") } == [])
    }

    @Test func failedExportLeavesNoFileAndAnExistingOneUntouched() throws {
        let folder = TemporaryDirectory()
        let db = try database(folder)
        // ClaimReview without settings fails before writing: the old file stays as it was.
        let target = folder.write("checks.jsonld", "old contents")
        let refused = try CLI.run(["report", "--format", "claimreview", "--output", target], database: db)
        #expect(refused.status == 65)
        #expect(refused.errorLines.count == 1)
        #expect(refused.stderr.contains("factcheck config set org.name"))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old contents")
        // A folder that does not exist: no file anywhere.
        let missing = folder.file("no-such-folder/report.html")
        let failed = try CLI.run(["report", "--format", "html", "--output", missing], database: db)
        #expect(failed.status == 73)
        #expect(!FileManager.default.fileExists(atPath: missing))
        // An unknown article: nothing written.
        let unknown = try CLI.run(["report", "--article", "99", "--output", folder.file("none.md")], database: db)
        #expect(unknown.status == 65)
        #expect(!FileManager.default.fileExists(atPath: folder.file("none.md")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") } == [])
    }

    @Test func claimReviewNeedsSettingsAndVerdicts() throws {
        let folder = TemporaryDirectory()
        let db = try database(folder)
        for (key, value) in [("org.name", "Example Fact Check"), ("org.url", "https://factcheck.example.org"),
                             ("review.url", "https://factcheck.example.org/checks/{id}")] {
            #expect(try CLI.run(["config", "set", key, value], database: db).status == 0)
        }
        // Nothing is published yet: the export refuses, and says how to publish or preview.
        let unpublished = try CLI.run(["report", "--format", "claimreview"], database: db)
        #expect(unpublished.status == 65 && unpublished.stdout.isEmpty)
        #expect(unpublished.errorLines == [
            "factcheck: error: no published verdict matches; ClaimReview exports published verdicts only. Publish approved verdicts with 'factcheck publish ID', or preview every verdict with --include-unpublished",
        ])
        let result = try CLI.run(["report", "--format", "claimreview", "--include-unpublished"], database: db)
        #expect(result.status == 0)
        let reviews = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(reviews.compactMap { $0["url"] as? String } == [1, 2, 3].map { "https://factcheck.example.org/checks/\($0)" })
        #expect(result.stderr.contains("without a verdict left out"))
        // Approved and published, claims 1 and 2 are exported by default, dated by their publication; 3 is not.
        for id in ["1", "2"] { #expect(try CLI.run(["review", id, "--approve", "--editor", "sam"], database: db).status == 0) }
        #expect(try CLI.run(["publish", "1", "2"], database: db, environment: ["FACTCHECK_NOW": "1767571200"]).stdout
            == "published claims 1, 2\n")  // 2026-01-05
        let published = try CLI.run(["report", "--format", "claimreview"], database: db)
        let exported = try #require(try JSONSerialization.jsonObject(with: Data(published.stdout.utf8)) as? [[String: Any]])
        #expect(exported.compactMap { $0["url"] as? String } == [1, 2].map { "https://factcheck.example.org/checks/\($0)" })
        #expect(exported.allSatisfy { $0["datePublished"] as? String == "2026-01-05" && $0["dateModified"] == nil })
        let none = try CLI.run(["report", "--format", "claimreview", "--status", "unverified", "--include-unpublished"], database: db)
        #expect(none.status == 65)
        #expect(none.stdout.isEmpty)
        #expect(none.errorLines.count == 1)
        #expect(none.stderr.contains("factcheck mark"))
    }

    @Test func filtersBySinceAndEditor() throws {
        let folder = TemporaryDirectory()
        let db = try database(folder)
        func ids(_ arguments: [String]) throws -> [String] {
            let result = try CLI.run(["report", "--format", "csv"] + arguments, database: db)
            #expect(result.status == 0)
            return CSVReader.rows(String(result.stdout.drop { $0 == "\u{FEFF}" })).dropFirst().map { $0[0] }
        }
        #expect(try ids(["--editor", "dana"]) == ["2", "3"])
        #expect(try ids(["--since", "2026-01-02"]) == ["3"])
        #expect(try ids(["--since", "2026-01-02", "--editor", "test-editor"]) == [])
        #expect(try ids(["--status", "verified", "--status", "false"]) == ["1", "2"])
        let bad = try CLI.run(["report", "--since", "last week"], database: db)
        #expect(bad.status == 64)
        #expect(bad.errorLines.count == 1)
        #expect(bad.stderr.contains("YYYY-MM-DD"))
    }

    @Test func helpDocumentsEveryOption() throws {
        let result = try CLI.run(["report", "--help"])
        #expect(result.status == 0)
        for option in ["--format", "--output", "--status", "--article", "--since", "--editor", "--db", "claimreview"] {
            #expect(result.stdout.contains(option), "report --help does not mention \(option)")
        }
    }
}
