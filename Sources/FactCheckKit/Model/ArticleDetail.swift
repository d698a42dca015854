/// Everything `factcheck article` tells about one article: its metadata, its body and its claims in reading order.
public struct ArticleDetail: Encodable, Sendable {
    public var article: Article
    public var claims: [Claim]

    enum CodingKeys: String, CodingKey { case id, title, publication, author, url, published, body, claims }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        let metadata = article.metadata
        try container.encode(article.id, forKey: .id)
        try container.encode(metadata.title ?? "Untitled", forKey: .title)
        try container.encode(metadata.publication, forKey: .publication)
        try container.encode(metadata.author, forKey: .author)
        try container.encode(metadata.url, forKey: .url)
        try container.encode(metadata.published, forKey: .published)
        try container.encode(article.body, forKey: .body)
        try container.encode(claims, forKey: .claims)
    }
}
