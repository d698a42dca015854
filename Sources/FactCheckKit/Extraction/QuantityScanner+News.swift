/// What the figures of the sentences before tell the next one: "... rose 3.6 percent. Its neighbour grew 3.2."
struct FigureContext {
    /// The counted thing of the last count read ("refugees"), and how many sentences ago.
    var countedThing: String?
    var sentencesSinceCount = 0
    /// The last figure of the previous sentence was a percentage.
    var lastWasPercent = false

    mutating func update(with quantities: [Quantity]) {
        sentencesSinceCount += 1
        if let count = quantities.last(where: { $0.kind == .count }) {
            countedThing = count.unit
            sentencesSinceCount = 0
        }
        if let last = quantities.last { lastWasPercent = last.kind == .percentage }
    }
}

/// The forms real news writes figures in that the core scanner leaves alone: rankings, race times, fiscal years,
/// label numbers, currencies named by a prefix, hyphenated units, measures, and counts whose noun is elsewhere.
extension QuantityScanner {
    static let ordinalWords: WordTable<Double> = [
        "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    ]

    /// "twenty-first" 21, "thirty-second" 32: a tens word joined by a hyphen to an ordinal of one to nine. Unlike
    /// "second" alone (a unit of time, a verb), such a word is only ever an ordinal.
    static func compoundOrdinal(_ word: String) -> Double? {
        guard word.utf8.count >= 10, let hyphen = word.firstIndex(of: "-"), let tens = NumberWords.tens[String(word[..<hyphen])] else { return nil }
        let rest = String(word[word.index(after: hyphen)...])
        guard let ones = rest == "first" ? 1 : ordinalWords[rest], ones <= 9 else { return nil }
        return tens + ones
    }

    /// Words after which an ordinal is not a rank: "a second of", "the third to", "to second a motion".
    private static let notRankAfter: WordSet = ["of", "to", "that", "is", "was", "or", "in", "on", "at", "by", "for", "half", "quarter"]

    /// Verbs that multiply: "profits doubled" is a factor of 2.
    static let multiplierVerbs: WordTable<Double> = [
        "doubled": 2, "tripled": 3, "trebled": 3, "quadrupled": 4, "doubling": 2, "tripling": 3, "quadrupling": 4,
    ]

    /// What speakers number without ranking anything: "the second point", "a third time".
    private static let notRanked: WordSet = [
        "point", "points", "thing", "things", "time", "question", "issue", "reason", "part", "one", "step", "look",
        "thought", "chance", "opinion", "term", "example", "case", "instance",
    ]

    /// Nouns an ordinal names a place, level or position in time by: "the third floor", "second and third grade", "the
    /// 21st century", "the 9th Circuit", "the 20th minute". The ordinal is still a figure, but it ranks nothing.
    private static let placeLabels: WordSet = [
        "floor", "floors", "storey", "storeys", "grade", "grades", "grader", "graders", "row", "street", "avenue",
        "lane", "ward", "precinct", "district", "circuit", "century", "centuries", "amendment",
        // Positions in a time or a match: "the 20th minute", "the third quarter", "the ninth inning".
        "minute", "quarter", "quarters", "inning", "innings", "lap", "hole", "day", "week", "month",
    ]

    /// The ordinal at `i` ("third", "3rd": the suffix token is skipped) labels a place or level: its noun, perhaps
    /// after a second ordinal joined by "and", "or" or "to" ("second and third floor"), is one of `placeLabels`.
    static func labelsPlace(_ tokens: [Token], after i: Int) -> Bool {
        var j = i + 1
        if j < tokens.count, tokens[i].isNumber, tokens[j].attached { j += 1 }  // "3rd": past "rd"
        if j + 1 < tokens.count, ["and", "or", "to"].contains(tokens[j].lowered) {
            let next = tokens[j + 1]
            if next.isWord, ordinalWords[next.lowered] != nil { j += 2 }
            else if next.isNumber, j + 2 < tokens.count, tokens[j + 2].attached { j += 3 }
        }
        return j < tokens.count && tokens[j].isWord && placeLabels.contains(tokens[j].lowered)
    }

    /// The rank an ordinal word gives: "second-highest" 2, "third largest" 3, "seventh consecutive" 7,
    /// "a second day" 2. Nil for "second" as a unit of time ("a second", "per second") or a verb.
    static func ordinalRank(_ tokens: [Token], _ i: Int) -> Double? {
        let w = tokens[i].lowered
        if w.containsByte(0x2D) {
            // "second-highest", "third-fewest"
            let parts = w.split(separator: "-", maxSplits: 1)
            guard parts.count == 2, let rank = ordinalWords[String(parts[0])], tokens[i].roles.contains(.superlative)
                    || Lexicon.superlatives.contains(String(parts[1])) || parts[1].hasSuffix("est") else { return nil }
            return rank
        }
        guard let rank = ordinalWords[w], i + 1 < tokens.count, tokens[i + 1].isWord,
              !notRankAfter.contains(tokens[i + 1].lowered), !notRanked.contains(tokens[i + 1].lowered) else { return nil }
        if i > 0, ["to", "per", "every", "split", "each"].contains(tokens[i - 1].lowered) { return nil }
        // "a fifth of", "two fifths": a share, read as a fraction elsewhere.
        if w != "second", NumberWords.denominators[w] != nil, i > 0, tokens[i - 1].lowered == "a" || NumberWords.simpleValue(tokens[i - 1].lowered) != nil {
            return nil
        }
        return rank
    }

    /// "2:13:44" (hours, minutes, seconds) as seconds; "3:30" and "1:1" as nothing. Returns the token after it either way.
    static func clockTime(_ tokens: [Token], _ i: Int) -> (Double?, Int) {
        var parts: [Token] = [tokens[i]]
        var j = i + 1
        while j + 1 < tokens.count, tokens[j].attached, tokens[j].kind == .punctuation(0x3A), tokens[j + 1].attached, tokens[j + 1].isNumber {
            parts.append(tokens[j + 1])
            j += 2
        }
        guard parts.count == 3, parts[1].text.utf8.count == 2, parts[2].text.utf8.count == 2,
              let h = parts[0].numericValue, let m = parts[1].numericValue, let s = parts[2].numericValue, m < 60, s < 60 else {
            return (nil, j)
        }
        return (h * 3600 + m * 60 + s, j)
    }

    /// A year joined to the next by a hyphen: "2018-19", "2020-2021", "2015-12-08", or a slash: "2019/20". Returns the
    /// token after it.
    static func yearSpan(_ tokens: [Token], _ i: Int) -> Int? {
        // "2019/20": a fiscal year written with a slash.
        let slashed = i + 2 < tokens.count && tokens[i + 1].kind == .punctuation(0x2F) && tokens[i + 1].attached
            && tokens[i + 2].text.utf8.count == 2 && isFollowingYear(tokens[i + 2], after: tokens[i])
        // "1769–70": an en dash joins years as a hyphen does.
        let enDashed = i + 2 < tokens.count && tokens[i + 1].kind == .dash && tokens[i + 1].text == "–" && tokens[i + 1].attached
        guard i + 2 < tokens.count, isJoinedByHyphen(tokens, i + 1) || slashed || enDashed, tokens[i + 2].isNumber, tokens[i + 2].attached else { return nil }
        if slashed { return i + 3 }
        let second = tokens[i + 2].text.utf8.count
        if second == 2, i + 4 < tokens.count, isJoinedByHyphen(tokens, i + 3), tokens[i + 4].isNumber, tokens[i + 4].attached {
            return i + 5  // an ISO date
        }
        // "2008-9": a fiscal year's second year by its last digit.
        let lastDigit = second == 1 && tokens[i].numericValue.map { Int($0) % 10 != 9 && (Int($0) + 1) % 10 == Int(tokens[i + 2].numericValue ?? -1) } == true
        guard second == 2 || lastDigit || (second == 4 && isYear(tokens[i + 2])) else { return nil }
        return i + 3
    }

    /// A capitalised number word inside a sentence, after a word and before another capitalised word, is part of a
    /// name ("on Ninety Mile Beach", "at Three Mile Island"): returns the token after the name. Not at the sentence's
    /// start, after a quote mark or a colon, where any word takes a capital ("Seven Mile Road" opening a sentence is
    /// read as a figure, as "Seven People Died" in a title would be).
    static func numberWordInName(_ tokens: [Token], _ i: Int) -> Int? {
        guard i > 0, i + 1 < tokens.count, tokens[i].isCapitalized, tokens[i - 1].isWord, tokens[i + 1].isWord,
              tokens[i + 1].isCapitalized, !tokens[i].isAllCaps else { return nil }
        let w = tokens[i].lowered
        guard NumberWords.units[w] != nil || NumberWords.tens[w] != nil else { return nil }
        var j = i + 1
        while j < tokens.count, tokens[j].isWord, tokens[j].isCapitalized { j += 1 }
        return j
    }

    /// A whole number of one to three digits between two capitalised words inside a sentence, not after a month or a
    /// currency: "PlayStation 4 Pro", "Windows 10 Home".
    static func isModelNumber(_ tokens: [Token], _ i: Int) -> Bool {
        guard i >= 2, i + 1 < tokens.count, tokens[i - 1].isWord, tokens[i - 1].isCapitalized, tokens[i + 1].isWord,
              tokens[i + 1].isCapitalized, !tokens[i + 1].attached, !tokens[i].attached,
              tokens[i].text.utf8.count <= 3, tokens[i].text.utf8.allSatisfy(Tokenizer.isDigit) else { return false }
        let before = tokens[i - 1].lowered
        return Lexicon.months[before] == nil && currencyWords[before] == nil && !currencyCodes.contains(tokens[i - 1].text)
            && !currencyPrefixWords.keys.contains(tokens[i - 1].text)
    }

    /// "pounds" at `k` weighs something: "of" follows a figure under a million ("10 pounds of cocaine"; "3 million
    /// pounds of taxpayers' money" is money), or the sentence speaks of weight ("weighs", "heavier", "lighter").
    static func weighs(_ tokens: [Token], after k: Int, value: Double) -> Bool {
        if k + 1 < tokens.count, tokens[k + 1].lowered == "of", value < 1_000_000 { return true }
        return tokens.contains { token in
            guard token.isWord else { return false }
            let w = token.lowered
            return w.hasPrefix("weigh") || w == "heavier" || w == "lighter" || w == "heavy" || w == "heaviest" || w == "lightest"
        }
    }

    /// `next` is the last two digits of the year after `year`: the "20" of "2019/20".
    private static func isFollowingYear(_ next: Token, after year: Token) -> Bool {
        guard let a = year.numericValue, let b = next.numericValue else { return false }
        return (Int(a) + 1) % 100 == Int(b)
    }

    /// A date written with slashes at `i` ("12/24/2019", "24/12/19", "9/11", "11/5"), returning the token after it;
    /// `i` itself for "24/7", which is "round the clock" and neither a date nor a figure. Nil for what is not a date:
    /// a fraction ("3/4", "9/10"), a score or ratio ("50/50"), a fiscal year ("2019/20").
    static func slashedDate(_ tokens: [Token], _ i: Int) -> Int? {
        func part(_ k: Int, digits: ClosedRange<Int>) -> Double? {
            guard k < tokens.count, tokens[k].isNumber, tokens[k].attached || k == i, digits.contains(tokens[k].text.utf8.count),
                  tokens[k].text.utf8.allSatisfy(Tokenizer.isDigit) else { return nil }
            return tokens[k].numericValue
        }
        guard tokens[i + 1].attached, let first = part(i, digits: 1...2), let second = part(i + 2, digits: 1...2),
              first >= 1, second >= 1, first <= 31, second <= 31, first <= 12 || second <= 12 else { return nil }
        if i + 4 < tokens.count, tokens[i + 3].kind == .punctuation(0x2F), tokens[i + 3].attached,
           part(i + 4, digits: 2...4) != nil, tokens[i + 4].text.utf8.count != 3 {
            return i + 5
        }
        if i + 3 < tokens.count, tokens[i + 3].kind == .punctuation(0x2F), tokens[i + 3].attached { return nil }
        if first == 24, second == 7 { return i }
        // A proper fraction over a usual denominator is a share.
        if first < second, FigureReader.digitDenominators.contains(second) { return nil }
        return i + 3
    }

    /// A hyphen written between two tokens with no spaces: "1.8-percent", "2018-19".
    static func isJoinedByHyphen(_ tokens: [Token], _ k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k].kind == .dash && tokens[k].text == "-" && tokens[k].attached && tokens[k + 1].attached
    }

