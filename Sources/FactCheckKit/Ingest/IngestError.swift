import Foundation

/// Why an article could not be read, with what to do about it.
public enum IngestError: FactCheckFailure, Equatable {
    case missingPath(String)
    case nothingToIngest(String)
    case emptyFile(String)
    case binaryFile(String)
    case unreadable(String, reason: String)
    case tooLarge(String, bytes: Int, limit: Int)
    /// An input of unknown size (standard input, a pipe) that went on past the limit; reading stopped there.
    case overLimit(String, limit: Int)
    case noBody(String)
    case oneArticleOnly(option: String)

    public var errorDescription: String? {
        switch self {
        case .missingPath(let path):
            "no such file or folder: '\(path)'; check the path"
        case .nothingToIngest(let path):
            "'\(path)' holds no .txt, .md or .html articles; pass article files or a folder that has some"
        case .emptyFile(let path):
            "'\(path)' is empty; nothing to ingest"
        case .binaryFile(let path):
            "'\(path)' is not text (it holds NUL bytes); pass a .txt, .md or .html article"
        case .unreadable(let path, let reason):
            "cannot read '\(path)': \(reason)"
        case .tooLarge(let path, let bytes, let limit):
            "'\(path)' is \(bytes) bytes, over the \(limit)-byte limit; raise it with --max-bytes if the article is real"
        case .overLimit(let path, let limit):
            "'\(path)' goes on past the \(limit)-byte limit (reading stopped there); raise it with --max-bytes if the article is real"
        case .noBody(let path):
            "'\(path)' has a header but no article text; nothing to ingest"
        case .oneArticleOnly(let option):
            "\(option) names one article, but several are being ingested; ingest that file on its own"
        }
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .missingPath, .nothingToIngest: .noInput
        case .emptyFile, .binaryFile, .tooLarge, .overLimit, .noBody: .dataError
        case .unreadable: .ioError
        case .oneArticleOnly: .usage
        }
    }
}

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

    /// A date written YYYY-MM-DD (or a date DateText can read), returned as YYYY-MM-DD.
    public static func date(_ text: String) throws(InputError) -> String {
        guard let iso = DateText.isoDate(text) else { throw .invalidDate(text) }
        return iso
    }

    /// A non-empty value after trimming, or nil when none was given.
    public static func optionalText(_ text: String?, option: String) throws(InputError) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { throw .emptyValue(option: option) }
        return text
    }
}
