import Testing
@testable import FactCheckKit

/// The extractor's byte-level fast paths answer exactly what the general (Character or String) way answers:
/// speed work must never change an output (issue 14).
@Suite("Byte fast paths agree with the general way")
struct ByteFastPathTests {
    /// Texts with single and double spaces, edges, non-ASCII letters, a space before a combining mark (no separator
    /// as Characters), curly and straight apostrophes and a combining mark before one.
    static let texts: [String] = [
        "", " ", "  ", "Bank of England", " the  Office for  National Statistics ", "U.N.", "UNHCR", "NOAA said",
        "the country's electoral commission", "Toyota’s", "Britain's", "'s", "’s", "s", "Ross", "Zürich Insurance Group",
        "café society", "a \u{301}b c", "e\u{301}'s", "x\u{301}’s", "Schrödinger’s cat", "the world's biggest carmaker",
        "Acme Motors Corp.", "the Bank...", "... of", "oF THE Board", "Ministry of Défense", "St. Bernard Parish",
    ]

    @Test("spaceSeparated() gives split(separator: \" \"), for strings and substrings")
    func spaceSeparated() {
        for text in Self.texts {
            #expect(text.spaceSeparated() == text.split(separator: " "), "\(text)")
            let inner = text.dropFirst()
            #expect(inner.spaceSeparated() == inner.split(separator: " "), "\(text)")
        }
    }

    @Test("endsWithPossessiveS is hasSuffix(\"'s\") || hasSuffix(\"’s\")")
    func possessive() {
        for text in Self.texts + Self.texts.flatMap({ $0.spaceSeparated().map(String.init) }) {
            #expect(text.endsWithPossessiveS == (text.hasSuffix("'s") || text.hasSuffix("’s")), "\(text)")
            let inner = text.dropFirst()
            #expect(inner.endsWithPossessiveS == (inner.hasSuffix("'s") || inner.hasSuffix("’s")), "\(text)")
        }
    }

    @Test("contains(lowercasing:) is contains(word.lowercased()), for ASCII and other words")
    func lowercasingLookup() {
        let words: [String] = Self.texts.flatMap { $0.spaceSeparated().map(String.init) } + ["President", "PRESIDENT", "Präsident", "MONDAY", "Ｍonday", "KING"]
        for set in [SourceFinder.titles, Lexicon.weekdays, SourceFinder.nonPersonWords] {
            for word in words {
                #expect(set.contains(lowercasing: word) == set.contains(word.lowercased()), "\(word)")
            }
        }
        #expect(SourceFinder.titles.contains(lowercasing: "PRESIDENT"))
        #expect(!SourceFinder.titles.contains(lowercasing: "Präsident"))
    }

    @Test("isOrganisation reads names of bodies and acronyms, and nothing else")
    func organisation() {
        #expect(SourceFinder.isOrganisation("Bank of England"))
        #expect(SourceFinder.isOrganisation("Office for National Statistics"))
        #expect(SourceFinder.isOrganisation("UNHCR"))
        #expect(SourceFinder.isOrganisation("U.N."))
        #expect(SourceFinder.isOrganisation("Zürich Insurance Group"))
        #expect(SourceFinder.isOrganisation("Ministry of Défense"))
        #expect(!SourceFinder.isOrganisation("Dana Okafor"))
        #expect(!SourceFinder.isOrganisation("Nasa"))
        #expect(SourceFinder.isOrganisation("the Bank..."))
        #expect(!SourceFinder.isOrganisation("..."))
        #expect(!SourceFinder.isOrganisation("Bank in England"))
        #expect(!SourceFinder.isOrganisation("One Two Three Four Five Six Seven Eight Nine Bank"))
        // The ASCII path answers what reading word by word answers.
        for text in Self.texts + ["Bank in England", "..."] {
            var bytes = text
            let general = bytes.withUTF8 { SourceFinder.isOrganisation(wordByWord: $0) }
            #expect(SourceFinder.isOrganisation(text) == general, "\(text)")
        }
        // ASCII and non-ASCII names take different paths: the same name with an accent answers the same.
        for (ascii, accented) in [("Zurich Insurance Group", "Zürich Insurance Group"), ("Cafe Society", "Café Society")] {
            #expect(SourceFinder.isOrganisation(ascii) == SourceFinder.isOrganisation(accented), "\(ascii)")
        }
    }
}
