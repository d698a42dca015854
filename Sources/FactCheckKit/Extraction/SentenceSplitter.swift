import Foundation

/// Splits article text into paragraphs and sentences by scanning its UTF-8 bytes.
///
/// Survives titles ("Mr."), initials ("J."), abbreviations with inner dots ("U.S."), decimals ("$1.5"),
/// domain names ("Backpage.com") and punctuation inside quotes ("seized.”").
enum SentenceSplitter {
    /// Paragraphs: runs of lines separated by blank lines. Byte ranges, trimmed.
    static func paragraphs(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(bytes.count / 256 + 4)  // a paragraph every few hundred bytes: seldom grown
        var start = 0
        let n = bytes.count
        var lineStart = 0
        // Line by line, each end found by memchr; a line is blank when only spaces, tabs and CRs stand before it.
        if let base = bytes.baseAddress {
            while lineStart < n, let found = memchr(base + lineStart, 0x0A, n - lineStart) {
                let i = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                var k = lineStart
                while k < i, bytes[k] == 0x20 || bytes[k] == 0x09 || bytes[k] == 0x0D { k += 1 }
                if k == i {
                    appendTrimmed(bytes, start..<lineStart, into: &result)
                    start = i + 1
                }
                lineStart = i + 1
            }
        }
        appendTrimmed(bytes, start..<n, into: &result)
        return result
    }

    /// The blocks of a paragraph whose lines were pasted one under another without blank lines: a line break ends
    /// a block unless the next line plainly goes on with the sentence (it opens in lower case, or the line before
    /// ends with a comma, a hyphen or a word such as "the" that cannot end one). Byte ranges, trimmed.
    static func lineBlocks(_ bytes: UnsafeBufferPointer<UInt8>, in paragraph: Range<Int>) -> [Range<Int>] {
        guard let base = bytes.baseAddress,
              memchr(base + paragraph.lowerBound, 0x0A, paragraph.count) != nil else { return [paragraph] }
        var result: [Range<Int>] = []
        var start = paragraph.lowerBound
        var i = paragraph.lowerBound
        while i < paragraph.upperBound {
            guard bytes[i] == 0x0A else { i += 1; continue }
            var next = i + 1
            while next < paragraph.upperBound, isSpace(bytes[next]) { next += 1 }
            if next < paragraph.upperBound, !continuesLine(bytes, lineEnd: i, lineStart: start, next: next) {
                appendTrimmed(bytes, start..<i, into: &result)
                start = next
            }
            i = next
        }
        appendTrimmed(bytes, start..<paragraph.upperBound, into: &result)
        return result
    }

    /// Words that cannot end a sentence or a heading: a line ending in one runs on into the next.
    private static let runOnWords: WordSet = [
        "the", "a", "an", "of", "to", "and", "or", "in", "on", "at", "by", "for", "with", "from", "as", "that", "than",
    ]

