import Foundation

/// What every public report shares: the settings it needs and how it words headlines, ratings and dates for readers.
/// The rules for *which* claims a public report shows live in `ReportWriter` (published verdicts only).
enum PublicReport {
    /// A public report is signed by the organisation: its name and home page must be set.
    static let requiredSettings: [SettingKey] = [.organisationName, .organisationURL]

    /// The verdict as readers read it: the ClaimReview rating name ("True", "False", "Misleading").
    static func rating(_ status: ClaimStatus) -> String { ClaimRating(status)?.name ?? status.rawValue }

    /// The day of a stored UTC time stamp (`2026-01-04`): readers get dates, not the desk's milliseconds.
    static func day(_ timestamp: String) -> String { String(timestamp.prefix(10)) }

    /// The article as readers see it: its headline (see `headline`), or, where the article had none and the ingest fell
    /// back on its file name, the story's opening words: a file name is not a headline.
    static func article(_ article: Article) -> ArticleReference {
        var reference = ArticleReference(article)
        if let path = article.sourcePath, reference.title == URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent {
            reference.title = openingWords(article.body)
        }
        reference.title = headline(reference.title)
        return reference
    }

    /// The first sentence of a story, cut at a word near 90 characters.
    static func openingWords(_ body: String, limit: Int = 90) -> String {
        let first = body.split(whereSeparator: \.isNewline).first.map(String.init) ?? body
        var sentence = first.range(of: ". ").map { String(first[..<$0.lowerBound]) } ?? first
        sentence = sentence.trimmingCharacters(in: .whitespaces)
        guard sentence.count > limit else { return sentence }
        let cut = sentence.prefix(limit)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }

    /// The article's headline for readers. Wire copy often sets headlines in capitals; those are put in title case
    /// (short words lower case, words with digits or symbols such as "$48" kept as written).
    static func headline(_ title: String) -> String {
        let letters = title.filter(\.isLetter)
        guard letters.count >= 4, letters.allSatisfy({ $0.isUppercase || !$0.isCased }) else { return title }
        let words = title.split(separator: " ", omittingEmptySubsequences: false)
        return words.enumerated().map { index, word -> String in
            guard word.allSatisfy({ $0.isLetter || $0 == "'" || $0 == "’" || $0 == "-" }), !word.isEmpty else { return String(word) }
            let lower = word.lowercased()
            if index > 0, smallWords.contains(lower) { return lower }
            return lower.prefix(1).uppercased() + lower.dropFirst()
        }.joined(separator: " ")
    }

    private static let smallWords: Set<String> = [
        "a", "an", "and", "as", "at", "but", "by", "for", "in", "nor", "of", "on", "or", "the", "to", "up", "vs",
    ]

    /// The facts shown under a claim: who said it and where the figure comes from.
    static func facts(_ claim: Claim) -> [(label: String, value: String)] {
        var facts: [(String, String)] = []
        if let speaker = claim.speaker { facts.append(("Said by", speaker)) }
        if let attribution = claim.attribution { facts.append(("Attributed to", attribution)) }
        return facts
    }
}
