import Foundation
import Testing
import TestSupport
import FactCheckKit

/// Every listing and result has --format json with stable keys; every CSV opens with the one byte-order mark.
@Suite("output formats")
struct FormatTests {
    static let bom = "\u{FEFF}"

    private func objects(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    }

    @Test("ingest --format json: one object per article and line, failures included, no summary line")
    func ingestJSONLines() throws {
        let folder = TemporaryDirectory()
        folder.write("in/a.txt", "The council spent $4 million on 12 bridges in 2019, the auditor said.\n")
        folder.write("in/b.txt", "")
        let result = try CLI.run(["ingest", folder.file("in"), "--format", "json"], database: folder.file("f.db"))
        #expect(result.status == 65)
        let records = try objects(result.stdout)
        #expect(records.count == 2)
        let stored = try #require(records.first { $0["outcome"] as? String == "ingested" })
        #expect(Set(stored.keys) == ["source", "id", "title", "claims", "outcome", "warnings"])
        #expect(stored["id"] as? Int == 1 && (stored["claims"] as? Int ?? 0) >= 1)
        let failed = try #require(records.first { $0["outcome"] as? String == "failed" })
        #expect(failed["id"] is NSNull && (failed["error"] as? String)?.contains("is empty") == true)
        let again = try objects(try CLI.run(["ingest", folder.file("in/a.txt"), "--format", "json"], database: folder.file("f.db")).stdout)
        #expect(again.map { $0["outcome"] as? String } == ["already_ingested"])
    }

    @Test("check and config list --format json")
    func checkAndConfigJSON() throws {
        let database = try ExampleDatabase()
        let check = try database.run(["check", "--format", "json"])
        #expect(check.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        #expect(Set(report.keys) == ["healthy", "problems", "schema_version", "contents"])
        #expect(report["healthy"] as? Bool == true)
        #expect((report["contents"] as? [String: Int])?.keys.sorted() == ["articles", "claims", "evidence", "history_entries"])
        _ = try database.run(["config", "set", "org.name", "Desk"])
        let config = try database.run(["config", "list", "--format", "json"])
        let settings = try #require(try JSONSerialization.jsonObject(with: Data(config.stdout.utf8)) as? [String: Any])
        #expect(settings["org.name"] as? String == "Desk" && settings["org.url"] is NSNull)
        #expect(Set(settings.keys) == Set(SettingKey.allCases.map(\.rawValue)))
    }

    @Test("articles --format csv, claims --format csv and report --format csv all open with the byte-order mark")
    func csvByteOrderMark() throws {
        let database = try ExampleDatabase()
        let articles = try database.run(["articles", "--format", "csv"])
        #expect(articles.stdout.hasPrefix(Self.bom + "id,title,publication,author,published,url,claim_count,unverified"))
        #expect(articles.stdout.split(separator: "\r\n").count == 4)  // header and the three examples
        for arguments in [["claims", "--format", "csv"], ["report", "--format", "csv"]] {
            let csv = try database.run(arguments)
            #expect(csv.status == 0)
            #expect(csv.stdout.hasPrefix(Self.bom) && !csv.stdout.dropFirst().contains(Self.bom), "\(arguments)")
        }
    }

    @Test("statuses are coloured on a terminal only, and not with NO_COLOR",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs script(1) for a pseudo-terminal"))
    func colourOnATerminalOnly() throws {
        let database = try ExampleDatabase()
        _ = try database.run(["mark", "1", "in-review", "--note", "looking"])
        let command = "\(Paths.binary.path) claims --db \(database.path)"
        let shell = URL(fileURLWithPath: "/usr/bin/script")
        let terminal = try CLI.run(["-qc", command, "/dev/null"], environment: ["TERM": "xterm", "NO_COLOR": ""], binary: shell)
        #expect(terminal.stdout.contains("\u{1B}[36min-review"))
        let noColour = try CLI.run(["-qc", command, "/dev/null"], environment: ["TERM": "xterm", "NO_COLOR": "1"], binary: shell)
        #expect(noColour.stdout.contains("in-review") && !noColour.stdout.contains("\u{1B}["))
        #expect(!(try database.run(["claims"])).stdout.contains("\u{1B}"))  // a pipe
    }
}