    /// Share indexes whose number is part of their name: "the FTSE 100 fell", "the S&P 500 rose 2%", "the CAC 40".
    private static let shareIndexes: WordSet = [
        "ftse", "s&p", "nasdaq", "russell", "stoxx", "nikkei", "cac", "dax", "asx", "nifty", "tsx", "aim", "mdax",
    ]

    /// The number at `i` completes a share index's name, written as one word or joined pieces ("S&P").
    private static func isIndexName(_ tokens: [Token], _ i: Int) -> Bool {
        // Every index's name ends in a capital ("FTSE", "S&P", "Nasdaq"): asked first, before any string is made.
        guard i > 0, !tokens[i].attached, tokens[i - 1].isCapitalized else { return false }
        var k = i - 1
        while k > 0, tokens[k].attached, k > i - 4 { k -= 1 }
        let name = tokens[k..<i].map(\.text).joined().lowercased()
        return shareIndexes.contains(name)
    }

    /// A whole number after an acronym and before a singular word it labels: "an HTTP 500 error", "ISO 9001
    /// certification". Not a count ("NHS 40,000 nurses" has a plural), a currency ("USD 500") or a unit ("GB").
    private static func isCodeAfterAcronym(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 0, i + 1 < tokens.count, !tokens[i].attached, tokens[i - 1].isWord, tokens[i - 1].isAllCaps,
              (2...5).contains(tokens[i - 1].text.utf8.count), tokens[i].text.utf8.allSatisfy(Tokenizer.isDigit) else { return false }
        let acronym = tokens[i - 1].text
        guard !currencyCodes.contains(acronym), currencyPrefixWords[acronym] == nil, measureWords[acronym.lowercased()] == nil,
              FigureReader.attachedScales[acronym] == nil else { return false }
        let next = tokens[i + 1]
        guard next.isWord, !next.attached, !next.isCapitalized, measureWords[next.lowered] == nil, NumberWords.scales[next.lowered] == nil,
              !next.lowered.hasSuffix("s"), !Lexicon.isIrregularPlural(next.lowered) else { return false }
        return labelledNouns.contains(next.lowered)
    }

