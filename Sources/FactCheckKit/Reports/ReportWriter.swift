/// Writes a report of the claims in a scope, article by article in reading order.
public enum ReportWriter {
    /// Writes the report to `out`. Every check an editor can act on (filters, unknown article, settings,
    /// verdicts) runs before the first byte is written, so a refused report leaves `out` empty.
    @discardableResult
    public static func write(
        _ format: ReportFormat, scope: ReportScope, store: FactCheckStore, to out: inout some TextOutputStream
    ) throws(ReportError) -> ReportOutcome {
        if let editor = scope.editor, editor.trimmingCharacters(in: .whitespaces).isEmpty { throw .emptyEditor }
        switch format {
        case .markdown:
            var renderer = MarkdownReport()
            return try write(with: &renderer, format: format, scope: scope, store: store, to: &out)
        case .html:
            var renderer = HTMLReport()
            return try write(with: &renderer, format: format, scope: scope, store: store, to: &out)
        case .json:
            var renderer = JSONReport()
            return try write(with: &renderer, format: format, scope: scope, store: store, to: &out)
        case .csv:
            var renderer = CSVReport()
            return try write(with: &renderer, format: format, scope: scope, store: store, to: &out)
        case .claimreview:
            let settings: ReportSettings
            do { settings = try store.settings() } catch { throw .store(error) }
            let missing = ClaimReviewReport.requiredSettings.filter { settings[$0] == nil }
            if !missing.isEmpty { throw .missingSettings(missing) }
            var renderer = ClaimReviewReport(settings: settings)
            return try write(with: &renderer, format: format, scope: scope, store: store, to: &out)
        }
    }

    private static func write(
        with renderer: inout some ReportRenderer, format: ReportFormat, scope: ReportScope, store: FactCheckStore,
        to out: inout some TextOutputStream
    ) throws(ReportError) -> ReportOutcome {
        do {
            return try store.readSnapshot {
                if let articleID = scope.articleID { _ = try store.article(articleID) }
                var counts = try store.reportCounts(scope)
                for status in scope.statuses.isEmpty ? ClaimStatus.allCases : scope.statuses where counts[status] == nil {
                    counts[status] = 0
                }
                let total = counts.values.reduce(0, +)
                if format == .claimreview, !counts.contains(where: { $0.key.isVerdict && $0.value > 0 }) {
                    throw ReportError.noVerdicts(selected: total)
                }
                let summary = ReportSummary(generatedAt: store.clock.timestamp(), claimCount: total, countsByStatus: counts, scope: scope)
                renderer.begin(summary, &out)
                var outcome = ReportOutcome(claims: 0, skippedWithoutVerdict: 0)
                var currentArticle: ArticleID?
                try store.forEachReportClaim(scope) { claim in
                    if claim.articleID != currentArticle {
                        if currentArticle != nil { renderer.endArticle(&out) }
                        currentArticle = claim.articleID
                        renderer.beginArticle(ArticleReference(try store.article(claim.articleID)), &out)
                    }
                    let item = ReportItem(claim: claim, evidence: try store.evidence(of: claim.id), history: try store.history(of: claim.id))
                    if renderer.claim(item, &out) { outcome.claims += 1 } else { outcome.skippedWithoutVerdict += 1 }
                }
                if currentArticle != nil { renderer.endArticle(&out) }
                renderer.end(&out)
                return outcome
            }
        } catch let error as ReportError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch {
            // The body throws only the two above; anything else is a bug, kept with its own words.
            throw .store(.unexpected("\(error)"))
        }
    }
}