    private static func continuesLine(_ bytes: UnsafeBufferPointer<UInt8>, lineEnd: Int, lineStart: Int, next: Int) -> Bool {
        let c = bytes[next]
        // A line in lower case goes on with the sentence, unless it is an address ("https://...", "www....").
        if c >= 0x61 && c <= 0x7A {
            let rest = UnsafeBufferPointer(rebasing: bytes[next..<min(next + 8, bytes.count)])
            return !(rest.starts(with: Array("http".utf8)) || rest.starts(with: Array("www.".utf8)))
        }
        var e = lineEnd
        while e > lineStart, isSpace(bytes[e - 1]) { e -= 1 }
        guard e > lineStart else { return false }
        let last = bytes[e - 1]
        if last == 0x2C || last == 0x2D || last == 0x28 || last == 0x26 { return true }
        var w = e
        while w > lineStart, (bytes[w - 1] >= 0x61 && bytes[w - 1] <= 0x7A) { w -= 1 }
        guard w < e, e - w <= 4, w == lineStart || bytes[w - 1] == 0x20 else { return false }
        return runOnWords.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[w..<e]), as: UTF8.self))
    }

    /// Sentences within one paragraph. Byte ranges into `bytes`, trimmed.
    static func sentences(_ bytes: UnsafeBufferPointer<UInt8>, in paragraph: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(paragraph.count / 64 + 2)  // a sentence every hundred bytes or so: seldom grown
        var start = paragraph.lowerBound
        var i = paragraph.lowerBound
        let end = paragraph.upperBound
        while i < end {
            let b = bytes[i]
            var terminatorLength = 0
            if b == 0x2E || b == 0x3F || b == 0x21 {
                terminatorLength = 1
            } else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA6 {
                terminatorLength = 3  // …
            }
            if terminatorLength == 0 {
                i += 1
                continue
            }
            let terminatorAt = i
            var j = i + terminatorLength
            // More stops ("?!", "...") and closing quotes or brackets belong to this sentence.
            var closesQuote = false
            while j < end {
                let c = bytes[j]
                if c == 0x2E || c == 0x3F || c == 0x21 || c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D {
                    closesQuote = closesQuote || c == 0x22 || c == 0x27
                    j += 1
                } else if c == 0xE2, j + 2 < end, bytes[j + 1] == 0x80, [0x99, 0x9D, 0xA6].contains(bytes[j + 2]) {
                    closesQuote = closesQuote || bytes[j + 2] != 0xA6
                    j += 3
                } else if c == 0xC2, j + 1 < end, bytes[j + 1] == 0xBB {
                    j += 2
                } else if c == 0x5B, let close = footnoteMarkEnd(bytes, j, end) {
                    j = close  // "...in 1642.[31] In a hostile ...": a reference mark ends with its sentence
                } else {
                    break
                }
            }
            if j >= end { break }
            guard isSpace(bytes[j]) else {
                i = j
                continue
            }
            var k = j
            while k < end, isSpace(bytes[k]) { k += 1 }
            // `...?” Forte said.`: a quote asked or exclaimed goes on into its credit.
            if closesQuote, b != 0x2E, opensCredit(bytes, k, end) {
                i = k
                continue
            }
            if isBoundary(bytes, terminatorAt: terminatorAt, terminator: b, paragraphStart: start, next: k, end: end) {
                appendTrimmed(bytes, start..<j, into: &result)
                start = k
            }
            i = k
        }
        appendTrimmed(bytes, start..<end, into: &result)
        return result
    }

    private static func isBoundary(
        _ bytes: UnsafeBufferPointer<UInt8>, terminatorAt: Int, terminator: UInt8, paragraphStart: Int, next k: Int, end: Int
    ) -> Bool {
        let c = bytes[k]
        // A lower-case word after the stop continues the sentence: "“Why?” she asked", "the U.S. economy".
        if c >= 0x61 && c <= 0x7A { return false }
        // A dash after the stop attaches a credit to it: "...women.’ — CHERIE JIMENEZ".
        if c == 0xE2, k + 2 < end, bytes[k + 1] == 0x80, bytes[k + 2] == 0x93 || bytes[k + 2] == 0x94 { return false }
        guard terminator == 0x2E else { return true }
        // A bracket opening on a figure or a lower-case word is an aside on the word before the period, which was an
        // abbreviation: "Long County, Ga. (7.2 percent); Chambers County, Texas (7 percent)", "Acme Inc. (up 3%)".
        if c == 0x28, k + 1 < end, Tokenizer.isDigit(bytes[k + 1]) || (bytes[k + 1] >= 0x61 && bytes[k + 1] <= 0x7A) {
            return false
        }
        // The word in front of the period.
        var w = terminatorAt
        while w > paragraphStart, Tokenizer.isWordByte(bytes[w - 1]) || bytes[w - 1] == 0x2E || bytes[w - 1] == 0x27 { w -= 1 }
        // No listed abbreviation is longer than six letters: a longer word without inner dots ends the sentence,
        // and is settled without making strings.
        if terminatorAt - w > 6, !UnsafeBufferPointer(rebasing: bytes[w..<terminatorAt]).contains(0x2E) { return true }
        // An ordinal's ending is no abbreviation: "on March 1st. The vote" ends there ("St." alone is a saint's).
        if w > paragraphStart, Tokenizer.isDigit(bytes[w - 1]) { return true }
        let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[w..<terminatorAt]), as: UTF8.self)
        if word.isEmpty { return true }
        let lowered = word.lowercased()
        let nextWord = leadingWord(bytes, k, end)
        if Lexicon.titleAbbreviations.contains(lowered) { return false }
        if word.count == 1, word.first!.isUppercase {
            // An initial ("J. Smith"), unless a sentence plainly starts next.
            return Lexicon.sentenceStarters.contains(nextWord)
        }
        if word.containsByte(0x2E) || Lexicon.endingAbbreviations.contains(lowered) {
            // "U.S.", "D.C.", "Inc." may end a sentence: only when a usual sentence opener follows.
            return Lexicon.sentenceStarters.contains(nextWord)
        }
        if lowered == "no", Tokenizer.isDigit(c) { return false }
        return true
    }

    /// A reference mark opening at `k` ("[31]", "[a]", "[note 2]", "[citation needed]"): returns the index after its
    /// closing bracket. Short, of letters, digits and spaces only, so a bracketed aside is not one.
    static func footnoteMarkEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int, _ end: Int) -> Int? {
        var m = k + 1
        while m < end, m <= k + 18 {
            let c = bytes[m]
            if c == 0x5D { return m > k + 1 ? m + 1 : nil }
            guard Tokenizer.isDigit(c) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x20 else { return nil }
            m += 1
        }
        return nil
    }

    /// One to three capitalised words and a verb of saying at `k`: "Forte said", "Ada Lind asked".
    private static func opensCredit(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int, _ end: Int) -> Bool {
        var at = k
        for words in 0...3 {
            var e = at
            while e < end, Tokenizer.isWordByte(bytes[e]) || bytes[e] == 0x2E || bytes[e] == 0x2D { e += 1 }
            guard e > at else { return false }
            let first = bytes[at]
            if first >= 0x41 && first <= 0x5A {
                guard words < 3 else { return false }
            } else {
                var last = e
                while last > at, bytes[last - 1] == 0x2E { last -= 1 }  // "said." ends the sentence
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[at..<last]), as: UTF8.self)
                return words > 0 && Lexicon.quoteVerbs.contains(word)
            }
            guard e < end, bytes[e] == 0x20 else { return false }
            at = e + 1
        }
        return false
    }

    private static func leadingWord(_ bytes: UnsafeBufferPointer<UInt8>, _ k: Int, _ end: Int) -> String {
        var e = k
        while e < end, (bytes[e] >= 0x41 && bytes[e] <= 0x5A) || (bytes[e] >= 0x61 && bytes[e] <= 0x7A) { e += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[k..<e]), as: UTF8.self)
    }

    @inline(__always) private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D }

    private static func appendTrimmed(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into result: inout [Range<Int>]) {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, isSpace(bytes[lo]) { lo += 1 }
        while hi > lo, isSpace(bytes[hi - 1]) { hi -= 1 }
        if lo < hi { result.append(lo..<hi) }
    }
}
