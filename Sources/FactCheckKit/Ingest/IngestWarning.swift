/// Something ingest repaired or doubted in an article that was still stored; the command says it on standard error.
public enum IngestWarning: Equatable, Sendable, CustomStringConvertible {
    /// Bytes that were not UTF-8 were replaced with U+FFFD. `source` is the file's path or "standard input".
    case invalidUTF8Replaced(source: String)
    /// The header's date is not a calendar date (YYYY-MM-DD), so no date was stored; `written` is what it said.
    case dateNotStored(source: String, written: String)
    /// The article has too many claims to match at ingest (`Ingestor.matchingClaimLimit`); they are stored.
    case notMatched(source: String, article: ArticleID, claims: Int)

    public var description: String {
        switch self {
        case .invalidUTF8Replaced(let source): "\(source): invalid UTF-8 replaced with U+FFFD"
        case .dateNotStored(let source, let written):
            "\(source): the date '\(TerminalText.escaped(String(written.prefix(40))))' is not a calendar date (YYYY-MM-DD); it was not stored"
        case .notMatched(let source, let article, let claims):
            "\(source): article \(article) has \(claims) claims, too many to match at ingest; they are stored. "
                + "Match them with 'factcheck match --refresh --article \(article)'"
        }
    }
}
