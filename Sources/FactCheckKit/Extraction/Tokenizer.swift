/// Splits a sentence into tokens with one pass over its UTF-8 bytes.
enum Tokenizer {
    static func tokens(_ text: String) -> [Token] {
        var copy = text
        return copy.withUTF8 { tokens(bytes: $0) }
    }

    static func tokens(bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var result: [Token] = []
        var i = 0
        let n = bytes.count
        var lastEnd = -1
        // A token for every 3 bytes or so (a word, its space and its punctuation): room enough that the array
        // rarely grows while it is filled.
        result.reserveCapacity(n / 3 + 4)
        // Read once per sentence, not once per token: every access to a global goes through its lazy initialiser.
        let roleTable = Lexicon.roleTable
        let asciiStrings = Tokenizer.asciiStrings
        func emit(_ kind: Token.Kind, _ start: Int, _ end: Int) {
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if end - start == 1, slice[0] < 0x80, kind != .word {
                // One ASCII mark or digit: its string is made once, not per token.
                let text = asciiStrings[Int(slice[0])]
                result.append(Token(kind: kind, start: start, end: end, text: text, attached: start == lastEnd, lowered: text, roles: []))
                lastEnd = end
                return
            }
            let text: String
            let lowered: String
            var roles: WordRoles = []
            if kind == .word {
                (text, lowered, roles) = wordForms(slice, roleTable)
            } else {
                text = String(decoding: slice, as: UTF8.self)
                lowered = text
            }
            result.append(Token(
                kind: kind, start: start, end: end, text: text, attached: start == lastEnd, lowered: lowered, roles: roles,
                firstByte: slice[0]
            ))
            lastEnd = end
        }
        while i < n {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                i += 1
                continue
            }
            if let (kind, length) = multiBytePunctuation(bytes, i) {
                if kind == nil {  // a space such as NBSP
                    i += length
                    continue
                }
                // A right single quote between letters is an apostrophe: "It’s", "Backpage’s".
                if case .closeQuote = kind!, length == 3, bytes[i + 2] == 0x99,
                   let last = result.last, last.kind == .word, last.end == i, i + 3 < n, isWordByte(bytes[i + 3]) {
                    let end = scanWord(bytes, i + 3)
                    let slice = UnsafeBufferPointer(rebasing: bytes[last.start..<end])
                    result[result.count - 1].end = end
                    (result[result.count - 1].text, result[result.count - 1].lowered, result[result.count - 1].roles) = wordForms(slice, roleTable)
                    lastEnd = end
                    i = end
                    continue
                }
                emit(kind!, i, i + length)
                i += length
                continue
            }
            if isDigit(b) {
                var j = i + 1
                while j < n {
                    if isDigit(bytes[j]) { j += 1; continue }
                    // A comma or point inside a number only when a digit follows: "1,426", "1.5", not "97, and".
                    if (bytes[j] == 0x2C || bytes[j] == 0x2E), j + 1 < n, isDigit(bytes[j + 1]) { j += 2; continue }
                    break
                }
                // "192.168.1.2" and "22,24,26" are lists of numbers, not one: split them at every mark.
                if !isOneNumber(bytes, i, j) {
                    var k = i
                    while k < j {
                        var e = k
                        while e < j, isDigit(bytes[e]) { e += 1 }
                        emit(.number, k, e)
                        if e < j { emit(.punctuation(bytes[e]), e, e + 1) }
                        k = e + 1
                    }
                    i = j
                    continue
                }
                emit(.number, i, j)
                i = j
                continue
            }
            if isWordByte(b) {
                let end = scanWord(bytes, i)
                emit(.word, i, end)
                i = end
                continue
            }
            switch b {
            case 0x24: emit(.currency("USD"), i, i + 1)
            case 0x25: emit(.percentSign, i, i + 1)
            case 0x22: emit(.straightQuote, i, i + 1)
            case 0x2D:
                // Runs of hyphens are dashes ("--"); a lone hyphen between spaces too.
                var j = i + 1
                while j < n, bytes[j] == 0x2D { j += 1 }
                emit(.dash, i, j)
                i = j
                continue
            default: emit(.punctuation(b), i, i + 1)
            }
            i += 1
        }
        return result
    }

    /// Every ASCII byte as a one-character string, for one-byte tokens.
    static let asciiStrings: [String] = (0..<128).map { String(decoding: [UInt8($0)], as: UTF8.self) }

    /// A word's text, lower-case form and roles. An ASCII word is read in one pass: case, hyphens and the
    /// lower-case hash for the roles table together; a word the table lists takes its made string for its lower case
    /// (and for its text when written in lower case); anything else goes the general way.
    static func wordForms(_ slice: UnsafeBufferPointer<UInt8>, _ roleTable: RoleTable) -> (text: String, lowered: String, roles: WordRoles) {
        var hash = FNV1a.offsetBasis
        var hasUpper = false
        var hyphenated = false
        for b in slice {
            if b >= 0x80 {
                // A word with a byte outside ASCII: lower case by Unicode's tables.
                let text = String(decoding: slice, as: UTF8.self)
                let lowered = text.lowercased()
                return (text, lowered, WordRoles.of(lowered, written: slice, hyphenated: slice.contains(0x2D)))
            }
            let upper = b >= 0x41 && b <= 0x5A
            hasUpper = hasUpper || upper
            hyphenated = hyphenated || b == 0x2D
            hash = FNV1a.step(hash, upper ? b | 0x20 : b)
        }
        let entry = roleTable.entry(ofLowered: slice, hash: hash, caseFold: hasUpper)
        let text = (hasUpper ? nil : entry?.word) ?? String(decoding: slice, as: UTF8.self)
        let lowered = entry?.word ?? (hasUpper ? asciiLowered(slice) : text)
        var roles = entry?.roles ?? []
        if hyphenated {
            // The parts are the bytes before the first hyphen and after the last (a hyphen in a word always has
            // a letter or digit after it, and the word starts with a letter): no split, no strings.
            let first = UnsafeBufferPointer(rebasing: slice[..<slice.firstIndex(of: 0x2D)!])
            let last = UnsafeBufferPointer(rebasing: slice[(slice.lastIndex(of: 0x2D)! + 1)...])
            roles.formUnion(roleTable.roles(ofLowered: first, hash: FNV1a.foldedHash(first), caseFold: true).intersection([.quantityStart, .recordScope]))
            roles.formUnion(roleTable.roles(ofLowered: last, hash: FNV1a.foldedHash(last), caseFold: true).intersection([.superlative, .recordScope]))
        }
        return (text, lowered, roles)
    }

    /// ASCII bytes with their capitals lower-cased, as a string.
    private static func asciiLowered(_ slice: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: slice.count) { buffer in
            for (k, b) in slice.enumerated() { buffer[k] = (b >= 0x41 && b <= 0x5A) ? b | 0x20 : b }
            return slice.count
        }
    }

    /// Letters, apostrophes and hyphens inside a word: "second-largest", "don't", "Backpage.com".
    private static func scanWord(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var j = start
        let n = bytes.count
        while j < n {
            // The run of ASCII letters and digits first, in a loop of its own: a word is mostly that.
            while j < n, (bytes[j] | 0x20) &- 0x61 < 26 || bytes[j] &- 0x30 < 10 { j += 1 }
            guard j < n else { break }
            let c = bytes[j]
            if c < 0x80 {
                // An ASCII letter (either case) or digit, in two comparisons.
                if (c | 0x20) &- 0x61 < 26 || c &- 0x30 < 10 {
                    j += 1
                    continue
                }
            } else {
                if multiBytePunctuation(bytes, j) != nil { break }
                j += 1
                continue
            }
            // An abbreviation's possessive: "U.N.'s", "Corp.’s". The full stop stays in the word with the "'s" after it,
            // so the owner reads whole ("the U.N.'s refugee agency") instead of breaking at the stop.
            if c == 0x2E, bytes[start] &- 0x41 < 26, let end = possessiveAfterStop(bytes, j + 1) {
                j = end
                break
            }
            // Joiners: an apostrophe, hyphen or dot followed by a letter stays in the word ("U.S", "Backpage.com").
            if (c == 0x27 || c == 0x2D || c == 0x2E), j + 1 < n, isWordByte(bytes[j + 1]) || (c == 0x2D && isDigit(bytes[j + 1])) {
                if bytes[j + 1] >= 0x80, multiBytePunctuation(bytes, j + 1) != nil { break }
                j += 2
                continue
            }
            break
        }
        return j
    }

    /// The end of "'s" or "’s" at `i` when nothing of a word follows it ("U.N.'s refugee", "Corp.’s,"); else nil.
    private static func possessiveAfterStop(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
        let n = bytes.count
        var k = i
        if k < n, bytes[k] == 0x27 {
            k += 1
        } else if k + 2 < n, bytes[k] == 0xE2, bytes[k + 1] == 0x80, bytes[k + 2] == 0x99 {
            k += 3
        } else {
            return nil
        }
        guard k < n, bytes[k] | 0x20 == 0x73 else { return nil }
        k += 1
        guard k == n || !(isWordByte(bytes[k]) || isDigit(bytes[k])) else { return nil }
        return k
    }

    /// One number: at most one decimal point, after any grouping commas, and groups of three digits after each comma,
    /// or the Indian grouping in twos before the last three ("1,40,986", "12,34,567").
    private static func isOneNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        // The digit groups between commas, before any point, tracked without an array: this runs for every number.
        var points = 0
        var groups = 0
        var first = 0, current = 0, previous = 0
        var restAreThree = true, middleAreTwo = true
        var k = start
        func closeGroup() {
            if groups == 0 { first = current } else {
                if current != 3 { restAreThree = false }
                if groups >= 2, previous != 2 { middleAreTwo = false }
                previous = current
            }
            groups += 1
            current = 0
        }
        while k < end {
            let b = bytes[k]
            if b == 0x2E {
                points += 1
                if points == 1 { closeGroup() }
            } else if b == 0x2C {
                if points > 0 { return false }
                closeGroup()
            } else if points == 0 {
                current += 1
            }
            k += 1
        }
        if points == 0 { closeGroup() }
        guard points <= 1 else { return false }
        if groups <= 1 || restAreThree { return true }
        // Indian grouping: twos before the last three ("1,40,986", "12,34,567").
        return groups >= 3 && first <= 2 && previous == 3 && middleAreTwo
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b >= 0x80
    }

    /// Recognises multi-byte punctuation, currency signs and spaces at `i`.
    /// Returns nil when the bytes are not punctuation; a nil kind for a space.
    static func multiBytePunctuation(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Token.Kind?, Int)? {
        let n = bytes.count
        let b = bytes[i]
        if b == 0xC2, i + 1 < n {
            switch bytes[i + 1] {
            case 0xA0: return (nil, 2)                    // no-break space
            case 0xA3: return (.currency("GBP"), 2)       // £
            case 0xA5: return (.currency("JPY"), 2)       // ¥
            case 0xAB: return (.openQuote, 2)             // «
            case 0xBB: return (.closeQuote, 2)            // »
            default: return nil
            }
        }
        if b == 0xE2, i + 2 < n {
            let b1 = bytes[i + 1], b2 = bytes[i + 2]
            if b1 == 0x80 {
                switch b2 {
                case 0x98, 0x9C: return (.openQuote, 3)   // ‘ “
                case 0x99, 0x9D: return (.closeQuote, 3)  // ’ ”
                case 0x93, 0x94, 0x95: return (.dash, 3)  // – — ―
                case 0xA6: return (.punctuation(0x2E), 3) // … counts as a stop
                case 0x89, 0x8A, 0xAF, 0x8B: return (nil, 3)  // thin, hair, narrow no-break, zero-width spaces
                default: return nil
                }
            }
            if b1 == 0x82, b2 == 0xAC { return (.currency("EUR"), 3) }  // €
            if b1 == 0x82, b2 == 0xA1 { return (.currency("CRC"), 3) }  // ₡
            if b1 == 0x82, b2 == 0xA6 { return (.currency("NGN"), 3) }  // ₦
            if b1 == 0x82, b2 == 0xA9 { return (.currency("KRW"), 3) }  // ₩
            if b1 == 0x82, b2 == 0xAA { return (.currency("ILS"), 3) }  // ₪
            if b1 == 0x82, b2 == 0xAB { return (.currency("VND"), 3) }  // ₫
            if b1 == 0x82, b2 == 0xAD { return (.currency("LAK"), 3) }  // ₭
            if b1 == 0x82, b2 == 0xB1 { return (.currency("PHP"), 3) }  // ₱
            if b1 == 0x82, b2 == 0xB4 { return (.currency("UAH"), 3) }  // ₴
            if b1 == 0x82, b2 == 0xBA { return (.currency("TRY"), 3) }  // ₺
            if b1 == 0x82, b2 == 0xBD { return (.currency("RUB"), 3) }  // ₽
            if b1 == 0x82, b2 == 0xBE { return (.currency("GEL"), 3) }  // ₾
            if b1 == 0x82, b2 == 0xBF { return (.currency("BTC"), 3) }  // ₿
            if b1 == 0x82, b2 == 0xB9 { return (.currency("INR"), 3) }  // ₹
        }
        if b == 0xEF, i + 2 < n, bytes[i + 1] == 0xBB, bytes[i + 2] == 0xBF { return (nil, 3) }  // byte-order mark
        if b == 0xE5, i + 2 < n, bytes[i + 1] == 0x85, bytes[i + 2] == 0x83 { return (.currency("CNY"), 3) }  // 元
        return nil
    }
}
