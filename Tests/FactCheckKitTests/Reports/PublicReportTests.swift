import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// The public report shows readers the published verdicts with their sources and corrections, and nothing internal.
@Suite struct PublicReportTests {
    @Test(arguments: [ReportFormat.markdown, .html, .json, .csv])
    func showsPublishedVerdictsAndNothingInternal(format: ReportFormat) throws {
        let folder = TemporaryDirectory()
        let store = try ReportFixture.publishedStore(in: folder)
        let report = try ReportFixture.render(format, audience: .public, store: store)
        #expect(report.contains("Example Fact Check"))
        #expect(report.contains("https://factcheck.example.org"))
        #expect(report.contains("Harbor bridge repairs run $48 million over budget"))
        #expect(report.contains("https://example.org/news/harbor-bridge"), "a link to the original story")
        #expect(report.contains("https://example.org/audits/harbor-bridge-2024"), "the sources of each verdict")
        #expect(report.contains("the rebar figure we relied on was for a different contract"), "the correction beside the claim")
        if format != .csv {  // CSV has a row per fact-check shown, so none for a withdrawn one
            #expect(report.contains("The state has withdrawn the bridge counts we relied on"), "the withdrawal in the corrections")
        }
        // Nothing internal: no editor names, history, review notes, internal source notes, or unpublished claims.
        for editor in ["dana", "lee", "sam", "desk"] {
            #expect(report.range(of: "\\b\(editor)\\b", options: .regularExpression) == nil, "\(editor) is named")
        }
        for hidden in ["History", "\"history\"", "class=\"history\"", "checked", "Ask the city", "Table 3", "T00:00:00", "has a statistic"] {
            #expect(!report.contains(hidden), "\(hidden) is shown")
        }
        for unpublished in ["State bridge inventory", "1,426 hours", "No published figures", ReportFixture.emoji] {
            #expect(!report.contains(unpublished), "an unpublished claim is shown: \(unpublished)")
        }
    }

    @Test func needsTheOrganisationsNameAndLink() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("bare.db"), clock: ReportFixture.day1)
        var out = ""
        #expect(throws: ReportError.missingPublicSettings([.organisationName, .organisationURL])) {
            try ReportWriter.write(.html, scope: ReportScope(), audience: .public, store: store, to: &out)
        }
        #expect(out.isEmpty)
    }

    @Test func aFileNameIsNeverShownAsAHeadline() {
        let body = "On Sunday, China announced the attachment of the final panel to its telescope named Five hundred meter "
            + "Aperture Spherical Telescope (FAST). This piece marks the end of a project.\n\nMore."
        let article = Article(
            id: ArticleID(1), metadata: ArticleMetadata(title: "wikinews_qsample_20160706-telescope"), body: body,
            bodySHA256: String(repeating: "0", count: 64), sourcePath: "/corpus/wikinews_qsample_20160706-telescope.txt",
            ingestedAt: "2026-01-01T00:00:00.000Z", ingestedBy: "desk"
        )
        #expect(PublicReport.article(article).title
            == "On Sunday, China announced the attachment of the final panel to its telescope named Five…")
        var titled = article
        titled.metadata.title = "FAST TELESCOPE COMPLETED"
        #expect(PublicReport.article(titled).title == "Fast Telescope Completed")
    }

    @Test func wireHeadlinesInCapitalsAreSetInTitleCase() {
        #expect(PublicReport.headline("HARBOR BRIDGE REPAIRS RUN $48 MILLION OVER BUDGET") == "Harbor Bridge Repairs Run $48 Million Over Budget")
        #expect(PublicReport.headline("FERRY RIDERSHIP DOUBLES AS FARES FALL") == "Ferry Ridership Doubles as Fares Fall")
        #expect(PublicReport.headline("Rural clinics see longest wait times") == "Rural clinics see longest wait times")
        #expect(PublicReport.headline("NHS") == "NHS", "too short to tell a headline from an acronym")
    }
}
