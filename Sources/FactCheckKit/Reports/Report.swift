/// Report formats. Closed set: the CLI's --format and the renderers agree.
public enum ReportFormat: String, CaseIterable, Sendable {
    case markdown
    case html
    case json
    case csv
}

/// Which claims a report covers.
public struct ReportScope: Sendable, Equatable {
    public var statuses: [ClaimStatus]
    public var articleID: ArticleID?

    public init(statuses: [ClaimStatus] = [], articleID: ArticleID? = nil) {
        self.statuses = statuses
        self.articleID = articleID
    }

    var filter: ClaimFilter { ClaimFilter(statuses: statuses, articleID: articleID, sort: .article) }
}

/// What stands at the top of every report.
public struct ReportSummary: Sendable {
    public var generatedAt: String
    public var claimCount: Int
    public var countsByStatus: [ClaimStatus: Int]
    public var scope: ReportScope
}

/// One claim in a report, with its evidence and history.
public struct ReportItem: Sendable {
    public var claim: Claim
    public var evidence: [Evidence]
    public var history: [HistoryEvent]
}

/// Receives a report piece by piece, so a report of any size is written without holding it in memory.
protocol ReportRenderer {
    mutating func begin(_ summary: ReportSummary, _ out: inout some TextOutputStream)
    mutating func beginArticle(_ article: ArticleReference, _ out: inout some TextOutputStream)
    mutating func claim(_ item: ReportItem, _ out: inout some TextOutputStream)
    mutating func endArticle(_ out: inout some TextOutputStream)
    mutating func end(_ out: inout some TextOutputStream)
}

/// Writes a report of the claims in `scope`, article by article in reading order.
public enum ReportWriter {
    public static func write(
        _ format: ReportFormat, scope: ReportScope, store: FactCheckStore, to out: inout some TextOutputStream
    ) throws(StoreError) {
        switch format {
        case .markdown:
            var renderer = MarkdownReport()
            try write(with: &renderer, scope: scope, store: store, to: &out)
        case .html:
            var renderer = HTMLReport()
            try write(with: &renderer, scope: scope, store: store, to: &out)
        case .json:
            var renderer = JSONReport()
            try write(with: &renderer, scope: scope, store: store, to: &out)
        case .csv:
            var renderer = CSVReport()
            try write(with: &renderer, scope: scope, store: store, to: &out)
        }
    }

    private static func write(
        with renderer: inout some ReportRenderer, scope: ReportScope, store: FactCheckStore, to out: inout some TextOutputStream
    ) throws(StoreError) {
        if let articleID = scope.articleID { _ = try store.article(articleID) }
        var counts: [ClaimStatus: Int] = [:]
        var total = 0
        for status in scope.statuses.isEmpty ? ClaimStatus.allCases : scope.statuses {
            var filter = scope.filter
            filter.statuses = [status]
            let count = try store.countClaims(filter)
            counts[status] = count
            total += count
        }
        renderer.begin(ReportSummary(generatedAt: store.clock.timestamp(), claimCount: total, countsByStatus: counts, scope: scope), &out)
        var currentArticle: ArticleID?
        try store.forEachClaim(scope.filter) { claim in
            if claim.articleID != currentArticle {
                if currentArticle != nil { renderer.endArticle(&out) }
                currentArticle = claim.articleID
                renderer.beginArticle(ArticleReference(try store.article(claim.articleID)), &out)
            }
            renderer.claim(ReportItem(claim: claim, evidence: try store.evidence(of: claim.id), history: try store.history(of: claim.id)), &out)
        }
        if currentArticle != nil { renderer.endArticle(&out) }
        renderer.end(&out)
    }
}
