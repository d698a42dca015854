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

    /// Text made of the pieces the byte paths must decide like the general ones: digits with commas and points,
    /// apostrophes of both kinds, URL and handle marks, letters outside ASCII, digits of another script.
    private static func randomTexts(count: Int) -> [String] {
        let pieces = ["1", "23", "4,567", "8.9", ",", ".", "12,34", "1,234,5678", "3.", " ", " ", "  ", "word", "Words", "it's",
                      "dogs'", "’tis", "www.", "WwW.Example", "/", "http://x.y/z", "@", "@JoeBiden", "#Tag", "-", "é", "٣٤",
                      "\r\n", "ies", "classes", "running", "voted", "lines", "US", "'", "’", "t.co/x", "w", "W."]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in (0..<next(30)).map { _ in pieces[next(pieces.count)] }.joined() }
    }

    @Test func byteScansAnswerAsThePatternAndCharactersDo() {
        for text in Self.randomTexts(count: 3_000) {
            #expect(MatchFigure.digitRuns(text) == MatchFigure.digitRunsByPattern(text), "\(text)")
            #expect(MatchText.words(text).map(String.init) == MatchText.wordsByCharacter(text).map(String.init), "\(text)")
            #expect(MatchText.clean(text) == MatchText.cleanPieceByPiece(text), "\(text)")
            for word in MatchText.words(text.lowercased()) {
                #expect(MatchText.stem(String(word)) == MatchText.stemByCharacter(String(word)), "\(word)")
            }
        }
        for word in ["ties", "dies", "classes", "bushes", "watches", "boxes", "cats", "glass", "bus", "this", "sings", "ring",
                     "voted", "bed", "need", "sings", "rate", "the", "studies", "running", "uses", "axes", "ies", "is", "us"] {
            #expect(MatchText.asciiStem(word) == MatchText.stemByCharacter(word), "\(word)")
        }
    }
}
