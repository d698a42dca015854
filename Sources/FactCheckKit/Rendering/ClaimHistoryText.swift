/// `history` as plain text: one entry per change, notes and replaced text kept verbatim (indented when multi-line).
public enum ClaimHistoryText {
    public static func render(_ history: ClaimHistory) -> String {
        var out = "Claim \(history.claimID) · \(history.status.rawValue)"
        out += history.assignee.map { " · assigned to \(TerminalText.name($0))" } ?? " · unassigned"
        out += "\n> " + TerminalText.escaped(ClaimList.oneLine(history.text)) + "\n\n"
        out += "History (\(history.events.count) entr\(history.events.count == 1 ? "y" : "ies"), oldest first):\n"
        for event in history.events {
            var summary = event
            summary.note = nil
            // An editor's name or a note holding a line break or an escape could otherwise print a forged entry.
            out += "  \(event.at)  \(TerminalText.name(event.editor))  \(TerminalText.name(HistoryText.describe(summary)))\n"
            if event.action == .textEdited {
                out += field("was", event.from)
                out += field("now", event.to)
            }
            out += field("why", event.note)
        }
        return out
    }

    private static func field(_ label: String, _ value: String?) -> String {
        guard let value else { return "" }
        let lines = value.split(separator: "\n", omittingEmptySubsequences: false)
        return "      \(label): " + lines.map { TerminalText.escaped(String($0)) }.joined(separator: "\n           ") + "\n"
    }
}
