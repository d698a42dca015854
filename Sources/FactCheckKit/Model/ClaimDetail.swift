/// Everything `show` tells about one claim: the claim, where it stands in its article, its evidence and history.
public struct ClaimDetail: Encodable, Sendable {
    public var claim: Claim
    public var article: ArticleReference
    /// The sentences just before and after the claim in the article.
    public var before: String?
    public var after: String?
    public var evidence: [Evidence]
    public var history: [HistoryEvent]
}

/// The article a claim came from, without its body.
public struct ArticleReference: Encodable, Equatable, Sendable {
    public var id: ArticleID
    public var title: String
    public var publication: String?
    public var author: String?
    public var url: String?
    public var published: String?

    public init(_ article: Article) {
        id = article.id
        title = article.metadata.title ?? "Untitled"
        publication = article.metadata.publication
        author = article.metadata.author
        url = article.metadata.url
        published = article.metadata.published
    }

    enum CodingKeys: String, CodingKey { case id, title, publication, author, url, published }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(publication, forKey: .publication)
        try c.encode(author, forKey: .author)
        try c.encode(url, forKey: .url)
        try c.encode(published, forKey: .published)
    }
}
