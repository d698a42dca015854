/// Why adding, revoking or signing in an editor failed. Nothing was changed when one is thrown.
public enum EditorError: FactCheckFailure, Equatable {
    case invalidName(String)
    case alreadyExists(String)
    case notFound(String)

    public var errorDescription: String? {
        switch self {
        case .invalidName(let name):
            "'\(name.prefix(40))' is not an editor name; use 1 to 64 letters, digits, '.', '-' or '_'"
        case .alreadyExists(let name):
            "editor \(name) already exists; revoke them first to issue a new token"
        case .notFound(let name):
            "no active editor named \(name.prefix(64)); list them with 'factcheck editor list'"
        }
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .invalidName: .usage
        case .alreadyExists, .notFound: .dataError
        }
    }
}
