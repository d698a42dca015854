import Foundation
import Testing
@testable import FactCheckKit

/// MatchText decides ASCII words from their bytes and trims apostrophes scalar by scalar: the same answers as the
/// Unicode properties and Foundation's trimming it stands in for, on every kind of character it meets.
@Suite struct MatchTextFastPathTests {
    private let samples: [String] = [
        "a", "Z", "0", "9", "'", "’", "‘", " ", "-", ".", "_", "\r\n", "\n", "\t", "@", "#", "/", "é", "ß", "Ω", "٣", "½",
        "Ⅻ", "中", "👍", "e\u{301}", "'\u{301}", "’\u{301}", "\u{301}", "ﬁ",
    ]

    @Test func wordCharactersAreTheLettersDigitsAndApostrophesOfUnicode() {
        for sample in samples {
            let character = Character(sample)
            let unicode = character.isLetter || character.isNumber || character == "'" || character == "’"
            #expect(MatchText.isWordCharacter(character) == unicode, "\(sample.unicodeScalars.map { $0.value })")
        }
    }

    @Test func apostrophesAreTrimmedAsFoundationTrimsThem() {
        let apostrophes = CharacterSet(charactersIn: "'’")
        let words = ["it's", "'quoted'", "’tis", "dogs’", "''", "’", "'’word’'", "o'clock'", "'\u{301}x", "x’\u{301}", "naïve'", ""]
        for word in words {
            #expect(MatchText.trimmingApostrophes(Substring(word)) == word.trimmingCharacters(in: apostrophes), "\(word)")
        }
    }

    @Test func plainWordsSkipTheURLAndHandleChecksWithTheSameResult() {
        #expect(MatchText.clean("Walls and www.example.com, WWW.Example.org and W. Smith") == "Walls and   and W. Smith ")
        #expect(MatchText.clean("see http://x.y or t.co/abc, not t.co") == "see  or  not t.co ")
        #expect(MatchText.clean("thanks @JoeBiden and #StopTheSteal") == "thanks Joe Biden and Stop The Steal ")
    }
}
