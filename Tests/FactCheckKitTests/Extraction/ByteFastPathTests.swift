import Foundation
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

    @Test("containsByte is utf8.contains")
    func containsByte() {
        for text in Self.texts {
            for byte: UInt8 in [0x20, 0x27, 0x2E, 0x73, 0xCC, 0x99] {
                #expect(text.containsByte(byte) == text.utf8.contains(byte), "\(text)")
            }
        }
    }

    @Test("a token's capital is read from its first byte as from its text")
    func tokenCapital() {
        for text in ["Okafor", "okafor", "Ödegaard", "ödegaard", "Élysée", "1Password", "’Tis", "A"] {
            let first = Token(kind: .word, start: 0, end: text.utf8.count, text: text, attached: false, firstByte: text.utf8.first)
            let read = Token(kind: .word, start: 0, end: text.utf8.count, text: text, attached: false)
            #expect(first.isCapitalized == read.isCapitalized, "\(text)")
            #expect(read.isCapitalized == (text.first?.isUppercase == true), "\(text)")
        }
        #expect(Tokenizer.tokens("Ödegaard scored").first?.isCapitalized == true)
        #expect(Tokenizer.tokens("the 12 Apostles").map(\.isCapitalized) == [false, false, true])
    }

    @Test("the roles that stand for word lists (run openers, publishing verbs, organisation words) hold for exactly the listed words")
    func listRoles() {
        let others = ["Theory", "Inside", "release", "publisher", "Okafor", "Ödegaard", "THE", "issued-bonds", "and’s", "x", "Banks"]
        let words = Array(SourceFinder.runOpeners) + SourceFinder.publishingVerbs + Array(SourceFinder.organisationWords) + others
        for word in words + words.map { $0.capitalized } + words.map { $0.uppercased() } {
            guard let token = Tokenizer.tokens(word).first, token.isWord else { continue }
            #expect(token.roles.contains(.runOpener) == SourceFinder.runOpeners.contains(token.lowered), "\(word)")
            #expect(token.roles.contains(.publishingVerb) == SourceFinder.publishingVerbs.contains(token.lowered), "\(word)")
            #expect(token.roles.contains(.organisationWord) == SourceFinder.organisationWords.contains(token.lowered), "\(word)")
        }
        #expect(Tokenizer.tokens("But Okafor issued a report").map { $0.roles.contains(.runOpener) } == [true, false, false, true, false])
        #expect(Tokenizer.tokens("The agency Published data").map { $0.roles.contains(.publishingVerb) } == [false, false, true, false])
    }

    @Test("page furniture by its opening, in any case, and a byline, read by bytes first")
    func furnitureOpenings() {
        func furniture(_ line: String) -> Bool {
            var line = line
            return line.withUTF8 { PageNoise.isFurniture($0, alone: false) }
        }
        #expect(furniture("PHOTO: The harbour at dawn, where the ferries berth every morning before the first crossing."))
        #expect(furniture("Read More about the harbour tolls and the ferry board's vote on the new fares for next year."))
        #expect(furniture("© 2011 Lakeside Courier. Reproduction of this article in any form is forbidden without consent."))
        #expect(furniture("Clockwise from top: the harbour; the ferry board; the mayor at the vote on Monday. And more."))
        #expect(furniture("By Dana Okafor"))
        #expect(!furniture("The ferry board raised fares by 12 percent on Monday, the third rise in as many years."))
        #expect(!furniture("Photographers gathered at the harbour on Monday, where the ferry board raised fares by 12 percent."))
    }

    @Test("firstSpace is firstIndex(of: \" \"), and joiningSpacedPoints is replacingOccurrences(of: \" .\", with: \".\")")
    func spaceAndPoint() {
        let more = ["Acme Corp .", "U .S . officials", "  . .", "Zürich Corp .", "a \u{301}. b", "no points here", " .", "."]
        for text in Self.texts + more {
            #expect(text.firstSpace == text.firstIndex(of: " "), "\(text)")
            #expect(text.joiningSpacedPoints() == text.replacingOccurrences(of: " .", with: "."), "\(text)")
        }
    }

    @Test("every prompt phrase is found wherever it stands, its first letter in either case; a near miss is not")
    func promptPhrases() {
        func prompt(_ text: String) -> Bool {
            var text = text
            return text.withUTF8 { PageNoise.isPrompt($0) }
        }
        for phrase in PageNoise.promptWords {
            let capital = phrase.prefix(1).uppercased() + phrase.dropFirst()
            #expect(prompt("\(capital) and get every story first."), "\(phrase)")
            #expect(prompt("Quality journalism matters: \(phrase)"), "\(phrase)")
            #expect(prompt("Quality journalism matters, \(phrase) today."), "\(phrase)")
            // The phrase with its last letter changed is no prompt.
            let broken = String(phrase.dropLast()) + (phrase.last == "x" ? "y" : "x")
            #expect(!prompt("Quality journalism matters, \(broken) today."), "\(phrase)")
        }
    }

    @Test("a token's text, lower case and roles are what its bytes give, whether the role table lists it or not")
    func internedWords() {
        let sentences = [
            "The police SAID the company's first-ever report was released on Monday, according to The Times.",
            "Zürich said one-third of the 12 people in THE city were there, Mr Okafor told reporters.",
            "It rose 4% in May; She and he said: \"we will\" — percent per cent.",
        ]
        for sentence in sentences {
            var bytes = Array(sentence.utf8)
            let tokens = Tokenizer.tokens(sentence)
            #expect(!tokens.isEmpty)
            for token in tokens {
                let text = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
                #expect(token.text == text, "\(text)")
                guard token.isWord, !text.contains("’") else { continue }
                #expect(token.lowered == text.lowercased(), "\(text)")
                let roles = bytes.withUnsafeMutableBufferPointer { all in
                    WordRoles.of(token.lowered, written: UnsafeBufferPointer(rebasing: all[token.start..<token.end]), hyphenated: text.contains("-"))
                }
                #expect(token.roles == roles, "\(text)")
            }
        }
        // A listed word's string is the one the table made, and equal to the word read from the bytes.
        #expect(Tokenizer.tokens("The said").map(\.lowered) == ["the", "said"])
        #expect(RoleTable.commonWords.count == Set(RoleTable.commonWords).count)
    }
}
