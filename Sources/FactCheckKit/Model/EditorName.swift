import Foundation

/// Editors' names as the history records them: the same rules wherever a name is typed (`--editor`,
/// `$FACTCHECK_EDITOR`, `assign --to`, `claims --assignee`, `report --editor`).
public enum EditorName {
    /// The name without surrounding white space. Refused when nothing is left, or when it holds a control
    /// character (a line break, an escape, a bidirectional override), which could forge a line of history.
    /// `source` names where it came from, for the message: "--editor", "FACTCHECK_EDITOR".
    public static func normalized(_ raw: String, source: String) throws(InputError) -> String {
        let name = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.isEmpty { throw .emptyName(source: source) }
        if TerminalText.hasControlCharacters(name) { throw .controlCharacterInName(source: source) }
        return name
    }
}
