/// Writes a report of the claims in a scope, article by article in reading order.
public enum ReportWriter {
    /// Writes the report to `out`. Every check an editor can act on (filters, unknown article, settings,
    /// verdicts) runs before the first byte is written, so a refused report leaves `out` empty.
    /// `options` say when the report was generated and whether ClaimReview may publish unsupported verdicts.
    @discardableResult
    public static func write(
        _ format: ReportFormat, scope: ReportScope, store: FactCheckStore, options: ReportOptions = ReportOptions(),
        to out: inout some TextOutputStream
    ) throws(ReportError) -> ReportOutcome {
        if let editor = scope.editor, editor.trimmingCharacters(in: .whitespaces).isEmpty { throw .emptyEditor }
        switch format {
        case .markdown:
            var renderer = MarkdownReport()
            return try write(with: &renderer, format: format, scope: scope, store: store, options: options, to: &out)
        case .html:
            var renderer = HTMLReport()
            return try write(with: &renderer, format: format, scope: scope, store: store, options: options, to: &out)
        case .json:
            var renderer = JSONReport()
            return try write(with: &renderer, format: format, scope: scope, store: store, options: options, to: &out)
        case .csv:
            var renderer = CSVReport()
            return try write(with: &renderer, format: format, scope: scope, store: store, options: options, to: &out)
        case .claimreview:
            let settings: ReportSettings
            do { settings = try store.settings() } catch { throw .store(error) }
            let missing = ClaimReviewReport.requiredSettings.filter { settings[$0] == nil }
            if !missing.isEmpty { throw .missingSettings(missing) }
            var renderer = ClaimReviewReport(settings: settings)
            return try write(with: &renderer, format: format, scope: scope, store: store, options: options, to: &out)
        }
    }

    private static func write(
        with renderer: inout some ReportRenderer, format: ReportFormat, scope: ReportScope, store: FactCheckStore,
        options: ReportOptions, to out: inout some TextOutputStream
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
                let generatedAt = Clock.format(options.generatedAt ?? store.clock.now())
                let summary = ReportSummary(generatedAt: generatedAt, claimCount: total, countsByStatus: counts, scope: scope)
                try renderer.begin(summary, &out)
                var outcome = ReportOutcome(claims: 0, skippedWithoutVerdict: 0)
                var currentArticle: ArticleID?
                try store.forEachReportClaim(scope) { claim in
                    if claim.articleID != currentArticle {
                        if currentArticle != nil { renderer.endArticle(&out) }
                        currentArticle = claim.articleID
                        try renderer.beginArticle(ArticleReference(try store.article(claim.articleID)), &out)
                    }
                    // Published verdicts must stand on their evidence: ClaimReview leaves out one whose citation
                    // was withdrawn (or that was forced), unless the editor asks for it.
                    if format == .claimreview, claim.status.isVerdict, claim.verdictUnsupported, !options.includeUnsupported {
                        outcome.skippedUnsupported.append(claim.id)
                        return
                    }
                    let item = ReportItem(claim: claim, evidence: try store.evidence(of: claim.id), history: try store.history(of: claim.id))
                    if try renderer.claim(item, &out) { outcome.claims += 1 } else { outcome.skippedWithoutVerdict += 1 }
                }
                if currentArticle != nil { renderer.endArticle(&out) }
                renderer.end(&out)
                return outcome
            }
        } catch let error as ReportError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch let error as JSONOutputError {
            throw .output(error)
        } catch {
            throw .store(.sqlite(code: -1, message: "\(error)"))
        }
    }
}
