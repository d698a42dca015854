import Foundation
import TestSupport
@testable import FactCheckKit

/// A small fixed database for report tests: an ordinary article worked through by two editors on two days,
/// and a hostile one whose text carries HTML, CSV and Markdown metacharacters, newlines, a very long line,
/// right-to-left script and emoji. Built through the store's own API with pinned clocks, so it never drifts.
enum ReportFixture {
    static let day1 = Clock.fixed(Date(timeIntervalSince1970: 1_767_225_600))  // 2026-01-01T00:00:00Z
    static let day2 = Clock.fixed(Date(timeIntervalSince1970: 1_767_348_000))  // 2026-01-02T10:00:00Z
    static let day3 = Clock.fixed(Date(timeIntervalSince1970: 1_767_452_400))  // 2026-01-03T15:00:00Z

    static let longLine = String(repeating: "a very long line without a break ", count: 120) + "ends with 7 percent."
    static let rightToLeft = "قال الوزير إن البطالة انخفضت 12 بالمئة"
    static let emoji = "Sales rose 40% 📈 in 2025, says 👩🏽‍💼 Ana."
    static let hostileClaim = "He said \"<script>alert('x')</script>\" & cut 30% | then </td> =SUM(A1)\nsecond line, **not bold** # [link](javascript:x)"
    static let hostileTitle = "<b>Budget</b> & \"cuts\" | 'quotes' </td>"
    static let hostileNote = "Wrong: <img src=x onerror=alert(1)> | \"quoted\", with, commas\r\nand a CRLF"

    /// Opens a new fixture database in `folder`, with the organisation settings ClaimReview needs.
    static func store(in folder: TemporaryDirectory, name: String = "fixture.db") throws -> FactCheckStore {
        let path = folder.file(name)
        let first = try FactCheckStore(path: path, clock: day1)
        _ = try first.ingest(draft(
            ArticleMetadata(
                title: "Harbor bridge repairs run $48 million over budget", publication: "Millbrook Gazette",
                author: "Dana Okafor", url: "https://example.org/news/harbor-bridge", published: "2024-03-14"
            ),
            [
                ("Repairs will cost $212 million, nearly $48 million more than approved in 2021.",
                 [Quantity(text: "$212 million", value: 212_000_000, unit: "USD", kind: .money),
                  Quantity(text: "$48 million", value: 48_000_000, unit: "USD", kind: .money, qualifier: "nearly")],
                 nil, "a report by the state auditor"),
                ("\"Steel went up about 18 percent,\" said State Auditor Maria Delgado.",
                 [Quantity(text: "18 percent", value: 18, unit: "percent", kind: .percentage, qualifier: "about")],
                 "Maria Delgado", nil),
                ("The bridge carries more than 60,000 cars a day.",
                 [Quantity(text: "60,000 cars", value: 60_000, unit: "cars", kind: .count, qualifier: "more than")],
                 "Tom Reyes", nil),
                ("The contractor billed 1,426 hours of overtime in a single month.",
                 [Quantity(text: "1,426 hours", value: 1426, unit: "hours", kind: .count)], nil, nil),
            ]
        ), editor: "desk")
        _ = try first.ingest(draft(
            ArticleMetadata(title: hostileTitle, publication: "The <i>Tribune</i> & Co", author: nil, url: nil, published: nil),
            [
                (hostileClaim, [Quantity(text: "30%", value: 30, unit: "percent", kind: .percentage)], "O'Brien & <Sons>", nil),
                (longLine, [Quantity(text: "7 percent", value: 7, unit: "percent", kind: .percentage)], nil, nil),
                (rightToLeft, [Quantity(text: "12", value: 12, unit: nil, kind: .number)], "الوزير", nil),
                (emoji, [Quantity(text: "40%", value: 40, unit: "percent", kind: .percentage)], "Ana", nil),
            ]
        ), editor: "desk")

        let second = try FactCheckStore(path: path, clock: day2)
        _ = try second.cite(ClaimID(1), evidence: NewEvidence(
            url: "https://example.org/audits/harbor-bridge-2024", title: "Audit of the Harbor Street Bridge contract",
            publisher: "State Auditor", quote: "Total projected cost: $212.4 million", stance: .supports, note: "Table 3"
        ), editor: "dana")
        _ = try second.mark(ClaimID(1), status: .verified, note: "Audit p. 4 gives $212.4M; the council approved $164M in 2021", editor: "dana")
        _ = try second.mark(ClaimID(2), status: .inReview, note: nil, editor: "dana")
        _ = try second.cite(ClaimID(5), evidence: NewEvidence(
            url: "https://example.org/search?q=a&b=<c>", title: "Source with <tags> & \"quotes\"",
            publisher: "Pub | lisher", quote: "A quote with\nnewline, commas, \"quotes\" and </td>", stance: .refutes,
            note: "=HYPERLINK(\"x\")"
        ), editor: "dana")
        _ = try second.mark(ClaimID(5), status: .false, note: hostileNote, editor: "dana")

        let third = try FactCheckStore(path: path, clock: day3)
        _ = try third.cite(ClaimID(2), evidence: NewEvidence(
            url: "https://example.org/steel-price-index", title: "Steel price index, 2019-2024", publisher: "Bureau of Labor Statistics",
            stance: .refutes
        ), editor: "lee")
        _ = try third.cite(ClaimID(3), evidence: NewEvidence(
            url: "https://example.org/state-bridge-counts", title: "State bridge inventory", publisher: "State DOT", stance: .context
        ), editor: "lee")
        _ = try third.mark(ClaimID(2), status: .misleading, note: "Steel rose 18% but prices doubled for rebar", editor: "lee")
        _ = try third.mark(ClaimID(3), status: .disputed, note: "City and state counts differ", editor: "lee")
        _ = try third.mark(ClaimID(7), status: .unverifiable, note: "No published figures", editor: "lee")
        _ = try third.cite(ClaimID(8), evidence: NewEvidence(
            url: "https://example.org/ar/تقرير", title: "تقرير المبيعات 📊", publisher: "وزارة", stance: .context
        ), editor: "lee")
        try third.setSetting(.organisationName, to: "Example Fact Check")
        try third.setSetting(.organisationURL, to: "https://factcheck.example.org")
        try third.setSetting(.reviewURL, to: "https://factcheck.example.org/checks/{id}")
        return try FactCheckStore(path: path, clock: day3)
    }

