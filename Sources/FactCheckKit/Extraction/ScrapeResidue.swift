/// Recognises paragraphs that are scraping residue in news feeds, not article text:
/// "?? ??" placeholders, photo credits and captions, and e-paper footers ("Newspapers in English").
enum ScrapeResidue {
    static func isResidue(_ paragraph: String) -> Bool {
        if paragraph.contains("??") { return true }
        if paragraph.hasPrefix("Newspapers in ") || paragraph.hasPrefix("Newspapers from ") { return true }
        // A credit in capitals at the start: "HERALD FILE PHOTO; AP PHOTO, BELOW EXPLOITATION: ..."
        let head = paragraph.prefix(60)
        if head.contains("PHOTO") || head.contains("GETTY IMAGES") || head.contains("ILLUSTRATION") {
            let letters = head.filter(\.isLetter)
            let capitals = letters.filter(\.isUppercase)
            if letters.count > 0, Double(capitals.count) / Double(letters.count) > 0.6 { return true }
        }
        // Nothing to read: only punctuation and symbols.
        return !paragraph.contains { $0.isLetter || $0.isNumber }
    }

    /// A pull quote repeats a line of the body in display type: `‘...’ — CHERIE JIMENEZ, EVA Center founder`.
    /// Returns the quoted words so the caller can drop it when the body already has them.
    static func pullQuoteText(_ paragraph: String) -> String? {
        guard let first = paragraph.first, "‘“\"'".contains(first) else { return nil }
        guard let dash = paragraph.range(of: " — ") ?? paragraph.range(of: " – ") ?? paragraph.range(of: " - ") else { return nil }
        let tail = paragraph[dash.upperBound...]
        guard tail.prefix(1).first?.isUppercase == true else { return nil }
        return String(paragraph[..<dash.lowerBound])
    }

    /// Letters and digits only, lower-cased: the form used to spot repeats.
    static func normalized(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
    }
}
