import Foundation

/// A claim or any text made ready for matching: its content terms, their stems, and its figures.
struct MatchText: Sendable {
    /// Distinct content words and numbers in order, lowercased, stopwords left out: the retrieval query.
    var terms: [String]
    /// Light stems of `terms`, for the term-overlap feature (so "homicides" meets "homicide").
    var stems: Set<String>
    /// Capitalised words after the first word: names of people, places and organisations.
    var names: Set<String>
    /// The figures: quantities as the extractor reads them, and years.
    var figures: [MatchFigure]
    /// Words in the text, numbers included: a short claim is never more than related.
    var wordCount: Int
    /// Terms only in the text's signature line ("— Jane Doe (@janedoe) March 3, 2016", as a pasted post ends):
    /// who posted it and when, not what it claims, so they count half in retrieval (see `ClaimMatcher`).
    var signatureTerms: Set<String>
    /// The date the signature line gives ("— Jane Doe (@janedoe) March 3, 2016"), as `DateText.dayNumber`: when the
    /// text was posted.
    var day: Int?

    /// Prepares `text`: drops URLs, splits @handles and #hashtags into words, reads figures as quantities
    /// (so "73 %", "73 percent" and "73 per cent" are one figure) and keeps the content words.
    init(_ text: String) {
        let (body, signature) = Self.splitSignature(text)
        let cleaned = Self.clean(body)
        var terms: [String] = []
        var seen = Set<String>()
        var names = Set<String>()
        var words = 0
        var first = true
        var signatureTerms = Set<String>()
        for (source, inSignature) in [(cleaned, false), (Self.clean(signature), true)] {
            for word in Self.words(source) {
                let trimmed = Self.trimmingApostrophes(word)
                guard !trimmed.isEmpty else { continue }
                if !inSignature { words += 1 }
                // Byte 0x99 ends "’" (E2 80 99): only a word holding it can need the replacement.
                let lower = Self.fold(trimmed.utf8.contains(0x99) ? trimmed.replacingOccurrences(of: "’", with: "'") : trimmed)
                let base = lower.hasSuffix("'s") ? String(lower.dropLast(2)) : lower
                let parts = base.split(separator: "'").map(String.init)
                for part in parts where !part.isEmpty {
                    if !inSignature, !first, trimmed.first?.isUppercase == true, !Stopwords.english.contains(part) { names.insert(part) }
                    guard !Stopwords.english.contains(part), seen.insert(part).inserted else { continue }
                    terms.append(part)
                    if inSignature { signatureTerms.insert(part) }
                }
                first = false
            }
        }
        self.terms = terms
        self.signatureTerms = signatureTerms
        // Numbers find candidates but are compared as figures, never as words: a changed figure must not
        // look like a less similar statement, nor a shared date like a more similar one.
        self.stems = Set(terms.filter(Self.isWord).map(Self.stem))
        self.names = names
        self.wordCount = words
        self.figures = MatchFigure.figures(in: cleaned)
        self.day = Self.postedDay(signature)
    }

    /// The date at the end of a signature line, after the handle's closing bracket.
    static func postedDay(_ signature: String) -> Int? {
        guard let bracket = signature.lastIndex(of: ")") else { return nil }
        return DateText.dayNumber(String(signature[signature.index(after: bracket)...]))
    }

