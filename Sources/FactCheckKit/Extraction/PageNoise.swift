import Foundation

/// Recognises the lines a pasted web page carries around its article: headings and labels, bylines, datelines,
/// photo captions and credits, gallery counters, teasers and subscription prompts. None of them is a claim.
enum PageNoise {
    /// Lines opening with these (compared in lower case) are page furniture: captions, credits, teasers, prompts.
    static let furniturePrefixes: [String] = [
        "image:", "photo:", "picture:", "video:", "caption:", "credit:", "photograph:", "graphic:", "related:",
        "read more", "see also", "watch:", "listen:", "advertisement", "subscribe", "sign up", "click here",
        "share this", "by clicking", "©", "(c) ", "copyright ", "all rights reserved", "more on ", "also read",
        "recommended:", "trending:", "follow us", "photos:", "photo by ", "photos by ", "photographs by ", "images by ",
        "illustration by ", "illustrations by ",
    ]

    /// Lines opening with these are captions however long they run: a caption that walks round a set of photos
    /// ("Clockwise from top: ...; ...; ...") goes on for several sentences.
    static let captionPrefixes: [String] = [
        "clockwise from ", "from left:", "from left,", "left to right:", "pictured:", "main image:", "inset:",
    ]

    /// Words of subscription, sign-up and consent prompts.
    static let promptWords: [String] = [
        "by subscribing", "subscribe now", "subscribe to", "subscribe for", "terms and conditions", "privacy policy",
        "privacy statement", "create account", "newsletter", "log in to", "sign up for our",
    ]

    /// A short paragraph that asks the reader to subscribe, sign up or consent, with nothing else in it but lines
    /// without figures ("Quality journalism matters. By subscribing, you ...").
    static func isPrompt(_ paragraph: UnsafeBufferPointer<UInt8>) -> Bool {
        guard paragraph.count <= 400, hasPromptWords(paragraph) else { return false }
        var lineHasDigit = false
        var lineIsPrompt = false
        var lineStart = 0
        for (k, b) in paragraph.enumerated() where b == 0x0A || k == paragraph.count - 1 {
            let line = UnsafeBufferPointer(rebasing: paragraph[lineStart...k])
            lineHasDigit = line.contains { Tokenizer.isDigit($0) }
            lineIsPrompt = hasPromptWords(line)
            if lineHasDigit, !lineIsPrompt { return false }
            lineStart = k + 1
        }
        return true
    }

    /// The prompt phrases without their first letter, which may be a capital: searched for as they are.
    private static let promptNeedles: [[UInt8]] = promptWords.map { Array($0.utf8.dropFirst()) }
    /// Each needle's anchor: its rarest byte in English text, and where in the needle it stands. The text is walked
    /// once and each place tested only against the needles anchored on its byte: far fewer places than the needles'
    /// first letters ("e", "r", "o", "i") would give.
    private static let promptAnchors: (table: [UInt16], offsets: [Int]) = {
        precondition(promptNeedles.count <= 16)
        let commonFirst = Array(" etaoinshrdlcumwfgypbvkjxqz".utf8)
        func rarity(_ b: UInt8) -> Int { commonFirst.firstIndex(of: b) ?? commonFirst.count }
        var table = [UInt16](repeating: 0, count: 256)
        var offsets: [Int] = []
        for (index, needle) in promptNeedles.enumerated() {
            let offset = needle.indices.max { rarity(needle[$0]) < rarity(needle[$1]) }!
            table[Int(needle[offset])] |= 1 << index
            offsets.append(offset)
        }
        return (table, offsets)
    }()

