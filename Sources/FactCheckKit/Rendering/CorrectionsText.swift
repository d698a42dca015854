/// `corrections` as plain text: one block per correction, newest first, as readers would read it.
public enum CorrectionsText {
    public static func render(_ corrections: [Correction]) -> String {
        guard !corrections.isEmpty else { return "No corrections: no published verdict has been changed.\n" }
        var out = "Corrections (\(corrections.count), newest first):\n"
        for entry in corrections {
            out += "\n\(entry.at.prefix(10))  claim \(entry.claimID)  \(entry.summary)\n"
            out += "  claim: " + ClaimList.oneLine(entry.claimText) + "\n"
            out += "  published: " + describe(entry.publishedStatus, entry.publishedNote) + "\n"
            if let now = entry.newStatus, entry.kind != .unpublished {
                out += "  now: " + describe(now, entry.newNote) + "\n"
            }
            out += "  why: " + ClaimList.oneLine(entry.reason) + "\n"
        }
        return out
    }

    private static func describe(_ status: ClaimStatus, _ note: String?) -> String {
        (ClaimRating(status)?.name ?? status.rawValue) + (note.map { " — " + ClaimList.oneLine($0) } ?? "")
    }
}