    /// Singular nouns a code names: "error", "standard", "certification".
    private static let labelledNouns: WordSet = [
        "error", "errors", "code", "status", "response", "standard", "certification", "certificate", "page", "port",
        "protocol", "version", "specification", "norm", "rule", "form",
    ]

    /// Words before a number that make it a name: "District 8", "section 8", "Route 9", "Chapter 11".
    static let labelWords: WordSet = [
        "district", "section", "route", "highway", "interstate", "chapter", "article", "ward", "precinct", "room",
        "flight", "gate", "channel", "page", "table", "figure", "step", "phase", "stage", "amendment", "proposition",
        "unit", "lot", "block", "platform", "terminal", "level", "grade", "class", "version", "episode", "season",
    ]

    /// A whole number written after a capitalised word inside the sentence is part of a name: "Apollo 11 landed",
    /// "the Boeing 747", "Internet Explorer 6", "Studio 54". Not a count ("in Texas 12 people", a plural after it),
    /// a percentage, scale or unit ("Ohio 40 percent"), a score ("Sweden 1 – 0"), a year ("Budget 2022" is a time)
    /// or a date ("May 7"); a capital opening the sentence proves no name ("Surpassed 414 ppm").
    private static func isNameNumber(_ tokens: [Token], _ i: Int) -> Bool {
        guard i >= 2, !tokens[i].attached, tokens[i - 1].isWord, tokens[i - 1].isCapitalized, !tokens[i - 1].isAllCaps,
              tokens[i - 2].isWord || tokens[i - 2].kind == .punctuation(0x2C),
              tokens[i].text.utf8.count <= 4, tokens[i].text.utf8.allSatisfy(Tokenizer.isDigit), !isYear(tokens[i]) else { return false }
        let name = tokens[i - 1].lowered
        guard Lexicon.months[name] == nil, !Lexicon.weekdays.contains(name), currencyPrefixWords[tokens[i - 1].text] == nil,
              !Lexicon.sentenceStarters.contains(tokens[i - 1].text) else { return false }
        // "Conway's 426,964", "UNHCR's 64-year history": an owner's figure is an amount.
        guard !tokens[i - 1].lowered.endsWithPossessiveS else { return false }
        guard i + 1 < tokens.count else { return true }
        let next = tokens[i + 1]
        // "64-year", "6-4": a word or figure joined to the number makes one quantity with it.
        if next.attached && (next.isWord || next.isNumber || next.kind == .dash)
            || next.kind == .dash && i + 2 < tokens.count && tokens[i + 2].isNumber { return false }
        guard next.isWord, !next.isCapitalized else { return next.kind != .punctuation(0x25) }
        let word = next.lowered
        return !word.hasSuffix("s") && !Lexicon.isIrregularPlural(word) && measureWords[word] == nil
            && NumberWords.scales[word] == nil && word != "percent" && word != "per" && word != "times"
            && NumberWords.simpleValue(word) == nil
    }

    /// An hour of the clock, 1 to 12, then "a.m.", "p.m.", "am" or "pm" (written apart or joined: "4am"). Returns the
    /// token after the mark; nil for anything else ("9 am" is read as a time too: "a.m." without its stops).
    static func timeOfDay(_ tokens: [Token], _ i: Int) -> Int? {
        // Settled on the next word's first letter, before any number is read: this asks of every figure.
        guard i + 1 < tokens.count, opensMeridiem(tokens[i + 1]), isHour(tokens[i]) else { return nil }
        // The mark's letters, across the full stops the tokenizer may split off: "a.m." is "a", ".", "m", "." or "a.m", ".".
        var letters: [UInt8] = []
        var dotted = false
        var j = i + 1
        while j < tokens.count, j <= i + 4, letters.count < 2 {
            let token = tokens[j]
            if token.kind == .punctuation(0x2E), j > i + 1, token.attached {
                dotted = true
                j += 1
                continue
            }
            guard token.isWord, j == i + 1 || token.attached else { break }
            for b in token.lowered.utf8 {
                if b == 0x2E { dotted = true } else { letters.append(b) }
            }
            j += 1
        }
        guard letters.count == 2, letters[1] == 0x6D, letters[0] == 0x61 || letters[0] == 0x70 else { return nil }
        // The closing full stop of "a.m." (at a sentence's end, the sentence's too).
        if dotted, j < tokens.count, tokens[j].kind == .punctuation(0x2E), tokens[j].attached { j += 1 }
        return j
    }

    /// A word that may open "a.m." or "p.m.": its first letter is an "a" or a "p".
    private static func opensMeridiem(_ token: Token) -> Bool {
        guard token.isWord, let first = token.text.utf8.first else { return false }
        return first | 0x20 == 0x61 || first | 0x20 == 0x70
    }

