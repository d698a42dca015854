import Foundation

/// What we know about an article apart from its body.
public struct ArticleMetadata: Codable, Equatable, Sendable {
    public var title: String?
    public var publication: String?
    public var author: String?
    public var url: String?
    /// The publication date as written by ISO 8601 (`2018-04-07`), when known.
    public var published: String?

    public init(title: String? = nil, publication: String? = nil, author: String? = nil, url: String? = nil, published: String? = nil) {
        self.title = title
        self.publication = publication
        self.author = author
        self.url = url
        self.published = published
    }

    /// Fields set in `overrides` win over the ones here.
    public func overridden(by overrides: ArticleMetadata) -> ArticleMetadata {
        ArticleMetadata(
            title: overrides.title ?? title,
            publication: overrides.publication ?? publication,
            author: overrides.author ?? author,
            url: overrides.url ?? url,
            published: overrides.published ?? published
        )
    }
}

/// A stored article.
public struct Article: Codable, Equatable, Sendable {
    public var id: ArticleID
    public var metadata: ArticleMetadata
    public var body: String
    public var bodySHA256: String
    public var sourcePath: String?
    public var ingestedAt: String
    public var ingestedBy: String
}

/// One row of `factcheck articles`: an article with its claim counts by status.
public struct ArticleSummary: Encodable, Equatable, Sendable {
    public var id: ArticleID
    public var title: String
    public var publication: String?
    public var author: String?
    public var published: String?
    public var url: String?
    public var claimCount: Int
    public var countsByStatus: [ClaimStatus: Int]

    enum CodingKeys: String, CodingKey {
        case id, title, publication, author, published, url
        case claimCount = "claim_count"
        case countsByStatus = "status_counts"
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(publication, forKey: .publication)
        try container.encode(author, forKey: .author)
        try container.encode(published, forKey: .published)
        try container.encode(url, forKey: .url)
        try container.encode(claimCount, forKey: .claimCount)
        var counts: [String: Int] = [:]
        for status in ClaimStatus.allCases { counts[status.rawValue] = countsByStatus[status] ?? 0 }
        try container.encode(counts, forKey: .countsByStatus)
    }
}
