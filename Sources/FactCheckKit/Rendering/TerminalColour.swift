/// Colour for statuses in terminal tables: only on a terminal, never in a pipe or file, and never when the
/// `NO_COLOR` environment variable is set to anything (https://no-color.org) or `TERM` is `dumb`.
public enum TerminalColour {
    /// Whether a table written to standard output may be coloured.
    public static func enabled(outputIsTerminal: Bool, environment: [String: String]) -> Bool {
        guard outputIsTerminal else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// `text` (already padded to its column) in the status's colour: verdicts that hold green, against the claim
    /// red, contested yellow, in progress cyan; unverified as it is.
    public static func status(_ status: ClaimStatus, _ text: String) -> String {
        let code: String
        switch status {
        case .verified: code = "32"
        case .false, .misleading: code = "31"
        case .disputed, .unverifiable: code = "33"
        case .inReview: code = "36"
        case .unverified: return text
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