    /// A number joined to a word that is no unit names something, and counts nothing: "4chan", "1Password" (and a
    /// reference mark run into the next word: "[3]Sometimes"). Returns the token after the word. A unit is short
    /// ("80kg", "4GB", "3.5mm") or a word of measure, scale, currency or time ("10percent", "5million", "3hours").
    static func numberInWord(_ tokens: [Token], _ i: Int) -> Int? {
        guard i + 1 < tokens.count, tokens[i + 1].attached, tokens[i + 1].isWord, tokens[i + 1].text.utf8.count >= 4,
              !(i + 2 < tokens.count && tokens[i + 2].attached && tokens[i + 2].isNumber) else { return nil }
        let word = tokens[i + 1].lowered
        guard word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return nil }
        if measureWords[word] != nil || NumberWords.scales[word] != nil || currencyWords[word] != nil || Lexicon.timeUnits.contains(word)
            || Lexicon.timeUnits.contains(String(word.dropLast())) || percentWords.contains(word) || unitWords.contains(word) || durationUnits.contains(word) {
            return nil
        }
        return i + 2
    }

    /// Words of percent joined to a figure: "10percent".
    private static let percentWords: WordSet = ["percent", "pct", "perc"]

    /// Longer unit abbreviations joined to a figure: "5mins", "100kmph".
    private static let unitWords: WordSet = ["mins", "secs", "hrs", "kmph", "kmh", "sqft", "sqm", "kwh", "mwh", "gwh", "twh", "noon"]

    /// "720p", "1080p", "1,440p", and "4K" or "8K" said of a picture ("in native 4K", "4K TVs", "4K/HDR"; "earned 4K"
    /// and "$4K" are amounts): names of screen resolutions. Returns the token after the letter.
    static func resolutionLabel(_ tokens: [Token], _ i: Int) -> Int? {
        guard i + 1 < tokens.count, tokens[i + 1].attached, tokens[i + 1].isWord, let value = tokens[i].numericValue else { return nil }
        switch tokens[i + 1].text {
        case "K":
            guard value == 4 || value == 8 else { return nil }
            let before = i > 0 && tokens[i - 1].isWord && resolutionBefore.contains(tokens[i - 1].lowered)
            let after = i + 2 < tokens.count
                && (tokens[i + 2].kind == .punctuation(0x2F) || tokens[i + 2].isWord && resolutionAfter.contains(tokens[i + 2].lowered))
            return before || after ? i + 2 : nil
        case "p":
            return progressiveLines.contains(value) ? i + 2 : nil
        default:
            return nil
        }
    }

    /// Picture heights written with a "p": "720p", "1080p".
    private static let progressiveLines: Set<Double> = [360, 480, 576, 720, 1080, 1440, 2160, 4320]

    /// Words before "4K" that say a picture's resolution follows: "in native 4K", "true 4K", "1080p and 4K".
    private static let resolutionBefore: WordSet = ["in", "native", "true", "full", "and", "or", "to", "between", "than", "at"]
    /// Words after "4K" that make it a picture's resolution: "4K TVs", "4K textures", "4K Blu-ray".
    private static let resolutionAfter: WordSet = [
        "hdr", "tv", "tvs", "television", "televisions", "resolution", "video", "videos", "blu-ray", "textures", "content",
        "display", "displays", "screen", "screens", "monitor", "monitors", "streaming", "gaming", "rendering", "uhd",
        "camera", "cameras", "footage", "movies", "film", "films",
    ]

    /// "19th century", "nineteenth century", "21st centuries": an ordinal before "century" names a time. Returns the
    /// token after "century".
    static func ordinalCentury(_ tokens: [Token], _ i: Int) -> Int? {
        // "20th-century", "19th-century house": the ordinal's ending joined to "century" by a hyphen.
        if tokens[i].isNumber, i + 1 < tokens.count, tokens[i + 1].attached, tokens[i + 1].isWord {
            switch tokens[i + 1].lowered {
            case "st-century", "nd-century", "rd-century", "th-century": return i + 2
            default: break
            }
        }
        // "nineteenth-century", "twenty-first-century": an ordinal in words joined to "century".
        if tokens[i].isWord, tokens[i].lowered.hasSuffix("-century") {
            let ordinal = String(tokens[i].lowered.dropLast(8))
            if ordinalWords[ordinal] != nil || compoundOrdinal(ordinal) != nil { return i + 1 }
        }
        // "century" first: this asks of every figure and number word.
        let j = tokens[i].isNumber ? i + 2 : i + 1
        guard j < tokens.count, tokens[j].isWord else { return nil }
        let length = tokens[j].lowered.utf8.count
        guard length == 7 || length == 9, tokens[j].lowered == "century" || tokens[j].lowered == "centuries" else { return nil }
        if tokens[i].isNumber {
            guard tokens[i + 1].attached else { return nil }
            switch tokens[i + 1].lowered {
            case "st", "nd", "rd", "th": return j + 1
            default: return nil
            }
        }
        return tokens[i].isWord && (ordinalWords[tokens[i].lowered] != nil || compoundOrdinal(tokens[i].lowered) != nil) ? j + 1 : nil
    }

    /// "three or four a.m.", "9 to 11 p.m.": the first hour of a range of times of day. Returns the token after the
    /// second's mark.
    static func timeOfDayRange(_ tokens: [Token], _ i: Int) -> Int? {
        guard i + 3 < tokens.count, opensMeridiem(tokens[i + 3]) else { return nil }
        switch tokens[i + 1].lowered {
        case "or", "to", "and", "-", "–": break
        default: return nil
        }
        guard isHour(tokens[i]) else { return nil }
        return timeOfDay(tokens, i + 2)
    }

    /// A whole number from 1 to 12, in digits or in words.
    private static func isHour(_ token: Token) -> Bool {
        let value = token.isNumber ? token.numericValue : token.isWord ? NumberWords.simpleValue(token.lowered) : nil
        guard let value else { return false }
        return value >= 1 && value <= 12 && value == value.rounded()
    }

    static func isLabelNumber(_ tokens: [Token], _ i: Int) -> Bool {
        if isIndexName(tokens, i) || isCodeAfterAcronym(tokens, i) || isNameNumber(tokens, i) { return true }
        guard labelWords.contains(tokens[i - 1].lowered), tokens[i].numericValue.map({ $0 == $0.rounded() }) == true else { return false }
        // "section 8", "District 8"; not "a season 20 games long" (a plural noun after it counts). A capitalised label
        // names whatever follows: "Figure 3 shows", "Table 2 lists" (verbs), "Chapter 11 protection".
        if tokens[i - 1].isCapitalized { return true }
        return !(i + 1 < tokens.count && tokens[i + 1].isWord && tokens[i + 1].lowered.hasSuffix("s"))
    }

    /// "thousands of people", "millions of images": a scale on its own is a vague amount, not a figure.
    /// "the first half" is a period, not a share.
    static func isVagueAmount(_ tokens: [Token], _ i: Int, _ next: Int, _ quantity: Quantity) -> Bool {
        let w = tokens[i].lowered
        if next == i + 1, ["thousands", "millions", "billions", "hundreds", "dozens", "lakhs", "crores"].contains(w) { return true }
        if w == "half", i > 0, ["first", "second", "latter", "former"].contains(tokens[i - 1].lowered) { return true }
        return false
    }

    /// Currencies written as a word before the figure: "Rs 3,612 crore", "Rs. 1,309.10".
    static let currencyPrefixWords: WordTable<String> = ["Rs": "INR", "Rp": "IDR", "RM": "MYR", "Tk": "BDT"]

    /// The figure after a currency prefix and its optional full stop.
    static func afterPrefix(_ tokens: [Token], _ i: Int) -> Int? {
        var j = i + 1
        if j < tokens.count, tokens[j].kind == .punctuation(0x2E), tokens[j].attached { j += 1 }
        return j < tokens.count && tokens[j].isNumber ? j : nil
    }

    /// "a three-year war" (3 years), "a two-time winner" (2): a number word and what it measures in one word.
    /// "one-time" and "one-day" are not figures.
    static func hyphenatedWordFigure(_ tokens: [Token], at i: Int, surface: (Int, Int) -> String) -> FoundQuantity? {
        guard i < tokens.count, tokens[i].isWord, tokens[i].lowered.containsByte(0x2D) else { return nil }
        let parts = tokens[i].lowered.split(separator: "-")
        guard parts.count >= 2, let value = NumberWords.simpleValue(String(parts[0])), value >= 2,
              NumberWords.simpleValue(String(parts[1])) == nil, NumberWords.denominators[String(parts[1])] == nil,
              NumberWords.scales[String(parts[1])] == nil, currencyWords[String(parts[1])] == nil,
              NumberWords.hyphenatedScaleValue(tokens[i].lowered) == nil else { return nil }
        let head = String(parts[1])
        let quantity = Quantity(text: tokens[i].text, value: value, unit: measureWords[head] ?? head, kind: .number, qualifier: qualifier(before: i, in: tokens))
        return FoundQuantity(quantity: quantity, next: i + 1, figure: i..<(i + 1), figureValue: value, isMeasure: true)
    }

    /// Units of measure after a figure, singular or abbreviated (plurals are read as counted things): the written
    /// form and the unit stored.
    static let measureWords: WordTable<String> = [
        "ppm": "ppm", "ppb": "ppb", "mph": "mph", "kph": "km/h", "km": "km", "kg": "kg", "mg": "mg", "mm": "mm",
        "cm": "cm", "ft": "feet", "mi": "miles", "lb": "pounds", "lbs": "pounds", "oz": "ounces", "ml": "ml", "kw": "kW",
        "kwh": "kWh", "mw": "MW", "gw": "GW", "gwh": "GWh", "twh": "TWh", "°c": "degrees Celsius",
        "°f": "degrees Fahrenheit", "mile": "miles", "tonne": "tonnes", "ton": "tons", "metre": "metres",
        "meter": "metres", "kilometre": "km", "kilometer": "km", "kilogram": "kg", "foot": "feet", "inch": "inches",
        "acre": "acres", "hectare": "hectares", "gallon": "gallons", "litre": "litres", "liter": "litres",
        "barrel": "barrels", "degree": "degrees", "hour": "hours", "minute": "minutes", "year": "years",
        "month": "months", "week": "weeks", "day": "days", "decade": "decades", "century": "centuries",
    ]

    /// A unit of measure at `i`: "ppm", "mph", "parts per million", "degrees Celsius", "mile".
    static func measureUnit(_ tokens: [Token], at i: Int) -> (String, Int)? {
        guard i < tokens.count, tokens[i].isWord else { return nil }
        let w = tokens[i].lowered
        if w == "parts", i + 2 < tokens.count, tokens[i + 1].lowered == "per" {
            switch tokens[i + 2].lowered {
            case "million": return ("ppm", i + 3)
            case "billion": return ("ppb", i + 3)
            default: break
            }
        }
        if w == "degrees" || w == "degree", i + 1 < tokens.count, ["celsius", "fahrenheit", "centigrade"].contains(tokens[i + 1].lowered) {
            return ("degrees " + tokens[i + 1].text, i + 2)
        }
        if w == "square" || w == "sq" {
            // "268,000 square kilometres (103,500 sq mi)": an area, not a length.
            var j = i + 1
            if w == "sq", j < tokens.count, tokens[j].kind == .punctuation(0x2E), tokens[j].attached { j += 1 }
            if j < tokens.count, tokens[j].isWord, let length = squaredLengths[tokens[j].lowered] { return ("square " + length, j + 1) }
        }
        if let unit = measureWords[w] { return (unit, i + 1) }
        return nil
    }

    /// Lengths that "square" makes an area of, singular and plural, with the unit stored.
    private static let squaredLengths: WordTable<String> = [
        "km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km", "mi": "miles",
        "mile": "miles", "miles": "miles", "m": "metres", "metre": "metres", "metres": "metres", "meter": "metres",
        "meters": "metres", "ft": "feet", "foot": "feet", "feet": "feet",
    ]

    /// Words after which a bare figure is a tally or a score, not a count: "passed 6-2", "won 3-1".
    private static let tallyWords: WordSet = ["passed", "voted", "vote", "won", "lost", "beat", "defeated", "approved", "rejected", "score", "scored"]

    /// "$12–16 million", "€4.5-5 billion", "£3–4bn", "between $12 and $16 million": a range of money with the sign
    /// on its first end and the scale on its second. The second end is in the first's currency, and the first takes
    /// the second's scale when its figure is the smaller (a range runs up: "from $900 to $1.2 million" is left alone).
    static func shareRangeMoney(_ scan: inout NumberScan, tokenRanges: [Range<Int>], tokens: [Token]) {
        guard tokenRanges.count == scan.quantities.count, scan.quantities.count >= 2 else { return }
        for k in 0..<(scan.quantities.count - 1) where scan.quantities[k].kind == .money {
            let first = tokenRanges[k], second = tokenRanges[k + 1]
            guard second.lowerBound == first.upperBound + 1 else { continue }
            // "and" joins a range only after "between": "$12 and 16 of them" is two figures.
            switch tokens[first.upperBound].lowered {
            case "-", "–", "to", "through": break
            case "and" where first.lowerBound > 0 && tokens[first.lowerBound - 1].lowered == "between": break
            default: continue
            }
            if scan.quantities[k + 1].kind == .number, scan.quantities[k + 1].unit == nil, tokens[second.lowerBound].isNumber {
                scan.quantities[k + 1].kind = .money
                scan.quantities[k + 1].unit = scan.quantities[k].unit
            }
            guard scan.quantities[k + 1].kind == .money, scan.quantities[k + 1].unit == scan.quantities[k].unit,
                  let firstFigure = tokens[first].first(where: \.isNumber)?.numericValue, firstFigure == scan.quantities[k].value,
                  let secondFigure = tokens[second].first(where: \.isNumber)?.numericValue, secondFigure > 0 else { continue }
            let scale = (scan.quantities[k + 1].value / secondFigure).rounded()
            guard scale >= 1_000, firstFigure < secondFigure else { continue }
            scan.quantities[k].value = ExactDecimal.times(firstFigure, scale)
        }
    }

    /// Counts whose noun is not next to the figure take it from where the sentence names it: the other end of a
    /// range ("between 11 and 17 named storms"), a partitive ("46 of the 50 metro areas"), the thing the sentence
    /// counts ("Offences ... reached 44,771", "the number of crimes ... rose to 1.6 million"), or the sentence
    /// before. A bare decimal after a percentage is a percentage ("rose 3.6 percent, and Dallas 3.2").
    static func inferCountedThings(_ scan: inout NumberScan, tokenRanges: [Range<Int>], tokens: [Token], context: FigureContext?) {
        guard tokenRanges.count == scan.quantities.count else { return }
        var ages = Set<Int>()
        for k in scan.quantities.indices where scan.quantities[k].kind == .number && scan.quantities[k].unit == nil {
            let range = tokenRanges[k]
            let value = scan.quantities[k].value
            guard value >= 0, !isTally(tokens, range) else { continue }
            // Ranks are plain ("second-highest", "26th").
            if tokens[range.lowerBound].isWord, ordinalWords[tokens[range.lowerBound].lowered.split(separator: "-").first.map(String.init) ?? ""] != nil
                || compoundOrdinal(tokens[range.lowerBound].lowered) != nil { continue }
            if range.count == 2, tokens[range.lowerBound + 1].isOrdinalEnding { continue }
            let isWhole = value == value.rounded()
            // "Parata, 75, has overseen ...", "aged 18 to 24", "between the ages of 25 and 54": ages, in years, not
            // counts of the thing counted before.
            let endOfAgeRange = k > 0 && ages.contains(k - 1) && joinsRange(tokens, from: tokenRanges[k - 1].upperBound, to: range.lowerBound)
            if isWhole, endOfAgeRange || isAge(tokens, range, value: value) || followsAgeWord(tokens, range.lowerBound) {
                scan.quantities[k].unit = "years"
                ages.insert(k)
                continue
            }
            // "a family of seven", "a crew of 12": the members of the group it names.
            if isWhole, let group = collectiveBefore(tokens, range.lowerBound) {
                scan.quantities[k].unit = group
                scan.quantities[k].kind = .count
                continue
            }
            // The next quantity, when this one opens a range or a partitive: "11 and 17 storms", "46 of the 50 areas".
            // Not a share in words: "fell by a fifth to 221 offences" is a fifth of them, not a fifth offence.
            let shareInWords = tokens[range.lowerBound].lowered == "a" || tokens[range.lowerBound].lowered == "an"
            if !shareInWords, k + 1 < scan.quantities.count, scan.quantities[k + 1].unit != nil, tokenRanges[k + 1].lowerBound - range.upperBound <= 4,
               joinsRange(tokens, from: range.upperBound, to: tokenRanges[k + 1].lowerBound) {
                scan.quantities[k].unit = scan.quantities[k + 1].unit
                scan.quantities[k].kind = scan.quantities[k + 1].kind
                // "4.5-5 billion euros": the first end takes the scale of the second.
                if let scale = tokens[tokenRanges[k + 1]].lazy.compactMap({ NumberWords.scales[$0.lowered] }).first,
                   !tokens[range].contains(where: { NumberWords.scales[$0.lowered] != nil }) {
                    scan.quantities[k].value = ExactDecimal.times(value, scale)
                }
                continue
            }
            // The count before it in the sentence: "homicides fell from 654 to 617", "1.14 million refugees, 815,000 ...".
            // Not a span of time: "exploded 73 seconds after liftoff, killing all six aboard" counts people.
            if let previous = scan.quantities[..<k].last(where: { $0.unit != nil }), previous.kind == .count, isWhole,
               !durationUnits.contains(previous.unit ?? "") {
                scan.quantities[k].unit = previous.unit
                scan.quantities[k].kind = previous.kind
                continue
            }
            guard isWhole else {
                // "representing 47.74 of the vote" after a sentence that gave the first share in percent.
                if context?.lastWasPercent == true, value <= 100, tokens[range.lowerBound].isNumber {
                    scan.quantities[k].unit = "percent"
                    scan.quantities[k].kind = .percentage
                }
                continue
            }
            guard value >= 2 else { continue }
            if let noun = countedNounBefore(tokens, range.lowerBound) ?? (context.flatMap { $0.sentencesSinceCount <= 1 ? $0.countedThing : nil }) {
                scan.quantities[k].unit = noun
                scan.quantities[k].kind = .count
            }
        }
    }

    /// A bare whole number set off by commas after a person's name or a word for a person, before a word: "Jane
    /// Smith, 42, won", "Parata, 75, has", "the mayor, 61, said". Not a list ("In Ohio, 12, 14 and 16 were ..."): a
    /// name after a preposition is a place.
    private static func isAge(_ tokens: [Token], _ range: Range<Int>, value: Double) -> Bool {
        guard value >= 1, value <= 120, range.count == 1, tokens[range.lowerBound].isNumber, range.lowerBound >= 2,
              range.upperBound + 1 < tokens.count, tokens[range.upperBound + 1].isWord else { return false }
        let comma = Token.Kind.punctuation(0x2C)
        guard tokens[range.lowerBound - 1].kind == comma, tokens[range.upperBound].kind == comma else { return false }
        var start = range.lowerBound - 2
        let before = tokens[start]
        guard before.isWord else { return false }
        if personWords.contains(before.lowered) { return true }
        guard before.isCapitalized else { return false }
        while start > 0, tokens[start - 1].isWord, tokens[start - 1].isCapitalized { start -= 1 }
        // "In Lagos, 12, ..." or "schools in Lagos, 12, ...": a preposition opens the name or stands before it.
        if placePrepositions.contains(tokens[start].lowered) { return false }
        return start == 0 || !placePrepositions.contains(tokens[start - 1].lowered)
    }

    /// The group a figure after "of" counts the members of: "family" in "his family of seven".
    private static func collectiveBefore(_ tokens: [Token], _ start: Int) -> String? {
        guard start >= 2, tokens[start - 1].lowered == "of", tokens[start - 2].isWord else { return nil }
        let noun = tokens[start - 2].lowered
        // "a family of seven" ends there; "the team of 12 engineers" counts engineers. "In groups of three": each
        // group's size, so the group, as for one.
        if collectiveNouns.contains(noun) { return noun }
        return collectivePlurals[noun]
    }

    /// Nouns for a group whose size "of N" gives: "a family of four", "a crew of six".
    private static let collectiveNouns: WordSet = [
        "family", "group", "team", "crew", "staff", "fleet", "household", "delegation", "band", "herd", "flock", "pack",
        "squad", "cohort", "panel", "jury",
    ]
    private static let collectivePlurals: WordTable<String> = [
        "families": "family", "groups": "group", "teams": "team", "crews": "crew", "households": "household",
    ]

    /// A figure right after a word of age: "aged 18", "ages 5 to 11", "between ages two and four", "the ages of 25".
    private static func followsAgeWord(_ tokens: [Token], _ start: Int) -> Bool {
        guard start > 0, tokens[start - 1].isWord else { return false }
        let before = tokens[start - 1].lowered
        if before == "aged" || before == "ages" || before == "age" { return true }
        // "when she turned 18", "he was 40 when": a person's age, the figure counting nothing else.
        if before == "turned" || before == "turns" { return true }
        if before == "was" || before == "is", start > 1, ["he", "she", "i"].contains(tokens[start - 2].lowered) { return true }
        return before == "of" && start > 1 && (tokens[start - 2].lowered == "ages" || tokens[start - 2].lowered == "age")
    }

    /// Words for a person that an age may follow: "the mayor, 61,".
    private static let personWords: WordSet = [
        "man", "woman", "boy", "girl", "mother", "father", "son", "daughter", "wife", "husband", "resident", "victim",
        "driver", "teacher", "student", "mayor", "senator", "governor", "president", "officer", "suspect", "owner",
    ]

    /// Prepositions before a name that make it a place: "In Ohio, 12, 14 and 16 were chosen".
    private static let placePrepositions: WordSet = ["in", "at", "from", "to", "of", "near", "across", "outside", "inside"]

    /// The units a duration joins, in seconds: made once, not for every sentence with two figures.
    private static let durationSeconds: WordTable<Double> = ["hours": 3600, "hour": 3600, "minutes": 60, "minute": 60, "seconds": 1]

    /// "2 hours, 35 seconds", "3 hours and 5 minutes": one duration, in seconds.
    static func joinDurations(_ scan: inout NumberScan, tokenRanges: inout [Range<Int>], tokens: [Token], surface: (Int, Int) -> String) {
        let seconds = durationSeconds
        var k = 0
        while k + 1 < scan.quantities.count {
            guard let first = seconds[scan.quantities[k].unit ?? ""], let second = seconds[scan.quantities[k + 1].unit ?? ""], second < first,
                  tokens[tokenRanges[k].upperBound..<tokenRanges[k + 1].lowerBound].allSatisfy({ $0.kind == .punctuation(0x2C) || $0.lowered == "and" }) else {
                k += 1
                continue
            }
            let span = tokenRanges[k].lowerBound..<tokenRanges[k + 1].upperBound
            scan.quantities[k] = Quantity(
                text: surface(span.lowerBound, span.upperBound), value: scan.quantities[k].value * first + scan.quantities[k + 1].value * second,
                unit: "seconds", kind: .number, qualifier: scan.quantities[k].qualifier
            )
            scan.quantityRanges[k] = tokens[span.lowerBound].start..<tokens[span.upperBound - 1].end
            tokenRanges[k] = span
            scan.quantities.remove(at: k + 1)
            scan.quantityRanges.remove(at: k + 1)
            tokenRanges.remove(at: k + 1)
        }
    }

    /// "6-2" after "passed", "10-1" before "vote": the two sides of a tally.
    private static func isTally(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        let joinedBefore = range.lowerBound >= 2 && isJoinedByHyphen(tokens, range.lowerBound - 1) || range.lowerBound >= 2 && tokens[range.lowerBound - 1].kind == .dash && tokens[range.lowerBound - 1].attached
        let joinedAfter = range.upperBound + 1 < tokens.count && tokens[range.upperBound].kind == .dash && tokens[range.upperBound + 1].isNumber
        guard joinedBefore || joinedAfter else { return false }
        var first = range.lowerBound
        if joinedBefore { first -= 2 }
        var last = range.upperBound
        if joinedAfter { last += 2 }
        if first > 0, tallyWords.contains(tokens[first - 1].lowered) { return true }
        if first > 1, tokens[first - 1].lowered == "a", tallyWords.contains(tokens[first - 2].lowered) { return true }
        if last < tokens.count, ["vote", "votes", "win", "victory", "decision", "loss", "margin", "lead", "majority"].contains(tokens[last].lowered) { return true }
        // "beat Nadal 6-4", "defeated South Korea 3-1": the loser named between the word and the score.
        var b = first - 1
        while b >= 0, tokens[b].isWord, tokens[b].isCapitalized, first - 1 - b < 4 { b -= 1 }
        if b >= 0, b < first - 1, tokens[b].isWord, tallyWords.contains(tokens[b].lowered) { return true }
        // "6-4, 7-5": the next set of a score.
        if first >= 3, tokens[first - 1].kind == .punctuation(0x2C), tokens[first - 2].isNumber,
           isTally(tokens, (first - 2)..<(first - 1)) {
            return true
        }
        return false
    }

    /// "and", "to", "or", "-", "of the", "of its": what stands between the ends of a range or a partitive.
    private static func joinsRange(_ tokens: [Token], from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        let words = tokens[from..<to].map(\.lowered)
        if words.count == 1, ["and", "to", "or", "-", "–", "through"].contains(words[0]) { return true }
        if words.first == "of", words.count <= 3 { return true }  // "of the", "of the state's"
        // "192 of the unicameral legislature’s 300 seats": an owner of a few words before the whole.
        if words.first == "of", words.count <= 5, let owner = words.last, owner.endsWithPossessiveS { return true }
        if words == ["and", "more"] || words == ["or", "more"] { return false }
        return false
    }

    /// The plural noun the sentence counts, before the figure: the subject ("Offences recorded ... reached"),
    /// or what "the number of" names.
    private static func countedNounBefore(_ tokens: [Token], _ i: Int) -> String? {
        var candidate: String?
        for j in 0..<i where tokens[j].isWord {
            let w = tokens[j].lowered
            if w == "population" || w == "residents" || w == "inhabitants" { return "people" }
            if j >= 2, tokens[j - 1].lowered == "of", tokens[j - 2].lowered == "number" || tokens[j - 2].lowered == "total", isCountNoun(tokens[j]) { return w }
            // "passenger numbers fell to 1.2 million", "visitor figures": the passengers and visitors are counted.
            if candidate == nil, countingNouns.contains(w) {
                // "record numbers of people": what comes after "of" is counted.
                if j + 1 < i, tokens[j + 1].lowered == "of" { continue }
                if let counted = countedModifier(tokens, j) {
                    candidate = counted
                    continue
                }
            }
            // A capital is a name ("Thomas", "Jones"), unless it only opens the sentence on a plural ending ("Offences").
            if candidate == nil, isCountNoun(tokens[j]), !isSubjectsVerb(tokens, j), !durationUnits.contains(w),
               !tokens[j].isCapitalized || (j == 0 && ["ces", "ses", "ers", "ions", "ents", "ants"].contains { w.hasSuffix($0) }) {
                candidate = w
            }
        }
        return candidate
    }

    /// Plural nouns that only say a count is meant: "passenger numbers", "visitor figures".
    private static let countingNouns: WordSet = ["numbers", "figures", "totals"]

    /// Words before "numbers" that say how many, not of what: "record numbers", "official figures".
    private static let countAdjectives: WordSet = [
        "record", "large", "small", "big", "huge", "high", "low", "total", "overall", "the", "these", "those", "new",
        "latest", "early", "key", "raw", "real", "exact", "similar", "such", "some", "any", "their", "its", "our",
    ]

    /// Nouns whose plural is the noun itself: "police numbers" counts police.
    private static let unchangedPlurals: WordSet = ["police", "staff", "people", "personnel", "crew", "cattle", "sheep", "deer", "fish"]

    /// The plural of the noun before "numbers" at `j`, the thing counted: "passenger" → "passengers", "case" →
    /// "cases", "casualty" → "casualties". Nil when that word describes the count instead ("record numbers").
    private static func countedModifier(_ tokens: [Token], _ j: Int) -> String? {
        guard j >= 1, tokens[j - 1].isWord, !tokens[j - 1].isCapitalized || j - 1 == 0 else { return nil }
        let word = tokens[j - 1].lowered
        guard word.utf8.count >= 3, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }), !countAdjectives.contains(word),
              !word.hasSuffix("ing"), !word.hasSuffix("ed"), !word.hasSuffix("al"), !word.hasSuffix("s") else { return nil }
        if unchangedPlurals.contains(word) { return word }
        if word.hasSuffix("y"), let before = word.utf8.dropLast().last, !"aeiou".utf8.contains(before) { return word.dropLast() + "ies" }
        if word.hasSuffix("x") || word.hasSuffix("ch") || word.hasSuffix("sh") { return word + "es" }
        return word + "s"
    }

    /// A word in -s that is the verb of the subject before it, not a plural noun: "It refers to ...", "The plan
    /// identifies three ...", "This report lists ..." (a pronoun, or a determiner and one singular noun opening the
    /// sentence, then the word, then no verb of its own: "The bus stops were moved" keeps "stops" a noun).
    private static func isSubjectsVerb(_ tokens: [Token], _ j: Int) -> Bool {
        guard j >= 1, tokens[j - 1].isWord else { return false }
        if subjectPronouns.contains(tokens[j - 1].lowered) { return true }
        // "It currently supports", "she also runs": an adverb between the pronoun and its verb.
        if j >= 2, tokens[j - 2].isWord, subjectPronouns.contains(tokens[j - 2].lowered), isAdverbBeforeVerb(tokens[j - 1]) { return true }
        guard j == 2, tokens[0].isWord, openingDeterminers.contains(tokens[0].lowered), !tokens[1].lowered.hasSuffix("s"),
              !tokens[1].isCapitalized || tokens[0].isCapitalized && tokens[1].text.utf8.count > 1 else { return false }
        return j + 1 >= tokens.count || !tokens[j + 1].isWord || !auxiliaries.contains(tokens[j + 1].lowered)
    }

    private static func isAdverbBeforeVerb(_ token: Token) -> Bool {
        switch token.lowered {
        case "also", "now", "still", "already", "often", "never", "always", "only": return true
        default: return SourceFinder.isLyAdverb(token)
        }
    }

    private static let subjectPronouns: WordSet = ["it", "he", "she", "this", "that", "which", "who"]
    private static let openingDeterminers: WordSet = ["the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "each", "every"]
    private static let auxiliaries: WordSet = [
        "is", "are", "was", "were", "be", "been", "have", "has", "had", "will", "would", "can", "could", "may", "might",
        "should", "must", "do", "did", "remain", "remained",
    ]

    private static func isCountNoun(_ token: Token) -> Bool {
        let w = token.lowered
        if Lexicon.isIrregularPlural(w) { return true }
        guard w.utf8.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is"),
              !w.endsWithPossessiveS else { return false }
        return !Lexicon.notCountNouns.contains(w) && NumberWords.scales[w] == nil && currencyWords[w] == nil
            && !Lexicon.speechVerbs.contains(w) && !Lexicon.comparisonWords.contains(w) && !verbEndings.contains(w)
            && !Lexicon.timeUnits.contains(String(w.dropLast())) && w != "years" && w != "months"
    }

    /// Verbs in -s that a plural-noun test would take for nouns.
    private static let verbEndings: WordSet = [
        "shows", "says", "means", "makes", "takes", "gives", "comes", "goes", "seems", "remains", "becomes", "includes",
        "expects", "plans", "needs", "wants", "helps", "leads", "puts", "gets", "sets", "lets", "sees", "runs",
    ]
}
