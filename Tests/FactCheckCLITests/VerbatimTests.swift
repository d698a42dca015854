import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Hostile text that must be accepted and come back exactly as typed, everywhere it is shown.
@Suite struct VerbatimTests {
    static let injection = "'); DROP TABLE claim; --"
    static let note = "She said \"no\" — it's 'fine'\nsecond line\twith a tab 🎉👩🏽‍⚖️ <b>&amp;</b>"

    func json(_ result: CLIResult) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    func succeed(_ database: ExampleDatabase, _ arguments: [String]) throws -> CLIResult {
        let result = try database.run(arguments)
        #expect(result.status == 0, "\(arguments.first ?? ""): \(result.stderr)")
        return result
    }

    @Test func sqlInjectionTextInEveryFieldIsStoredAndShownVerbatim() throws {
        let database = try ExampleDatabase()
        let s = Self.injection
        let article = database.folder.write("injection.md", """
            ---
            title: \(s)
            publication: \(s)
            author: \(s)
            ---

            The council spent 12 million dollars on 40 bridges in 2023, the auditor wrote in a memo titled \(s)

            """)
        _ = try succeed(database, ["ingest", article, "--editor", s])
        let articles = try json(try succeed(database, ["articles", "--format", "json"])) as! [[String: Any]]
        let stored = try #require(articles.last)
        #expect(stored["title"] as? String == s && stored["publication"] as? String == s && stored["author"] as? String == s)
        let claims = try json(try succeed(database, ["claims", "--article", "\(stored["id"]!)", "--format", "json"])) as! [[String: Any]]
        let id = "\(try #require(claims.first?["id"]))"
        #expect((claims.first?["text"] as? String)?.hasSuffix(s) == true)

        let url = "https://example.org/search?q=');DROP+TABLE+claim;--"
        let citation = ["--url", url, "--title", s, "--publisher", s, "--quote", s, "--note", s, "--editor", s]
        _ = try succeed(database, ["cite", id] + citation)
        // A second citation of the same source; an identical one would be refused.
        _ = try succeed(database, ["cite", id] + citation + ["--stance", "context"])
        _ = try succeed(database, ["withdraw", "2", "--reason", s, "--editor", s])
        _ = try succeed(database, ["mark", id, "verified", "--note", s, "--editor", s])
        _ = try succeed(database, ["assign", id, "--to", s, "--note", s, "--editor", s])
        _ = try succeed(database, ["edit", id, "--text", s + " (edited)", "--note", s, "--keep-verdict", "--editor", s])

        let detail = try json(try succeed(database, ["show", id, "--format", "json"])) as! [String: Any]
        let claim = detail["claim"] as! [String: Any]
        #expect(claim["text"] as? String == s + " (edited)")
        #expect(claim["verdict_note"] as? String == s && claim["assignee"] as? String == s)
        let evidence = try #require((detail["evidence"] as! [[String: Any]]).first)
        for key in ["title", "publisher", "quote", "note", "editor"] { #expect(evidence[key] as? String == s, "\(key)") }
        #expect(evidence["url"] as? String == url)

        let history = (try json(try succeed(database, ["history", id, "--format", "json"])) as! [String: Any])["events"] as! [[String: Any]]
        #expect(history.map { $0["editor"] as? String } == Array(repeating: s, count: 7))
        #expect(history.dropFirst(3).allSatisfy { $0["note"] as? String == s })
        #expect(try succeed(database, ["history", id]).stdout.contains(s))
        #expect(try succeed(database, ["show", id]).stdout.contains(s))
        let mine = try json(try succeed(database, ["claims", "--assignee", s, "--format", "json"])) as! [[String: Any]]
        #expect(mine.count == 1)
        #expect(try succeed(database, ["check"]).stdout.contains("is healthy"), "the claim table is still there")
    }

    @Test func quotesNewlinesAndEmojiInNotesAreKeptExactly() throws {
        let database = try ExampleDatabase()
        let n = Self.note
        _ = try succeed(database, ["cite", "2", "--url", "https://example.org/a", "--note", n, "--quote", n])
        _ = try succeed(database, ["mark", "2", "misleading", "--note", n])
        let detail = try json(try succeed(database, ["show", "2", "--format", "json"])) as! [String: Any]
        #expect((detail["claim"] as! [String: Any])["verdict_note"] as? String == n)
        let evidence = (detail["evidence"] as! [[String: Any]])[0]
        #expect(evidence["note"] as? String == n && evidence["quote"] as? String == n)
        let history = (try json(try succeed(database, ["history", "2", "--format", "json"])) as! [String: Any])["events"] as! [[String: Any]]
        #expect(history.last?["note"] as? String == n)
        let text = try succeed(database, ["history", "2"]).stdout
        #expect(text.contains("She said \"no\" — it's 'fine'") && text.contains("second line\twith a tab 🎉👩🏽‍⚖️ <b>&amp;</b>"))
    }

    @Test func invalidUTF8IsIngestedWithReplacementCharactersAndAWarning() throws {
        let database = try ExampleDatabase()
        var bytes = Data("The council spent 12 million dollars on 40 bridges in 2023, the caf".utf8)
        bytes += Data([0xE9, 0xFF, 0xFE])
        bytes += Data(" auditor said.\n".utf8)
        let path = database.folder.write("latin1.txt", bytes)
        let result = try succeed(database, ["ingest", path])
        #expect(result.errorLines.count == 1)
        #expect(result.errorLines.first?.hasPrefix("factcheck: warning: ") == true)
        #expect(result.stderr.contains("invalid UTF-8 replaced with U+FFFD"))
        let claims = try json(try succeed(database, ["claims", "--article", "4", "--format", "json"])) as! [[String: Any]]
        #expect((claims.first?["text"] as? String)?.contains("caf\u{FFFD}\u{FFFD}\u{FFFD} auditor") == true)
    }

    @Test func anOversizedArticleIsRefusedUpFrontAndTheLimitCanBeRaised() throws {
        let database = try ExampleDatabase()
        // 100 MB without writing 100 MB: a sparse file. Refused from its size alone, before it is read.
        let big = database.folder.file("huge.txt")
        FileManager.default.createFile(atPath: big, contents: nil)
        let handle = try #require(FileHandle(forWritingAtPath: big))
        try handle.truncate(atOffset: 100 * 1024 * 1024)
        try handle.close()
        let before = try database.rows()
        let refused = try database.run(["ingest", big])
        #expect(refused.status == 65)
        #expect(refused.errorLines == [
            "factcheck: error: '\(big)' is 104857600 bytes, over the 67108864-byte limit; raise it with --max-bytes if the article is real",
        ])
        #expect(try database.rows() == before)

        let article = database.folder.write("long.txt", String(repeating: "The council spent 12 million dollars on 40 bridges in 2023. ", count: 40))
        let small = try database.run(["ingest", article, "--max-bytes", "1000"])
        #expect(small.status == 65 && small.stderr.contains("over the 1000-byte limit; raise it with --max-bytes"))
        #expect(try database.rows() == before)
        _ = try succeed(database, ["ingest", article, "--max-bytes", "100000"])
    }
}
