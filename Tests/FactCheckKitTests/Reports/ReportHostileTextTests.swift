import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Article and editor text full of metacharacters comes out escaped, in one piece, and unchanged once unescaped.
@Suite struct ReportHostileTextTests {
    private static func render(_ format: ReportFormat) throws -> String {
        let folder = TemporaryDirectory()
        return try ReportFixture.render(format, store: ReportFixture.store(in: folder))
    }

    @Test func htmlEscapesEverythingAndKeepsItsStructure() throws {
        let html = try Self.render(.html)
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>Budget"))
        #expect(!html.contains("then </td>"))
        #expect(!html.contains("javascript:x\""))
        #expect(html.contains("He said &quot;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; &amp; cut <mark>30%</mark> | then &lt;/td&gt;"))
        #expect(html.contains(HTML.escape(ReportFixture.hostileTitle)))
        #expect(html.contains("href=\"https://example.org/search?q=a&amp;b=&lt;c&gt;\""))
        #expect(html.contains(ReportFixture.longLine.replacingOccurrences(of: "7 percent", with: "<mark>7 percent</mark>")))
        #expect(html.contains(ReportFixture.rightToLeft.replacingOccurrences(of: "12", with: "<mark>12</mark>")))
        #expect(html.contains(ReportFixture.emoji.replacingOccurrences(of: "40%", with: "<mark>40%</mark>")))
        #expect(try Self.unbalancedTags(html) == [])
    }

    @Test func htmlHasNoScriptsOrExternalAssets() throws {
        let html = try Self.render(.html)
        for forbidden in ["<script", "<link", "<img", "<iframe", "<object", "<embed", "@import", "url("] {
            #expect(!html.lowercased().contains(forbidden), "HTML report must stand alone; found \(forbidden)")
        }
        #expect(html.contains("<svg"))
        #expect(html.contains("<style>"))
    }

    @Test func markdownEscapesEveryMetacharacterOnOneLine() throws {
        let markdown = try Self.render(.markdown)
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The hostile claim's two lines stay on one blockquote line, escaped.
        let quote = try #require(lines.first { $0.hasPrefix("> He said") })
        #expect(quote.contains("\\<script\\>alert('x')\\</script\\>"))
        #expect(quote.contains("\\& cut **30%** \\| then \\</td\\>"))
        #expect(quote.contains("second line, \\*\\*not bold\\*\\* \\# \\[link\\](javascript:x)"))
        // Headings are only ours; an escaped title cannot open another.
        #expect(lines.filter { $0.hasPrefix("#") }.allSatisfy { $0.hasPrefix("# Fact-check") || $0.hasPrefix("## ") || $0.hasPrefix("### Claim ") })
        #expect(lines.contains("## \\<b\\>Budget\\</b\\> \\& \"cuts\" \\| 'quotes' \\</td\\>"))
        // No unescaped pipe outside the summary table.
        for line in lines where !line.hasPrefix("| ") {
            #expect(!Self.hasUnescapedPipe(line), "unescaped | in: \(line.prefix(80))")
        }
        #expect(markdown.contains(ReportFixture.rightToLeft.replacingOccurrences(of: "12", with: "**12**")))
        #expect(markdown.contains("📈 in 2025, says 👩🏽‍💼 Ana."))
        #expect(markdown.contains("a very long line without a break a very long line"))
        #expect(!markdown.contains("\r"))
    }

