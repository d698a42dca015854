import Foundation

/// A setting stored in the database. Closed set: `factcheck config` accepts these keys and no others.
public enum SettingKey: String, CaseIterable, Sendable, Comparable {
    /// The fact-checking organisation's name, the `author` of every ClaimReview.
    case organisationName = "org.name"
    /// The organisation's home page.
    case organisationURL = "org.url"
    /// Where a published fact-check lives, with `{id}` standing for the claim's id.
    case reviewURL = "review.url"
    /// The organisation's logo, an http(s) image address shown at the top of public reports.
    case organisationLogo = "org.logo"
    /// Whether a verdict waits for a second editor's review before it can be published (default true).
    case reviewRequired = "review.required"

    /// What the setting is for, in a line `config list` and `--help` can show.
    public var summary: String {
        switch self {
        case .organisationName: "the fact-checking organisation's name (ClaimReview author)"
        case .organisationURL: "the organisation's home page, an http(s) URL"
        case .reviewURL: "the published fact-check's URL, with {id} for the claim id"
        case .organisationLogo: "the organisation's logo, an http(s) image URL (public reports)"
        case .reviewRequired: "true (default) or false: whether a verdict needs a second editor's approval"
        }
    }

    /// An example value, used in messages that tell the editor how to set it.
    public var example: String {
        switch self {
        case .organisationName: "\"Example Fact Check\""
        case .organisationURL: "https://factcheck.example.org"
        case .reviewURL: "\"https://factcheck.example.org/checks/{id}\""
        case .organisationLogo: "https://factcheck.example.org/logo.png"
        case .reviewRequired: "false"
        }
    }

    public static func < (lhs: SettingKey, rhs: SettingKey) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Checks and normalises a value for this key before it is stored.
    public func validate(_ value: String) throws(SettingError) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .emptyValue(self) }
        switch self {
        case .organisationName:
            guard !trimmed.contains(where: \.isNewline) else { throw .multiline(self) }
            guard trimmed.count <= Self.maxNameLength else { throw .tooLong(self, limit: Self.maxNameLength) }
            return trimmed
        case .organisationURL, .organisationLogo:
            return try Self.url(trimmed, for: self)
        case .reviewRequired:
            switch trimmed.lowercased() {
            case "true", "yes", "on": return "true"
            case "false", "no", "off": return "false"
            default: throw .notABoolean(self, trimmed)
            }
        case .reviewURL:
            guard trimmed.contains(Self.idPlaceholder) else { throw .missingPlaceholder(trimmed) }
            // `{` and `}` are not URL characters: check the address the pattern makes for a sample id.
            _ = try Self.url(trimmed.replacingOccurrences(of: Self.idPlaceholder, with: "1"), for: self, shown: trimmed)
            let lower = trimmed.lowercased()
            return lower.hasPrefix("https://") ? "https://" + trimmed.dropFirst(8) : "http://" + trimmed.dropFirst(7)
        }
    }

    public static let idPlaceholder = "{id}"
    static let maxNameLength = 200

    private static func url(_ text: String, for key: SettingKey, shown: String? = nil) throws(SettingError) -> String {
        do {
            return try InputValidation.url(text)
        } catch {
            throw .invalidURL(key, shown ?? text)
        }
    }
}

/// The settings a report reads, as stored.
public struct ReportSettings: Sendable, Equatable {
    public var values: [SettingKey: String]

    public init(_ values: [SettingKey: String] = [:]) { self.values = values }

    public subscript(key: SettingKey) -> String? { values[key] }

    /// The fact-check's published address for a claim: the review.url pattern with `{id}` filled in.
    public func reviewURL(for claim: ClaimID) -> String? {
        values[.reviewURL]?.replacingOccurrences(of: SettingKey.idPlaceholder, with: String(claim.rawValue))
    }
}

/// A setting that cannot be stored or is missing, with what to do about it.
public enum SettingError: FactCheckFailure, Equatable {
    case unknownKey(String)
    case emptyValue(SettingKey)
    case multiline(SettingKey)
    case tooLong(SettingKey, limit: Int)
    case invalidURL(SettingKey, String)
    case missingPlaceholder(String)
    case notABoolean(SettingKey, String)
    case notSet(SettingKey)

    public var errorDescription: String? {
        switch self {
        case .unknownKey(let key):
            "unknown setting '\(key.prefix(60))'; known settings: \(SettingKey.allCases.map(\.rawValue).joined(separator: ", "))"
        case .emptyValue(let key):
            "\(key.rawValue) cannot be empty; give a value such as \(key.example)"
        case .multiline(let key):
            "\(key.rawValue) must be one line; give a value such as \(key.example)"
        case .tooLong(let key, let limit):
            "\(key.rawValue) is longer than \(limit) characters; give a shorter value"
        case .invalidURL(let key, let text):
            "\(key.rawValue) '\(text.prefix(80))' is not an http(s) URL; give a full address such as \(key.example)"
        case .missingPlaceholder(let text):
            "review.url '\(text.prefix(80))' has no {id}; put {id} where the claim id goes, as in \(SettingKey.reviewURL.example)"
        case .notABoolean(let key, let text):
            "\(key.rawValue) '\(text.prefix(40))' is not true or false; give one of them, as in 'factcheck config set \(key.rawValue) false'"
        case .notSet(let key):
            "\(key.rawValue) is not set; set it with 'factcheck config set \(key.rawValue) \(key.example)'"
        }
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .notSet: .dataError
        default: .usage
        }
    }
}
