import Foundation

/// A value typed by the user that is not acceptable.
public enum InputError: FactCheckFailure, Equatable {
    case invalidURL(String)
    case urlTooLong(Int)
    case invalidDate(String)
    case emptyValue(option: String)
    case emptyName(source: String)
    case controlCharacterInName(source: String)

    public static let maxURLLength = 2048

    public var errorDescription: String? {
        switch self {
        case .invalidURL(let url):
            "'\(url.prefix(80))' is not an http(s) URL; give a full address such as https://example.org/report"
        case .urlTooLong(let length):
            "the URL is \(length) characters long, over the \(InputError.maxURLLength)-character limit; give a shorter link"
        case .invalidDate(let text):
            "'\(text.prefix(40))' is not a date; write it as YYYY-MM-DD"
        case .emptyValue(let option):
            "\(option) is empty; give it a value or leave it out"
        case .emptyName(let source):
            "\(source) is empty; give a name"
        case .controlCharacterInName(let source):
            "\(source) holds a control character (a tab, line break, escape or direction override); give a plain name"
        }
    }

    public var exitStatus: ExitStatus { .usage }
}

/// Checks the values editors type before they reach the database.
public enum InputValidation {
    /// An absolute http or https URL with a host and no spaces.
    public static func url(_ text: String) throws(InputError) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.count > InputError.maxURLLength { throw .urlTooLong(trimmed.count) }
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://"),
              !trimmed.contains(where: { $0.isWhitespace || $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } == true }),
              let components = URLComponents(string: trimmed), let host = components.host, !host.isEmpty else {
            throw .invalidURL(trimmed)
        }
        // Store the scheme in lower case so the schema's CHECK and readers agree.
        return lower.hasPrefix("https://") ? "https://" + trimmed.dropFirst(8) : "http://" + trimmed.dropFirst(7)
    }

    /// A non-empty value after trimming, or nil when none was given.
    public static func optionalText(_ text: String?, option: String) throws(InputError) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { throw .emptyValue(option: option) }
        return text
    }
}
