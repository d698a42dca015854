import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Every format over the fixed fixture database, byte for byte against files in `Golden/`.
/// After a deliberate change, regenerate with `FACTCHECK_UPDATE_GOLDEN=1 swift test --filter ReportGolden`
/// and read the diff before committing it.
@Suite struct ReportGoldenTests {
    static let folder = Paths.packageRoot.appendingPathComponent("Tests/FactCheckKitTests/Reports/Golden")

    static let cases: [(ReportFormat, String)] = [
        (.markdown, "report.md"), (.html, "report.html"), (.json, "report.json"), (.csv, "report.csv"),
        (.claimreview, "claimreview.jsonld"),
    ]

    @Test(arguments: cases)
    func matchesGoldenFile(format: ReportFormat, file: String) throws {
        let folder = TemporaryDirectory()
        let output = try ReportFixture.render(format, store: ReportFixture.store(in: folder))
        try GoldenFile.compare(output, with: Self.folder.appendingPathComponent(file))
    }

    static let publicCases: [(ReportFormat, String)] = [
        (.markdown, "public.md"), (.html, "public.html"), (.json, "public.json"), (.csv, "public.csv"),
        (.claimreview, "public-claimreview.jsonld"),
    ]

    /// The public report of the published fixture: published verdicts with sources and corrections, nothing internal.
    @Test(arguments: publicCases)
    func publicReportMatchesGoldenFile(format: ReportFormat, file: String) throws {
        let folder = TemporaryDirectory()
        let output = try ReportFixture.render(format, audience: .public, store: ReportFixture.publishedStore(in: folder))
        try GoldenFile.compare(output, with: Self.folder.appendingPathComponent(file))
    }

    @Test(arguments: ReportFormat.allCases)
    func sameDatabaseGivesSameBytes(format: ReportFormat) throws {
        let folder = TemporaryDirectory()
        let store = try ReportFixture.store(in: folder)
        let again = try FactCheckStore(path: store.path, clock: ReportFixture.day3)
        #expect(try ReportFixture.render(format, store: store) == ReportFixture.render(format, store: again))
    }

    @Test func everyFormatHasAGoldenFile() {
        #expect(Set(Self.publicCases.map(\.0)) == Set(ReportFormat.allCases))
        #expect(Set(Self.cases.map(\.0)) == Set(ReportFormat.allCases))
    }
}
