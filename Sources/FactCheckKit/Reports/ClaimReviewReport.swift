/// schema.org ClaimReview JSON-LD: a JSON array holding one `ClaimReview` per claim that has a verdict.
/// Claims without a verdict are left out (the writer counts them). See `ClaimRating` for the scale.
struct ClaimReviewReport: ReportRenderer {
    static let requiredSettings: [SettingKey] = [.organisationName, .organisationURL, .reviewURL]

    let settings: ReportSettings
    private let encoder = JSONOutput.encoder()
    private var article: ArticleReference?
    private var first = true

    init(settings: ReportSettings) { self.settings = settings }

    mutating func begin(_ summary: ReportSummary, _ out: inout some TextOutputStream) {
        out.write("[")
    }

    mutating func beginArticle(_ article: ArticleReference, _ out: inout some TextOutputStream) {
        self.article = article
    }

    mutating func claim(_ item: ReportItem, _ out: inout some TextOutputStream) throws(JSONOutputError) -> Bool {
        guard let article, let review = review(item, article: article) else { return false }
        let json = try JSONOutput.string(review, using: encoder)
        out.write(first ? "\n" : ",\n")
        first = false
        out.write(JSONReport.indent(Self.scriptSafe(json), by: 2))
        return true
    }

    mutating func endArticle(_ out: inout some TextOutputStream) {}

    mutating func end(_ out: inout some TextOutputStream) {
        out.write(first ? "]\n" : "\n]\n")
    }

    /// JSON-LD is pasted into pages inside <script>: `<`, `>` and `&` are written as \u escapes so a
    /// claim holding `</script>` cannot end the script early. Outside strings JSON never has these characters.
    static func scriptSafe(_ json: String) -> String { scriptEscapes.apply(json) }

    private static let scriptEscapes = ASCIIEscapes(["<": "\\u003c", ">": "\\u003e", "&": "\\u0026"])

    /// The ClaimReview for one claim, or nil when the claim has no verdict.
    func review(_ item: ReportItem, article: ArticleReference) -> ClaimReview? {
        let claim = item.claim
        guard let rating = ClaimRating(claim.status), let url = settings.reviewURL(for: claim.id),
              let organisation = settings[.organisationName] else { return nil }
        // A published review is dated by its publication, and modified by its latest correction; an unpublished one
        // (a desk preview) by the verdict: the last time the claim's status was set.
        let verdictTime = claim.publishedAt ?? item.history.last(where: { $0.action == .status })?.at ?? claim.updatedAt
        let corrected = claim.publishedAt == nil ? nil : item.corrections.first?.at
        let claimAuthor: ClaimReview.Party? =
            if let speaker = claim.speaker { .init(type: "Person", name: speaker, url: nil) }
            else if let publication = article.publication { .init(type: "Organization", name: publication, url: nil) }
            else if let author = article.author { .init(type: "Person", name: author, url: nil) }
            else { nil }
        return ClaimReview(
            url: url,
            claimReviewed: ClaimList.oneLine(claim.text),
            datePublished: String(verdictTime.prefix(10)),
            dateModified: corrected.map { String($0.prefix(10)) },
            author: .init(type: "Organization", name: organisation, url: settings[.organisationURL]),
            reviewRating: .init(
                ratingValue: rating.value, bestRating: ClaimRating.best, worstRating: ClaimRating.worst,
                alternateName: rating.name, ratingExplanation: claim.verdictNote.map(ClaimList.oneLine)
            ),
            itemReviewed: .init(
                author: claimAuthor,
                datePublished: article.published,
                appearance: .init(url: article.url, headline: article.title, datePublished: article.published,
                                  publisher: article.publication.map { .init(type: "Organization", name: $0, url: nil) })
            )
        )
    }
}

/// The JSON-LD shape of one ClaimReview. Keys are written sorted, so "@context" and "@type" come first.
struct ClaimReview: Encodable {
    var context = "https://schema.org"
    var type = "ClaimReview"
    var url: String
    var claimReviewed: String
    var datePublished: String
    /// The date of the latest correction; absent for a review never corrected.
    var dateModified: String?
    var author: Party
    var reviewRating: Rating
    var itemReviewed: Item

    enum CodingKeys: String, CodingKey {
        case context = "@context", type = "@type", url, claimReviewed, datePublished, dateModified, author, reviewRating, itemReviewed
    }

    struct Party: Encodable {
        var type: String
        var name: String
        var url: String?

        enum CodingKeys: String, CodingKey { case type = "@type", name, url }
    }

    struct Rating: Encodable {
        var type = "Rating"
        var ratingValue: Int?
        var bestRating: Int
        var worstRating: Int
        var alternateName: String
        var ratingExplanation: String?

        enum CodingKeys: String, CodingKey {
            case type = "@type", ratingValue, bestRating, worstRating, alternateName, ratingExplanation
        }
    }

    struct Item: Encodable {
        var type = "Claim"
        var author: Party?
        var datePublished: String?
        var appearance: Appearance

        enum CodingKeys: String, CodingKey { case type = "@type", author, datePublished, appearance }
    }

    struct Appearance: Encodable {
        var type = "CreativeWork"
        var url: String?
        var headline: String
        var datePublished: String?
        var publisher: Party?

        enum CodingKeys: String, CodingKey { case type = "@type", url, headline, datePublished, publisher }
    }
}
