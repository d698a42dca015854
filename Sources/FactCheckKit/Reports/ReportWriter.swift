/// Writes a report of the claims in a scope, article by article in reading order.
public enum ReportWriter {
    /// Writes the report to `out`. Every check an editor can act on (filters, unknown article, settings,
    /// verdicts) runs before the first byte is written, so a refused report leaves `out` empty.
    ///
    /// Who sees what is decided here, in one place: a `.public` report and the ClaimReview export take only
    /// published verdicts (the export takes every verdict when the scope says `includeUnpublished`), and the
    /// export leaves out a verdict whose evidence is gone unless `options.includeUnsupported`.
    /// `options` also say when the report was generated.
    @discardableResult
    public static func write(
        _ format: ReportFormat, scope: ReportScope, audience: ReportAudience = .desk, store: FactCheckStore,
        options: ReportOptions = ReportOptions(), to out: inout some TextOutputStream
    ) throws(ReportError) -> ReportOutcome {
        if let editor = scope.editor, editor.trimmingCharacters(in: .whitespaces).isEmpty { throw .emptyEditor }
        if audience == .public, scope.includeUnpublished { throw .publicIncludesUnpublished }
        var scope = scope
        if audience == .public || (format == .claimreview && !scope.includeUnpublished) { scope.publishedOnly = true }
        let settings: ReportSettings
        do { settings = try store.settings() } catch { throw .store(error) }
        if format == .claimreview {
            let missing = ClaimReviewReport.requiredSettings.filter { settings[$0] == nil }
            if !missing.isEmpty { throw .missingSettings(missing) }
        } else if audience == .public {
            let missing = PublicReport.requiredSettings.filter { settings[$0] == nil }
            if !missing.isEmpty { throw .missingPublicSettings(missing) }
        }
        let context = Context(format: format, scope: scope, audience: audience, settings: settings, options: options)
        switch (format, audience) {
        case (.markdown, .desk):
            var renderer = MarkdownReport()
            return try write(with: &renderer, context, store: store, to: &out)
        case (.html, .desk):
            var renderer = HTMLReport()
            return try write(with: &renderer, context, store: store, to: &out)
        case (.json, .desk):
            var renderer = JSONReport()
            return try write(with: &renderer, context, store: store, to: &out)
        case (.csv, .desk):
            var renderer = CSVReport()
            return try write(with: &renderer, context, store: store, to: &out)
        case (.markdown, .public):
            var renderer = PublicMarkdownReport()
            return try write(with: &renderer, context, store: store, to: &out)
        case (.html, .public):
            var renderer = PublicHTMLReport()
            return try write(with: &renderer, context, store: store, to: &out)
        case (.json, .public):
            var renderer = PublicJSONReport()
            return try write(with: &renderer, context, store: store, to: &out)
        case (.csv, .public):
            var renderer = PublicCSVReport()
            return try write(with: &renderer, context, store: store, to: &out)
        case (.claimreview, _):
            var renderer = ClaimReviewReport(settings: settings)
            return try write(with: &renderer, context, store: store, to: &out)
        }
    }

    /// What the streaming loop needs to know about the report being written.
    private struct Context {
        var format: ReportFormat
        var scope: ReportScope
        var audience: ReportAudience
        var settings: ReportSettings
        var options: ReportOptions

        /// Public reports and the ClaimReview export are read outside the desk: they show corrections (the export
        /// dates its reviews by them) and headlines as readers see them.
        var forReaders: Bool { audience == .public || format == .claimreview }
    }

    private static func write(
        with renderer: inout some ReportRenderer, _ context: Context, store: FactCheckStore, to out: inout some TextOutputStream
    ) throws(ReportError) -> ReportOutcome {
        let scope = context.scope
        do {
            return try store.readSnapshot {
                if let articleID = scope.articleID { _ = try store.article(articleID) }
                var counts = try store.reportCounts(scope)
                let shown = context.audience == .public ? ClaimStatus.allCases.filter(\.isVerdict) : ClaimStatus.allCases
                for status in scope.statuses.isEmpty ? shown : scope.statuses where counts[status] == nil {
                    counts[status] = 0
                }
                let total = counts.values.reduce(0, +)
                if context.format == .claimreview, !counts.contains(where: { $0.key.isVerdict && $0.value > 0 }) {
                    throw scope.publishedOnly ? ReportError.noPublishedVerdicts : ReportError.noVerdicts(selected: total)
                }
                let generatedAt = Clock.format(context.options.generatedAt ?? store.clock.now())
                var summary = ReportSummary(generatedAt: generatedAt, claimCount: total, countsByStatus: counts, scope: scope)
                summary.audience = context.audience
                summary.settings = context.settings
                if context.audience == .public { summary.corrections = try store.corrections(articleID: scope.articleID) }
                try renderer.begin(summary, &out)
                var outcome = ReportOutcome(claims: 0, skippedWithoutVerdict: 0)
                var currentArticle: ArticleID?
                try store.forEachReportClaim(scope) { claim in
                    if claim.articleID != currentArticle {
                        if currentArticle != nil { renderer.endArticle(&out) }
                        currentArticle = claim.articleID
                        let article = try store.article(claim.articleID)
                        try renderer.beginArticle(context.forReaders ? PublicReport.article(article) : ArticleReference(article), &out)
                    }
                    // What readers see must stand on its evidence: ClaimReview and public reports leave out a verdict
                    // whose citation was withdrawn (or that was forced), unless the editor asks for it.
                    if context.forReaders, claim.status.isVerdict, claim.verdictUnsupported,
                       !context.options.includeUnsupported {
                        outcome.skippedUnsupported.append(claim.id)
                        return
                    }
                    var item = ReportItem(claim: claim, evidence: try store.evidence(of: claim.id), history: try store.history(of: claim.id))
                    if context.forReaders { item.corrections = try store.corrections(claimID: claim.id) }
                    if try renderer.claim(item, &out) { outcome.claims += 1 } else { outcome.skippedWithoutVerdict += 1 }
                }
                if currentArticle != nil { renderer.endArticle(&out) }
                try renderer.end(&out)
                return outcome
            }
        } catch let error as ReportError {
            throw error
        } catch let error as StoreError {
            throw .store(error)
        } catch let error as JSONOutputError {
            throw .output(error)
        } catch {
            // The body throws only the two above; anything else is a bug, kept with its own words.
            throw .store(.unexpected("\(error)"))
        }
    }
}