    /// A CommonMark parser agrees: one table, only our headings, the hostile text as text. Skips without cmark-gfm
    /// (Debian: apt-get install cmark-gfm).
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/cmark-gfm")))
    func markdownParsesAsIntended() throws {
        let markdown = try Self.render(.markdown)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/cmark-gfm")
        process.arguments = ["--extension", "table"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let html = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(html.components(separatedBy: "<table>").count - 1 == 1)
        #expect(html.components(separatedBy: "<h1>").count - 1 == 1)
        #expect(html.components(separatedBy: "<h2>").count - 1 == 2)
        #expect(html.components(separatedBy: "<h3>").count - 1 == 8)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("He said &quot;&lt;script&gt;alert('x')&lt;/script&gt;&quot; &amp; cut <strong>30%</strong> | then &lt;/td&gt;"))
        #expect(html.contains("**not bold** # [link](javascript:x)"))
    }

    @Test(arguments: [
        ("- not a list", "\\- not a list"), ("+ x", "\\+ x"), ("1. first", "1\\. first"), ("12) x", "12\\) x"),
        ("  indented code?", "indented code?"), ("a | b", "a \\| b"), ("2021. Done.", "2021\\. Done."), ("p. 4", "p. 4"),
        ("a\r\n\r\nb", "a b"), ("\u{2028}x\ty  z ", "x y z"), ("مرحبا | 👋🏽", "مرحبا \\| 👋🏽"),
    ])
    func markdownEscapesBlockMarkersAtTheStart(text: String, escaped: String) {
        #expect(Markdown.escape(text) == escaped)
    }

    @Test func csvRoundTripsEveryField() throws {
        let csv = try Self.render(.csv)
        #expect(csv.hasPrefix("\u{FEFF}claim_id,"))
        let rows = CSVReader.rows(String(csv.dropFirst()))
        #expect(rows.count == 9)
        #expect(rows.allSatisfy { $0.count == CSVReport.header.count })
        let column = Dictionary(uniqueKeysWithValues: CSVReport.header.enumerated().map { ($1, $0) })
        let hostile = try #require(rows.first { $0[0] == "5" })
        #expect(hostile[column["claim"]!] == ReportFixture.hostileClaim)
        #expect(hostile[column["article_title"]!] == ReportFixture.hostileTitle)
        #expect(hostile[column["verdict_note"]!] == ReportFixture.hostileNote)
        #expect(hostile[column["speaker"]!] == "O'Brien & <Sons>")
        #expect(hostile[column["evidence"]!].contains("'=HYPERLINK") == false)
        #expect(rows.first { $0[0] == "6" }?[column["claim"]!] == ReportFixture.longLine)
        #expect(rows.first { $0[0] == "7" }?[column["claim"]!] == ReportFixture.rightToLeft)
        #expect(rows.first { $0[0] == "8" }?[column["claim"]!] == ReportFixture.emoji)
    }

    @Test func csvNeutralisesCellsASpreadsheetWouldRun() {
        #expect(CSV.field("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSV.field("@cmd") == "'@cmd")
        #expect(CSV.field("-12") == "-12")
        #expect(CSV.field("\t=1+1") == "'\t=1+1")
        #expect(CSV.field("a,\"b\"\nc") == "\"a,\"\"b\"\"\nc\"")
    }

    @Test func jsonKeepsTextExactly() throws {
        let json = try Self.render(.json)
        let root = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let claims = (root["articles"] as? [[String: Any]] ?? []).flatMap { $0["claims"] as? [[String: Any]] ?? [] }
        let texts = claims.compactMap { ($0["claim"] as? [String: Any])?["text"] as? String }
        #expect(texts.contains(ReportFixture.hostileClaim))
        #expect(texts.contains(ReportFixture.longLine))
        #expect(texts.contains(ReportFixture.rightToLeft))
        #expect(texts.contains(ReportFixture.emoji))
    }

    @Test func claimReviewCannotEndAnEmbeddingScript() throws {
        let jsonld = try Self.render(.claimreview)
        #expect(!jsonld.contains("<"))
        #expect(!jsonld.contains(">"))
        let reviews = try #require(try JSONSerialization.jsonObject(with: Data(jsonld.utf8)) as? [[String: Any]])
        let hostile = try #require(reviews.first { ($0["url"] as? String)?.hasSuffix("/5") == true })
        #expect(hostile["claimReviewed"] as? String == ReportFixture.hostileClaim.replacingOccurrences(of: "\n", with: " "))
    }

    // MARK: helpers

    /// Elements opened and never closed (or closed and never opened), ignoring void elements.
    static func unbalancedTags(_ html: String) throws -> [String] {
        let void: Set<String> = ["meta", "br", "hr", "img", "input", "link", "!doctype"]
        var stack: [String] = []
        var problems: [String] = []
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { problems.append("unterminated tag"); break }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("/") {
                let name = tag.dropFirst().lowercased()
                if stack.last == name { stack.removeLast() } else { problems.append("</\(name)>") }
                continue
            }
            let name = tag.prefix { !$0.isWhitespace && $0 != "/" }.lowercased()
            if void.contains(name) || tag.hasSuffix("/") { continue }
            stack.append(name)
            if name == "style", let end = rest.range(of: "</style>") {
                rest = rest[end.upperBound...]
                stack.removeLast()
            }
        }
        return problems + stack
    }

    static func hasUnescapedPipe(_ line: String) -> Bool {
        var escaped = false
        for c in line {
            if escaped { escaped = false; continue }
            if c == "\\" { escaped = true } else if c == "|" { return true }
        }
        return false
    }
}