    /// Whether a prompt phrase stands anywhere in `bytes` (up to 400 of them).
    private static func hasPromptWords(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 400, bytes.count >= 8 else { return false }
        let needles = promptNeedles
        let offsets = promptAnchors.offsets
        return promptAnchors.table.withUnsafeBufferPointer { anchors in
            for at in bytes.indices {
                var candidates = anchors[Int(bytes[at])]
                while candidates != 0 {
                    let index = candidates.trailingZeroBitCount
                    candidates &= candidates - 1
                    let needle = needles[index]
                    let start = at - offsets[index]
                    guard start >= 0, needle.count <= bytes.count - start else { continue }
                    var k = 0
                    while k < needle.count, bytes[start + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
            }
            return false
        }
    }

    /// A block (a line or lines run together) that is page furniture. `alone` is true when it is the body's only
    /// block: a text of one unpunctuated line is taken as the text it is.
    static func isFurniture(_ block: UnsafeBufferPointer<UInt8>, alone: Bool) -> Bool {
        guard let first = block.first else { return true }
        let isBullet = (first == 0x2D || first == 0x2A) && block.count > 1 && block[1] == 0x20 || startsWith(block, "•")
        // Headings, labels, datelines, bylines and dates stand on a line without ending like a sentence.
        // Not a quotation with its credit ("“...” - NAME"), nor a line that introduces what follows ("... his account:").
        if !alone, !isBullet, block.count <= 120, !endsLikeSentence(block), !hasDoubleQuote(block),
           block.count <= 30 || block[block.count - 1] != 0x3A { return true }
        // A long block is lowered to be compared only when its first letter can open a caption.
        let short = block.count <= 200
        let letter = first | 0x20
        if short || letter == 0x63 || letter == 0x66 || letter == 0x6C || letter == 0x70 || letter == 0x6D || letter == 0x69 {
            // The lower-cased opening is made, and compared as text, only for a prefix its bytes already open with.
            var lowered: String?
            func opens(_ prefix: (text: String, bytes: [UInt8])) -> Bool {
                guard opensWith(block, lowerCase: prefix.bytes) else { return false }
                if lowered == nil { lowered = lowerASCII(UnsafeBufferPointer(rebasing: block[..<min(block.count, 40)])) }
                return lowered!.hasPrefix(prefix.text)
            }
            if captionPrefixBytes.contains(where: opens) { return true }
            if short, furniturePrefixBytes.contains(where: opens) || isByline(block) || hasPromptWords(block) || isTimeStamp(block) {
                return true
            }
        }
        return isGalleryCounter(block) || endsWithCredit(block) || hasGluedCredit(block) || isReferenceEntry(block)
    }

    private static let isbnLabel: [UInt8] = Array("ISBN".utf8)

    /// An entry of a page's reference list: "^ Frankel, Theodore (2004). ...", the caret an encyclopedia's back-link,
    /// or a short block that cites a book by its ISBN ("... Cambridge University Press. ISBN 978-0-521-83940-2.").
    private static func isReferenceEntry(_ block: UnsafeBufferPointer<UInt8>) -> Bool {
        if block.count > 1, block[0] == 0x5E, block[1] == 0x20 { return true }
        guard block.count <= 400 else { return false }
        return isbnLabel.withUnsafeBufferPointer { label in
            var from = 0
            while let at = ByteSearch.firstOffset(of: label, in: block, from: from) {
                var k = at + label.count
                while k < block.count, k <= at + label.count + 4, !Tokenizer.isDigit(block[k]), block[k] != 0x2E { k += 1 }  // "ISBN-13: "
                if k < block.count, Tokenizer.isDigit(block[k]) { return true }
                from = at + label.count
            }
            return false
        }
    }

    private static let creditLabel: [UInt8] = Array("Credit".utf8)

    /// A caption scraped with its credit label run into it: "... in 2023.CreditCreditJeon Heon-Kyun/EPA".
    private static func hasGluedCredit(_ block: UnsafeBufferPointer<UInt8>) -> Bool {
        creditLabel.withUnsafeBufferPointer { pin in
            var from = 1
            while let at = ByteSearch.firstOffset(of: pin, in: block, from: from) {
                let after = at + pin.count
                if block[at - 1] != 0x20, after < block.count, block[after] >= 0x41, block[after] <= 0x5A { return true }
                from = after
            }
            return false
        }
    }

    /// "By Dana Okafor", "— Linda Searing": a name alone after "By" or a dash.
    private static func isByline(_ block: UnsafeBufferPointer<UInt8>) -> Bool {
        // The text is made only for a block whose bytes open as a byline's can.
        guard startsWith(block, "By ") || startsWith(block, "— ") || startsWith(block, "– ") || startsWith(block, "-- ") else {
            return false
        }
        var text = String(decoding: block, as: UTF8.self)
        if text.hasPrefix("By ") { text.removeFirst(3) }
        else if text.hasPrefix("— ") || text.hasPrefix("– ") || text.hasPrefix("-- ") { text = String(text.drop { $0 == "—" || $0 == "–" || $0 == "-" || $0 == " " }) }
        else { return false }
        let words = text.spaceSeparated()
        return !words.isEmpty && words.count <= 5 && text.count <= 60 && !text.contains { $0.isNumber }
            && words.allSatisfy { $0.first?.isUppercase == true || ["and", "de", "van", "von"].contains($0) }
    }

    /// "Posted on Tuesday 15 October 2019 at 09:11 by Ann Lee.", "Updated: March 3, 2024", "Last modified 12 May":
    /// a page's time stamp on a line of its own, a date right after its word. Not "Published in 1963, the book ...".
    private static func isTimeStamp(_ block: UnsafeBufferPointer<UInt8>) -> Bool {
        // Asked of the block's bytes before any string is made: most blocks open with no stamp's word.
        guard block.count <= 120, stampOpenings.contains(where: { opensWith(block, lowerCase: $0) }) else { return false }
        let text = lowerASCII(UnsafeBufferPointer(rebasing: block[..<min(block.count, 48)]))
        let words = text.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "," })
        var k = 0
        if let opening = words.first, opening == "last" || opening == "first" { k = 1 }
        guard k < words.count, stampVerbs.contains(String(words[k])) else { return false }
        k += 1
        if k < words.count, words[k] == "on" || words[k] == "at" { k += 1 }
        guard k < words.count else { return false }
        let word = String(words[k].filter { $0 != "." })
        return Lexicon.weekdays.contains(word) || Lexicon.months[word] != nil || words[k].first.map(\.isNumber) == true
    }

