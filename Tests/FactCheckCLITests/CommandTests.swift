import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Runs the built `factcheck` binary through a whole session on the bundled examples.
@Suite(.serialized) struct CommandTests {
    let folder = TemporaryDirectory()
    var db: String { folder.file("session.db") }

    private func run(_ arguments: String..., input: Data? = nil) throws -> CLIResult {
        try CLI.run(arguments, database: db, input: input)
    }

    private func ingestExamples() throws -> CLIResult {
        try run("ingest", Paths.examples.appendingPathComponent("articles").path)
    }

    @Test func ingestPrintsOneLinePerArticleAndSkipsRepeats() throws {
        let first = try ingestExamples()
        #expect(first.status == 0, "\(first.stderr)")
        let lines = first.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("article 1: Rural clinics see longest wait times in a decade — "))
        #expect(lines[1].hasPrefix("article 2: HARBOR BRIDGE REPAIRS RUN $48 MILLION OVER BUDGET — "))
        #expect(lines[2].hasPrefix("article 3: FERRY RIDERSHIP DOUBLES AS FARES FALL — "))
        #expect(lines[3].contains("3 stored, 0 already ingested, 0 failed"))
        let again = try ingestExamples()
        #expect(again.status == 0)
        #expect(again.stdout.contains("article 1: Rural clinics see longest wait times in a decade — already ingested"))
        #expect(again.stdout.contains("0 stored, 3 already ingested"))
    }

    @Test func ingestFromStandardInputWithOverrides() throws {
        let text = "The council spent $4.2 million on road repairs in 2023, according to the city budget office.\n"
        let result = try run(
            "ingest", "-", "--title", "Road repairs", "--publication", "Gazette", "--url", "https://example.org/roads",
            "--published", "2024-01-05", input: Data(text.utf8)
        )
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "article 1: Road repairs — 1 claim\n")
        let articles = try JSONSerialization.jsonObject(with: Data(try run("articles", "--format", "json").stdout.utf8)) as! [[String: Any]]
        #expect(articles.count == 1)
        #expect(articles[0]["title"] as? String == "Road repairs")
        #expect(articles[0]["url"] as? String == "https://example.org/roads")
        #expect(articles[0]["published"] as? String == "2024-01-05")
        #expect(articles[0]["claim_count"] as? Int == 1)
    }

    @Test func claimsJSONHasTheDocumentedShape() throws {
        _ = try ingestExamples()
        let result = try run("claims", "--status", "unverified", "--format", "json")
        #expect(result.status == 0)
        let claims = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(claims.count > 10)
        for claim in claims {
            for key in ["id", "article_id", "text", "status", "score", "kinds", "quantities", "attribution", "speaker", "evidence_count"] {
                #expect(claim.keys.contains(key), "missing key \(key)")
            }
        }
        let scores = claims.compactMap { $0["score"] as? Double }
        #expect(scores == scores.sorted(by: >))
        let money = try #require(claims.first { ($0["text"] as? String)?.contains("€25 million") == true })
        let quantity = try #require((money["quantities"] as? [[String: Any]])?.first)
        #expect(quantity["value"] as? Double == 25_000_000)
        #expect(quantity["unit"] as? String == "EUR")
        #expect(quantity["text"] as? String == "€25 million")
    }

    @Test func worklistTableFitsTheTerminal() throws {
        _ = try ingestExamples()
        let result = try run("claims", "--status", "unverified")
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first?.hasPrefix("ID  SCORE  STATUS") == true)
        #expect(lines.allSatisfy { $0.count <= 120 })
        #expect(lines.last?.hasSuffix("claims") == true)
        let limited = try run("claims", "--limit", "3")
        #expect(limited.stdout.split(separator: "\n").count == 5)
        #expect(limited.stdout.contains("3 of "))
    }

    @Test func filtersAndSearch() throws {
        _ = try ingestExamples()
        let search = try run("claims", "--search", "steel prices", "--format", "csv")
        #expect(search.status == 0)
        let rows = search.stdout.split(separator: "\r\n")
        #expect(rows.first?.hasPrefix("id,article_id,status,score,kinds,text") == true)
        #expect(rows.count == 2)
        #expect(rows[1].contains("steel prices had doubled"))
        let money = try run("claims", "--kind", "money", "--article", "2", "--format", "json")
        let claims = try JSONSerialization.jsonObject(with: Data(money.stdout.utf8)) as! [[String: Any]]
        #expect(!claims.isEmpty)
        #expect(claims.allSatisfy { ($0["kinds"] as? [String])?.contains("money") == true && $0["article_id"] as? Int == 2 })
    }

    @Test func citeMarkShowAndReport() throws {
        _ = try ingestExamples()
        let top = try #require(try run("claims", "--search", "212 million", "--format", "csv").stdout
            .split(separator: "\r\n").dropFirst().first?.split(separator: ",").first.map(String.init))
        let cite = try run(
            "cite", top, "--url", "https://example.org/audit", "--title", "Bridge audit", "--publisher", "State Auditor",
            "--quote", "Total projected cost: $212.4 million", "--stance", "supports", "--note", "p. 4"
        )
        #expect(cite.status == 0, "\(cite.stderr)")
        #expect(cite.stdout.hasPrefix("evidence 1 added to claim \(top) (supports)"))
        let mark = try run("mark", top, "verified", "--note", "Audit p. 4 gives $212.4M")
        #expect(mark.status == 0)
        #expect(mark.stdout == "claim \(top): unverified → verified; waits for review by a second editor\n")

        let show = try run("show", top)
        #expect(show.status == 0)
        #expect(show.stdout.contains("Claim \(top) · verified"))
        #expect(show.stdout.contains("> Repairs to the Harbor Street Bridge will cost $212 million"))
        #expect(show.stdout.contains("[1] supports: Bridge audit (State Auditor)"))
        #expect(show.stdout.contains("Verdict note: Audit p. 4 gives $212.4M"))
        #expect(show.stdout.contains("test-editor  status unverified → verified — “Audit p. 4 gives $212.4M”"))
        let json = try JSONSerialization.jsonObject(with: Data(try run("show", top, "--format", "json").stdout.utf8)) as! [String: Any]
        #expect((json["evidence"] as? [Any])?.count == 1)
        #expect((json["history"] as? [Any])?.count == 3)
        #expect((json["after"] as? String)?.hasPrefix("The audit found") == true)

        let markdown = try run("report", "--format", "markdown", "--status", "verified")
        #expect(markdown.status == 0)
        #expect(markdown.stdout.contains("### Claim \(top): verified"))
        #expect(markdown.stdout.contains("**Verdict:** Audit p. 4 gives $212.4M"))
        #expect(!markdown.stdout.contains("Rural clinics"))

        let output = folder.file("report.html")
        let html = try run("report", "--format", "html", "--output", output)
        #expect(html.status == 0)
        let page = try String(contentsOfFile: output, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<mark>$212 million</mark>"))
        #expect(!page.contains("<script"))

        let report = try run("report", "--format", "json")
        let document = try JSONSerialization.jsonObject(with: Data(report.stdout.utf8)) as! [String: Any]
        #expect(document["version"] as? Int == 1)
        #expect((document["articles"] as? [Any])?.count == 3)
        let csv = try run("report", "--format", "csv", "--article", "2")
        #expect(csv.stdout.hasPrefix("\u{FEFF}claim_id,article_id"))

        let articles = try run("articles")
        #expect(articles.stdout.contains("HARBOR BRIDGE"))
        #expect(articles.stdout.contains("3 articles"))
    }

    @Test func helpListsEveryCommand() throws {
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        for command in ["ingest", "claims", "show", "cite", "mark", "articles", "report"] {
            #expect(help.stdout.contains(command))
        }
        let mark = try CLI.run(["mark", "--help"])
        #expect(mark.stdout.contains("unverified, in-review, verified, disputed, false, misleading, unverifiable"))
    }
}