    static let day4 = Clock.fixed(Date(timeIntervalSince1970: 1_767_517_200))  // 2026-01-04T09:00:00Z
    static let day5 = Clock.fixed(Date(timeIntervalSince1970: 1_767_614_400))  // 2026-01-05T12:00:00Z

    /// The fixture on its way to readers: on day 4 a second editor (sam) approves claims 1, 2, 3 and 5 and rejects 7,
    /// and the desk publishes 1, 2, 3 and 5 (the hostile claim 5 too, so public reports are escaped as well); on day 5
    /// claim 2's published verdict is corrected and claim 3's is withdrawn from publication.
    static func publishedStore(in folder: TemporaryDirectory) throws -> FactCheckStore {
        let path = try store(in: folder).path
        let fourth = try FactCheckStore(path: path, clock: day4)
        for id in [1, 2, 3, 5] { _ = try fourth.review(ClaimID(Int64(id)), decision: .approve, note: "checked", editor: "sam") }
        _ = try fourth.review(ClaimID(7), decision: .reject, note: "Ask the city for its figures first", editor: "sam")
        try fourth.publish([1, 2, 3, 5].map { ClaimID(Int64($0)) }, editor: "desk")
        try fourth.setSetting(.organisationLogo, to: "https://factcheck.example.org/logo.png")
        let fifth = try FactCheckStore(path: path, clock: day5)
        _ = try fifth.mark(
            ClaimID(2), status: .false, note: "Steel rose 18%, as quoted; the claim that prices doubled is false", editor: "lee",
            correction: "We first rated this misleading; the rebar figure we relied on was for a different contract"
        )
        _ = try fifth.unpublish(ClaimID(3), correction: "The state has withdrawn the bridge counts we relied on", editor: "lee")
        return try FactCheckStore(path: path, clock: day5)
    }

    /// Renders a report into a string. The ClaimReview export takes unpublished verdicts too unless a scope says otherwise,
    /// so the unpublished fixture exports something.
    static func render(
        _ format: ReportFormat, scope: ReportScope? = nil, audience: ReportAudience = .desk, store: FactCheckStore
    ) throws -> String {
        var out = ""
        let scope = scope ?? ReportScope(includeUnpublished: format == .claimreview && audience == .desk)
        try ReportWriter.write(format, scope: scope, audience: audience, store: store, to: &out)
        return out
    }

    private static func draft(
        _ metadata: ArticleMetadata, _ sentences: [(String, [Quantity], String?, String?)]
    ) -> ArticleDraft {
        var body = ""
        var claims: [ExtractedClaim] = []
        for (index, (text, quantities, speaker, attribution)) in sentences.enumerated() {
            if !body.isEmpty { body += "\n\n" }
            let start = body.utf8.count
            body += text
            claims.append(ExtractedClaim(
                text: text, position: index, startOffset: start, endOffset: body.utf8.count,
                kinds: quantities.isEmpty ? [.quote] : [.quantity], score: 0.5 + Double(index) / 10,
                reasons: [.statistic], quantities: quantities, attribution: attribution, speaker: speaker
            ))
        }
        return ArticleDraft(metadata: metadata, body: body, sourcePath: nil, claims: claims)
    }
}
