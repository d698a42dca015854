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
            "'\(path)' is \(bytes) bytes, over the \(limit)-byte limit; raise the limit if the article is real"
        case .overLimit(let path, let limit):
            "'\(path)' goes on past the \(limit)-byte limit (reading stopped there); raise the limit if the article is real"
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

extension InputValidation {
    /// A date written YYYY-MM-DD (or a date DateText can read), returned as YYYY-MM-DD.
    public static func date(_ text: String) throws(InputError) -> String {
        guard let iso = DateText.isoDate(text) else { throw .invalidDate(text) }
        return iso
    }
}
