/// One line of `ingest --format json` (JSON Lines: one object per article, printed as its batch is committed).
///
/// Keys: `source` (the path, or "-"), `id` and `title` (null when the article failed), `claims` (found, 0 when
/// already ingested or failed), `outcome` (`ingested`, `already_ingested` or `failed`), `warnings`, and `error`
/// (the message, only when it failed).
public struct IngestRecord: Encodable, Equatable, Sendable {
    public enum Outcome: String, Encodable, Sendable {
        case ingested
        case alreadyIngested = "already_ingested"
        case failed
    }

    public var source: String
    @NullWhenAbsent public var id: ArticleID?
    @NullWhenAbsent public var title: String?
    public var claims: Int
    public var outcome: Outcome
    public var warnings: [String]
    public var error: String?

    public init(_ result: IngestResult) {
        source = result.source.displayName
        title = result.title
        warnings = result.warnings.map(\.description)
        switch result.outcome {
        case .ingested(let id, let count):
            self.id = id
            claims = count
            outcome = .ingested
        case .alreadyIngested(let id):
            self.id = id
            claims = 0
            outcome = .alreadyIngested
        }
    }

    public init(failedSource source: String, error: String) {
        self.source = source
        claims = 0
        outcome = .failed
        warnings = []
        self.error = error
    }

    enum CodingKeys: String, CodingKey { case source, id, title, claims, outcome, warnings, error }
}
