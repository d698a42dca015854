/// Something ingest repaired or doubted in an article that was still stored; the command says it on standard error.
public enum IngestWarning: Equatable, Sendable, CustomStringConvertible {
    /// Bytes that were not UTF-8 were replaced with U+FFFD. `source` is the file's path or "standard input".
    case invalidUTF8Replaced(source: String)

    public var description: String {
        switch self {
        case .invalidUTF8Replaced(let source): "\(source): invalid UTF-8 replaced with U+FFFD"
        }
    }
}
