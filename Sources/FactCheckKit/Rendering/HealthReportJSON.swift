/// `check --format json`: `{"healthy", "problems", "schema_version", "contents": {"articles", "claims", "evidence", "history_entries"}}`.
extension HealthReport: Encodable {
    enum CodingKeys: String, CodingKey {
        case healthy, problems, contents
        case schemaVersion = "schema_version"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(isHealthy, forKey: .healthy)
        try container.encode(problems, forKey: .problems)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(contents, forKey: .contents)
    }
}

extension DatabaseContents: Encodable {
    enum CodingKeys: String, CodingKey {
        case articles, claims, evidence
        case events = "history_entries"
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(articles, forKey: .articles)
        try container.encode(claims, forKey: .claims)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(events, forKey: .events)
    }
}