    /// A word the overlap compares: not a number, nor a word that writes one.
    static func isWord(_ term: String) -> Bool {
        // An ASCII character is a number only if it is a digit.
        let number = term.utf8.allSatisfy({ $0 < 0x80 })
            ? term.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } : term.allSatisfy(\.isNumber)
        return !number && !Stopwords.figureWords.contains(term)
    }

    /// The runs of word characters (`isWordCharacter`) in `text`, in order. ASCII text is cut at its bytes; other
    /// text Character by Character.
    static func words(_ text: String) -> [Substring] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return wordsByCharacter(text) }
        var words: [Substring] = []
        let utf8 = text.utf8
        var start: String.Index?
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            let word = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x27
            if word, start == nil { start = index }
            if !word, let first = start {
                words.append(text[first..<index])
                start = nil
            }
            index = utf8.index(after: index)
        }
        if let first = start { words.append(text[first...]) }
        return words
    }

    /// `words` Character by Character whatever the text (the reference its byte scan is tested against).
    static func wordsByCharacter(_ text: String) -> [Substring] {
        text.split(whereSeparator: { !isWordCharacter($0) })
    }

    /// Lowercase without diacritics, as the index tokenizer folds them.
    static func fold(_ word: String) -> String {
        // ASCII has no diacritics: lowercasing is the whole fold, without Foundation's UTF-16 round trip.
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        return word.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// A letter, a digit or an apostrophe: what words are made of. ASCII is decided from its byte: Unicode's
    /// letter and number properties, looked up for every character, were a tenth of matching's time.
    static func isWordCharacter(_ character: Character) -> Bool {
        if let byte = character.asciiValue {
            return (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x27
        }
        return character.isLetter || character.isNumber || character == "’"
    }

    /// `word` without apostrophes ("'" and "’") at either end, as `trimmingCharacters(in:)` takes them (scalar by
    /// scalar), without Foundation's round trip through UTF-16.
    static func trimmingApostrophes(_ word: Substring) -> String {
        let scalars = word.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start] == "'" || scalars[start] == "’" { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)] == "'" || scalars[scalars.index(before: end)] == "’" {
            end = scalars.index(before: end)
        }
        return String(scalars[start..<end])
    }

    /// The text and its signature line, when it ends as a pasted post does: "— Jane Doe (@janedoe) March 3, 2016"
    /// (a dash, a name, a handle in brackets, perhaps a date). Text without one is all body.
    static func splitSignature(_ text: String) -> (body: String, signature: String) {
        // The line holds "(@handle)": without those two bytes the (slow) pattern cannot match.
        guard ByteSearch.contains(text, "(@"), let match = text.firstMatch(of: signatureLine) else { return (text, "") }
        return (String(text[..<match.range.lowerBound]), String(text[match.range]))
    }

    nonisolated(unsafe) private static let signatureLine = /\s*[—–]\s*[^—–\n]{0,80}\(@\w+\)[^—–\n()]{0,40}$/

    /// URLs dropped; "@JoeBiden" and "#StopTheSteal" become "Joe Biden" and "Stop The Steal".
    static func clean(_ text: String) -> String {
        // Without a "/", "@", "#" or "www." nothing is dropped or split: every piece is kept with a space after it.
        if !text.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "#") }),
           !ByteSearch.containsCaseInsensitive(text, "www.") {
            return text + " "
        }
        return cleanPieceByPiece(text)
    }

    /// `clean` piece by piece whatever the text (the reference its shortcut is tested against).
    static func cleanPieceByPiece(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for piece in text.split(separator: " ", omittingEmptySubsequences: false) {
            // Every URL form below holds a "/" or starts with "w", and a handle holds "@" or "#": a piece with none
            // of them (nearly every word) is kept as it is without lowercasing it to look.
            if let first = piece.utf8.first, first != UInt8(ascii: "w"), first != UInt8(ascii: "W"),
               !piece.utf8.contains(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "@") || $0 == UInt8(ascii: "#") }) {
                out += piece + " "
                continue
            }
            let lower = piece.lowercased()
            if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
                || lower.hasPrefix("pic.twitter.com/") || lower.contains("t.co/") {
                out += " "
                continue
            }
            // ".@JoeBiden" and "(@JoeBiden)" are handles too.
            let lead = piece.prefix(while: { "([{.\"'“‘".contains($0) })
            let rest = piece.dropFirst(lead.count)
            if let mark = rest.first, mark == "@" || mark == "#" {
                out += lead + splitCamelCase(rest.dropFirst()) + " "
                continue
            }
            out += piece + " "
        }
        return out
    }

    /// "JoeBiden" → "Joe Biden", "COVID19Vaccine" → "COVID 19 Vaccine", "stop_the_steal" → "stop the steal".
    static func splitCamelCase(_ word: Substring) -> String {
        var out = ""
        var previous: Character?
        let characters = Array(word)
        for (index, character) in characters.enumerated() {
            if character == "_" {
                out.append(" ")
                previous = nil
                continue
            }
            if let previous {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let lowerToUpper = previous.isLowercase && character.isUppercase
                let acronymEnd = previous.isUppercase && character.isUppercase && (next?.isLowercase ?? false)
                let digitEdge = previous.isNumber != character.isNumber && (previous.isLetter || character.isLetter)
                if lowerToUpper || acronymEnd || digitEdge { out.append(" ") }
            }
            out.append(character)
            previous = character
        }
        return out
    }

    /// A light English stem: plural and verb endings off, enough for the overlap feature.
    static func stem(_ word: String) -> String {
        word.utf8.allSatisfy({ $0 < 0x80 }) ? asciiStem(word) : stemByCharacter(word)
    }

    /// `stem` of an ASCII word over its bytes (a Character is a byte there): the endings are found by comparing bytes
    /// and only the kept length is decided before one string is made.
    static func asciiStem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { w in
            var n = w.count
            func ends(_ suffix: StaticString) -> Bool {
                let count = suffix.utf8CodeUnitCount
                guard n >= count else { return false }
                return suffix.withUTF8Buffer { tail in
                    for offset in 0..<count where w[n - count + offset] != tail[offset] { return false }
                    return true
                }
            }
            // "-ies" becomes "-y", which no later ending ("-ing", "-ed", "-e") can match.
            if n > 4, ends("ies") { return String(decoding: UnsafeBufferPointer(rebasing: w[0..<(n - 3)]), as: UTF8.self) + "y" }
            if n > 4, ends("sses") || ends("shes") || ends("ches") || ends("xes") { n -= 2 }
            else if n > 3, ends("s"), !ends("ss"), !ends("us"), !ends("is") { n -= 1 }
            if n > 5, ends("ing") { n -= 3 }
            else if n > 4, ends("ed") { n -= 2 }
            if n > 4, ends("e") { n -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: w[0..<n]), as: UTF8.self)
        }
    }

    /// `stem` Character by Character whatever the word (the reference its byte version is tested against).
    static func stemByCharacter(_ word: String) -> String {
        var w = word
        if w.count > 4, w.hasSuffix("ies") { w = String(w.dropLast(3)) + "y" }
        else if w.count > 4, w.hasSuffix("sses") || w.hasSuffix("shes") || w.hasSuffix("ches") || w.hasSuffix("xes") { w = String(w.dropLast(2)) }
        else if w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") { w = String(w.dropLast()) }
        if w.count > 5, w.hasSuffix("ing") { w = String(w.dropLast(3)) }
        else if w.count > 4, w.hasSuffix("ed") { w = String(w.dropLast(2)) }
        if w.count > 4, w.hasSuffix("e") { w = String(w.dropLast()) }
        return w
    }
}
