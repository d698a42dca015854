import FactCheckKit

/// "1 claim", "2 claims": counts in messages read as English.
func counted(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
    "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
}

extension DatabaseContents {
    /// What a database or backup holds, in words.
    var described: String {
        [counted(articles, "article"), counted(claims, "claim"), counted(evidence, "citation"),
         counted(events, "history entry", "history entries")].joined(separator: ", ")
    }
}
