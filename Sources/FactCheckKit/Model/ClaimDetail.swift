/// Everything `show` tells about one claim: the claim, where it stands in its article, its evidence and history.
public struct ClaimDetail: Encodable, Sendable {
    public var claim: Claim
    public var article: ArticleReference
    /// The sentences just before and after the claim in the article.
    @NullWhenAbsent public var before: String?
    @NullWhenAbsent public var after: String?
    public var evidence: [Evidence]
    public var history: [HistoryEvent]
}

/// The article a claim came from, without its body.
public struct ArticleReference: Encodable, Equatable, Sendable {
    public var id: ArticleID
    public var title: String
    @NullWhenAbsent public var publication: String?
    @NullWhenAbsent public var author: String?
    @NullWhenAbsent public var url: String?
    @NullWhenAbsent public var published: String?

    public init(_ article: Article) {
        id = article.id
        title = article.metadata.title ?? "Untitled"
        publication = article.metadata.publication
        author = article.metadata.author
        url = article.metadata.url
        published = article.metadata.published
    }

    enum CodingKeys: String, CodingKey { case id, title, publication, author, url, published }
}