    private static let stampWords = ["posted", "published", "updated", "modified", "edited"]
    private static let stampVerbs = WordSet(stampWords)
    private static let stampOpenings: [[UInt8]] = (stampWords + ["last ", "first "]).map { Array($0.utf8) }

    /// "1 of 12 | ...": a photo gallery's counter.
    private static func isGalleryCounter(_ block: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < block.count, Tokenizer.isDigit(block[i]) { i += 1 }
        guard i > 0, i + 4 < block.count, block[i] == 0x20, block[i + 1] == 0x6F, block[i + 2] == 0x66, block[i + 3] == 0x20 else { return false }
        var j = i + 4
        let digitsStart = j
        while j < block.count, Tokenizer.isDigit(block[j]) { j += 1 }
        guard j > digitsStart else { return false }
        while j < block.count, block[j] == 0x20 { j += 1 }
        return j == block.count || block[j] == 0x7C
    }

    /// A caption signs off with its photo credit: "... the flood. AP/Jane Doe", "(Mac99/iStock)".
    private static func endsWithCredit(_ block: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = block.count
        while end > 0, block[end - 1] == 0x20 { end -= 1 }
        guard end > 0 else { return false }
        let parenthesised = block[end - 1] == 0x29
        // Without brackets, a credit is what an unpunctuated line ends with.
        if !parenthesised, endsLikeSentence(block) { return false }
        // A credit has a slash ("Name/Agency"): without one in the tail, no text is made.
        let tailBytes = UnsafeBufferPointer(rebasing: block[max(0, end - 80)..<(parenthesised ? end - 1 : end)])
        guard tailBytes.contains(0x2F) else { return false }
        let tail = String(decoding: tailBytes, as: UTF8.self)
        var words = tail.spaceSeparated().suffix(4)
        if parenthesised {
            // "(Brian Menounos/UNBC)": the words inside the last bracket.
            guard let open = tail.lastIndex(of: "(") else { return false }
            words = tail[tail.index(after: open)...].spaceSeparated().suffix(4)
        }
        guard let slashed = words.firstIndex(where: { $0.contains("/") }) else { return false }
        let word = words[slashed]
        guard !word.contains("://"), !word.lowercased().hasPrefix("www"), let slash = word.firstIndex(of: "/"),
              let before = word[..<slash].last, before.isLetter || before.isNumber,
              let after = word[word.index(after: slash)...].first, after.isLetter,
              word.first?.isUppercase == true else { return false }
        // Every word of the credit is a name: capitalised.
        return words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// Ends with a full stop, question or exclamation mark, or with a closing quote or bracket after one.
    static func endsLikeSentence(_ block: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = block.count
        var closers = 0
        while end > 0 {
            let b = block[end - 1]
            if b == 0x2E || b == 0x21 || b == 0x3F { return true }
            if b == 0x22 || b == 0x27 || b == 0x29 || b == 0x5D || b == 0x20 { end -= 1; closers += 1; continue }
            if end >= 3, block[end - 3] == 0xE2, block[end - 2] == 0x80 {
                let c = block[end - 1]
                if c == 0xA6 { return true }  // …
                if c == 0x99 || c == 0x9D { end -= 3; closers += 1; continue }  // ’ ”
            }
            return false
        }
        _ = closers
        return false
    }

    /// Where a dateline ends at the start of a block: "MONTREAL — ", "GENEVA, Switzerland, Aug. 29 (UPI) -- ",
    /// "WASHINGTON (AP) — ". Returns the byte offset of the first word after it (0 when there is none) and the place.
    static func dateline(_ block: UnsafeBufferPointer<UInt8>) -> (length: Int, place: String)? {
        if let length = dateDateline(block) { return (length, "") }
        var i = 0
        let n = block.count
        func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        // The place in capitals, one or more words: "MONTREAL", "NEW DELHI", "ST. JOHN'S".
        var placeEnd = 0
        while i < n, isUpper(block[i]) {
            var j = i
            while j < n, isUpper(block[j]) || block[j] == 0x2E || block[j] == 0x27 || block[j] == 0x2D { j += 1 }
            guard j - i >= 2 || (j < n && block[j] == 0x2E) else { break }
            placeEnd = j
            i = j
            if i < n, block[i] == 0x20, i + 1 < n, isUpper(block[i + 1]), i + 2 < n, isUpper(block[i + 2]) || block[i + 2] == 0x2E { i += 1 } else { break }
        }
        let place = placeEnd > 0 ? String(decoding: UnsafeBufferPointer(rebasing: block[..<placeEnd]), as: UTF8.self) : ""
        i = placeEnd
        // ", Switzerland", ", B.C.", ", Aug. 29": at most three short comma parts.
        var parts = 0
        while placeEnd > 0, parts < 3, i + 2 < n, block[i] == 0x2C, block[i + 1] == 0x20 {
            var j = i + 2
            while j < n, block[j] != 0x2C, block[j] != 0x28, !(block[j] == 0x20 && j + 1 < n && (block[j + 1] == 0x2D || block[j + 1] == 0xE2)), j - i < 24 { j += 1 }
            guard j < n, j - i < 24 else { break }
            i = j
            parts += 1
        }
        // "(AP)", "(UPI)", "(Reuters)"
        while i < n, block[i] == 0x20 { i += 1 }
        if i < n, block[i] == 0x28 {
            var j = i + 1
            while j < n, block[j] != 0x29, j - i < 30 { j += 1 }
            guard j < n, block[j] == 0x29 else { return nil }
            i = j + 1
        } else if placeEnd == 0 {
            return nil
        }
        while i < n, block[i] == 0x20 { i += 1 }
        // The dash: "—", "–", "--" or "-".
        if i + 2 < n, block[i] == 0xE2, block[i + 1] == 0x80, block[i + 2] == 0x94 || block[i + 2] == 0x93 { i += 3 }
        else if i < n, block[i] == 0x2D { while i < n, block[i] == 0x2D { i += 1 } }
        else { return nil }
        guard i == n || block[i] == 0x20 else { return nil }
        while i < n, block[i] == 0x20 { i += 1 }
        return (i, place)
    }

    /// A dateline that is a date: "Feb. 23, 2015 -- ", "March 3 — ". Returns the offset of the first word after it.
    private static func dateDateline(_ block: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = block.count
        guard n > 8, block[0] >= 0x41, block[0] <= 0x5A else { return nil }
        var i = 0
        while i < n, (block[i] >= 0x41 && block[i] <= 0x5A) || (block[i] >= 0x61 && block[i] <= 0x7A) { i += 1 }
        guard i >= 3, i <= 9, Lexicon.months[lowerASCII(UnsafeBufferPointer(rebasing: block[..<i]))] != nil else { return nil }
        if i < n, block[i] == 0x2E { i += 1 }
        guard i + 1 < n, block[i] == 0x20, Tokenizer.isDigit(block[i + 1]) else { return nil }
        i += 1
        let dayStart = i
        while i < n, Tokenizer.isDigit(block[i]) { i += 1 }
        guard i - dayStart <= 2 else { return nil }
        // ", 2015"
        if i + 5 < n, block[i] == 0x2C, block[i + 1] == 0x20, (2...5).allSatisfy({ Tokenizer.isDigit(block[i + $0]) }) { i += 6 }
        while i < n, block[i] == 0x20 { i += 1 }
        if i + 2 < n, block[i] == 0xE2, block[i + 1] == 0x80, block[i + 2] == 0x94 || block[i + 2] == 0x93 { i += 3 }
        else if i + 1 < n, block[i] == 0x2D, block[i + 1] == 0x2D { i += 2 }
        else { return nil }
        guard i < n, block[i] == 0x20 else { return nil }
        while i < n, block[i] == 0x20 { i += 1 }
        return i
    }

    private static func hasDoubleQuote(_ block: UnsafeBufferPointer<UInt8>) -> Bool {
        for (k, b) in block.enumerated() {
            if b == 0x22 { return true }
            if b == 0xE2, k + 2 < block.count, block[k + 1] == 0x80, block[k + 2] == 0x9C || block[k + 2] == 0x9D { return true }
        }
        return false
    }

    private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return prefix.withUTF8Buffer { p in (0..<count).allSatisfy { bytes[$0] == p[$0] } }
    }

    /// `furniturePrefixes` and `captionPrefixes` with their bytes, for `opensWith`.
    private static let furniturePrefixBytes = furniturePrefixes.map { (text: $0, bytes: Array($0.utf8)) }
    private static let captionPrefixBytes = captionPrefixes.map { (text: $0, bytes: Array($0.utf8)) }

    /// Whether `block` opens with the bytes of a lower-case `prefix`, its ASCII capitals read as lower case: what the
    /// lower-cased text must do to have that prefix (these prefixes have no other spelling as Characters).
    private static func opensWith(_ block: UnsafeBufferPointer<UInt8>, lowerCase prefix: [UInt8]) -> Bool {
        guard block.count >= prefix.count else { return false }
        for (k, b) in prefix.enumerated() where FNV1a.asciiLower(block[k]) != b { return false }
        return true
    }

    private static func lowerASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
