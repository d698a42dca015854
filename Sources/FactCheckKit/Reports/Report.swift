import Foundation

/// Report formats. Closed set: the CLI's --format and the renderers agree.
public enum ReportFormat: String, CaseIterable, Sendable {
    case markdown
    case html
    case json
    case csv
    /// schema.org ClaimReview JSON-LD, one per claim with a verdict.
    case claimreview
}

/// Who a report is for. The internal report shows the desk everything; the public one is what readers see.
public enum ReportAudience: String, CaseIterable, Sendable {
    /// Every claim in scope with its whole history (the default).
    case desk
    /// Published verdicts only, under the organisation's name, with sources and corrections and nothing internal:
    /// no history, no editor names, no unpublished claims.
    case `public`
}

/// What stands at the top of every report.
public struct ReportSummary: Sendable {
    public var generatedAt: String
    public var claimCount: Int
    /// Every status the scope allows, zero counts included, so summaries always show the same rows.
    public var countsByStatus: [ClaimStatus: Int]
    public var scope: ReportScope
    public var audience: ReportAudience = .desk
    /// The organisation settings (public reports show the name, link and logo).
    public var settings = ReportSettings()
    /// The corrections to claims of the articles in scope, newest first (public reports only; empty otherwise).
    public var corrections: [Correction] = []

    /// The statuses shown in summaries, in the order of `ClaimStatus.allCases`.
    public var statuses: [ClaimStatus] { ClaimStatus.allCases.filter { countsByStatus[$0] != nil } }

    /// The filters in words ("status verified, false · article 2 · changed by dana"), or nil when there are none.
    /// Raw text: each renderer escapes it.
    public var filterDescription: String? {
        var parts: [String] = []
        if !scope.statuses.isEmpty { parts.append("status " + scope.statuses.map(\.rawValue).joined(separator: ", ")) }
        if let articleID = scope.articleID { parts.append("article \(articleID)") }
        if let since = scope.since { parts.append("changed since \(since)") }
        if let editor = scope.editor { parts.append("changed by \(editor)") }
        if scope.publishedOnly { parts.append("published only") }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}

/// One claim in a report, with its evidence and history.
public struct ReportItem: Sendable {
    public var claim: Claim
    public var evidence: [Evidence]
    public var history: [HistoryEvent]
    /// The claim's corrections, newest first (read for public reports and the ClaimReview export only).
    public var corrections: [Correction] = []
}

/// What a finished report held.
public struct ReportOutcome: Sendable, Equatable {
    /// Claims written to the report.
    public var claims: Int
    /// Claims in scope left out because the format needs a verdict they lack (ClaimReview only).
    public var skippedWithoutVerdict: Int
    /// Claims left out of a ClaimReview export because their verdict lacks its evidence (`Claim.verdictUnsupported`).
    public var skippedUnsupported: [ClaimID] = []
}

/// How a report is written, beyond which claims it covers.
public struct ReportOptions: Sendable {
    /// The "generated" time the report states; nil means now by the store's clock. `SOURCE_DATE_EPOCH` pins it.
    public var generatedAt: Date?
    /// Lets ClaimReview publish verdicts whose evidence is gone (left out, with a warning, otherwise).
    public var includeUnsupported: Bool

    public init(generatedAt: Date? = nil, includeUnsupported: Bool = false) {
        self.generatedAt = generatedAt
        self.includeUnsupported = includeUnsupported
    }
}

/// Receives a report piece by piece, so a report of any size is written without holding it in memory.
protocol ReportRenderer {
    mutating func begin(_ summary: ReportSummary, _ out: inout some TextOutputStream) throws(JSONOutputError)
    mutating func beginArticle(_ article: ArticleReference, _ out: inout some TextOutputStream) throws(JSONOutputError)
    /// Writes one claim; returns false when the format leaves it out. Throws when the claim cannot be encoded.
    mutating func claim(_ item: ReportItem, _ out: inout some TextOutputStream) throws(JSONOutputError) -> Bool
    mutating func endArticle(_ out: inout some TextOutputStream)
    mutating func end(_ out: inout some TextOutputStream) throws(JSONOutputError)
}
