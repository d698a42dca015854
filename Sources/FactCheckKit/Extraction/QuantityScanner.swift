/// What the number scan found in one sentence.
package struct NumberScan {
    package var quantities: [Quantity] = []
    /// Years, dates and relative times, as written: "2014", "July 21, 2017", "last week".
    var times: [String] = []
    /// Ordinals such as "2nd" or "second-largest" mark rankings.
    var hasOrdinal = false
    /// "Thousands of people": an amount in words with no figure, still a claim of number.
    var hasVagueAmount = false
    /// Every figure read, years and days included, with its byte range in the sentence: what the evaluation scores.
    package var figures: [Figure] = []
    /// Byte ranges in the sentence of each quantity, parallel to `quantities`.
    var quantityRanges: [Range<Int>] = []

    /// Keeps a number token that is no quantity (a date's part, a model number) among the figures read.
    mutating func noteFigure(_ token: Token) {
        if let value = token.numericValue { figures.append(Figure(range: token.start..<token.end, value: value)) }
    }
}

/// A number as written, located in its sentence: "1.2bn", "fifteen thousand", the "20" of "$20".
package struct Figure: Equatable {
    package var range: Range<Int>
    package var value: Double
}

/// Finds quantities (numbers, percentages, money, counts) and times in a tokenised sentence.
package enum QuantityScanner {
    /// The scan of a short text read as one sentence on its own (for the evaluation suites).
    package static func scan(_ text: String) -> NumberScan {
        scan(Tokenizer.tokens(text), sentence: text)
    }

    /// `dollar` is the ISO code a bare "$" (and "dollars") stands for in this article.
    static func scan(_ tokens: [Token], sentence: String, dollar: String = "USD", context: FigureContext? = nil) -> NumberScan {
        var scan = NumberScan()
        var hours: [String] = []
        // Token ranges of the quantities, parallel to `scan.quantities`, for the counted-noun pass at the end.
        var tokenRanges: [Range<Int>] = []
        // A quantity's or time's text, read from the sentence's bytes in place (no copy of the sentence).
        var sentence = sentence
        func surface(_ from: Int, _ to: Int) -> String {
            let range = tokens[from].start..<tokens[to - 1].end
            return sentence.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
        }
        var i = 0
        while i < tokens.count {
            // Words that neither start a time nor a quantity nor rank: most of them, skipped at the cost of a bit test
            // (read in place: a copied token costs two string retains and releases).
            if tokens[i].isWord, tokens[i].roles.isDisjoint(with: [.timeWord, .quantityStart, .superlative, .comparison]) {
                i += 1
                continue
            }
            // Quote marks, "%" and punctuation other than a point (".08") open nothing either.
            switch tokens[i].kind {
            case .openQuote, .closeQuote, .straightQuote, .percentSign:
                i += 1
                continue
            case .punctuation(let p) where p != 0x2E:
                i += 1
                continue
            default: break
            }
            // From here on the token is read as `tokens[i]`, in place, not copied into a local: `i` moves only just
            // before each `continue`.
            // Relative and named times: "last week", "on Tuesday", "July 21, 2017".
            if tokens[i].isWord, tokens[i].roles.contains(.timeWord) {
                let w = tokens[i].lowered
                if (w == "last" || w == "this" || w == "next" || w == "past"), i + 1 < tokens.count,
                   Lexicon.timeUnits.contains(tokens[i + 1].lowered) {
                    scan.times.append(surface(i, i + 2))
                    i += 2
                    continue
                }
                if ["yesterday", "today", "tonight"].contains(w) || (Lexicon.weekdays.contains(w) && tokens[i].isCapitalized) {
                    scan.times.append(tokens[i].text)
                    i += 1
                    continue
                }
                if isMonthName(tokens, i) {
                    var j = i + 1
                    // "Sept. 30": an abbreviated month's full stop.
                    if j + 1 < tokens.count, tokens[j].kind == .punctuation(0x2E), tokens[j].attached, tokens[j + 1].isNumber, w.count <= 4 { j += 1 }
                    if j < tokens.count, tokens[j].isNumber, let d = tokens[j].numericValue, d >= 1, d <= 31 { j += 1 }
                    if j < tokens.count, tokens[j].kind == .punctuation(0x2C), j + 1 < tokens.count, isYear(tokens[j + 1]) { j += 2 }
                    else if j < tokens.count, isYear(tokens[j]) { j += 1 }
                    // "February and March 2022": two months sharing a year.
                    if j == i + 1, j + 1 < tokens.count, ["and", "to", "through"].contains(tokens[j].lowered), tokens[j + 1].isCapitalized,
                       Lexicon.months[tokens[j + 1].lowered] != nil, j + 2 < tokens.count, isYear(tokens[j + 2]) {
                        j += 3
                    }
                    if j > i + 1 || w.count > 3 || w == "may" {
                        scan.times.append(surface(dayBefore(tokens, month: i) ?? i, j))
                        i = j
                        continue
                    }
                }
            }
            if tokens[i].isWord, tokens[i].roles.contains(.superlative), tokens[i].text.containsByte(0x2D) {
                scan.hasOrdinal = true  // "second-largest"
            }
            // "doubled", "tripled": a multiplier is a figure.
            if tokens[i].isWord, let factor = multiplierVerbs[tokens[i].lowered] {
                scan.quantities.append(Quantity(text: tokens[i].text, value: factor, unit: "times", kind: .number))
                scan.quantityRanges.append(tokens[i].start..<tokens[i].end)
                tokenRanges.append(i..<(i + 1))
                i += 1
                continue
            }
            if tokens[i].isWord, !tokens[i].roles.contains(.quantityStart), !tokens[i].roles.contains(.timeWord), !tokens[i].roles.contains(.superlative) {
                i += 1
                continue
            }
            // "Ninety Mile Beach", "the Seven Sisters": a number word inside a name names, it does not count.
            if tokens[i].isWord, let after = numberWordInName(tokens, i) {
                i = after
                continue
            }
            // Rankings are figures too: "second-highest", "third largest", "seventh consecutive", "a second day".
            // "the 19th century", "the nineteenth century": a time. "the Second World War", "the First Amendment": a name.
            if let after = ordinalCentury(tokens, i) {
                scan.times.append(surface(i, after))
                i = after
                continue
            }
            if tokens[i].isWord, i > 0, tokens[i].isCapitalized, ordinalWords[tokens[i].lowered] != nil, i + 1 < tokens.count,
               tokens[i + 1].isWord, tokens[i + 1].isCapitalized {
                i += 1
                continue
            }
            // "twenty-first", "thirty-second": an ordinal in words with its tens is always a figure, as "21st" is.
            if tokens[i].isWord, let rank = compoundOrdinal(tokens[i].lowered) ?? ordinalRank(tokens, i) {
                if !labelsPlace(tokens, after: i) { scan.hasOrdinal = true }
                scan.quantities.append(Quantity(text: tokens[i].text, value: rank, unit: nil, kind: .number))
                scan.quantityRanges.append(tokens[i].start..<tokens[i].end)
                tokenRanges.append(i..<(i + 1))
                i += 1
                continue
            }
            // Ordinals: "2nd", "21st", "(26th)"; a day of the month ("March 1st") stays part of its date.
            if tokens[i].isNumber, i + 1 < tokens.count, tokens[i + 1].isOrdinalEnding {
                // "the 3rd floor", "the 21st century": a figure that ranks nothing; nor does a day ("the 1st of July").
                let day = isDayOfMonth(tokens, i)
                if !day, !labelsPlace(tokens, after: i) { scan.hasOrdinal = true }
                if !day, let rank = tokens[i].numericValue {
                    scan.quantities.append(Quantity(text: surface(i, i + 2), value: rank, unit: nil, kind: .number))
                    scan.quantityRanges.append(tokens[i].start..<tokens[i + 1].end)
                    tokenRanges.append(i..<(i + 2))
                }
                i += 2
                continue
            }
            // Clock times "3:30" and ratios "1:1" are not claims of quantity; a race time "2:13:44" is a duration.
            if tokens[i].isNumber, i + 2 < tokens.count, tokens[i + 1].attached, tokens[i + 1].kind == .punctuation(0x3A),
               tokens[i + 2].isNumber {
                let (seconds, next) = clockTime(tokens, i)
                if let seconds {
                    scan.quantities.append(Quantity(text: surface(i, next), value: seconds, unit: "seconds", kind: .number, qualifier: qualifier(before: i, in: tokens)))
                    scan.quantityRanges.append(tokens[i].start..<tokens[next - 1].end)
                    tokenRanges.append(i..<next)
                }
                i = next
                continue
            }
            // Fiscal years and ISO dates are times, not figures: "2018-19", "2020-2021", "2015-12-08".
            if tokens[i].isNumber, isYear(tokens[i]), let next = yearSpan(tokens, i) {
                scan.times.append(surface(i, next))
                i = next
                continue
            }
            // "in ’91", "the class of '08", "the ’60s": a year cut to two digits after an apostrophe is a time.
            if tokens[i].isNumber, let next = shortYear(tokens, i) {
                scan.times.append(surface(i - 1, next))
                i = next
                continue
            }
            // "in the 80s", "the early 60s": a decade without its century or apostrophe is a time too.
            if tokens[i].isNumber, let next = shortDecade(tokens, i) {
                scan.times.append(surface(i, next))
                i = next
                continue
            }
            // Dates written with slashes are times, not figures: "12/24/2019", "9/11", "11/5" ("3/4" is a fraction).
            // Its numbers are still figures read, as a date's day and year are.
            if tokens[i].isNumber, i + 2 < tokens.count, tokens[i + 1].kind == .punctuation(0x2F), let next = slashedDate(tokens, i) {
                if next > i { scan.times.append(surface(i, next)) }
                let end = max(next, i + 3)
                for k in stride(from: i, to: end, by: 2) { scan.noteFigure(tokens[k]) }
                i = end
                continue
            }
            // "PlayStation 4 Pro", "Windows 10 Home": a number inside a name names a model, it counts nothing (a
            // figure read all the same, as a date's day is).
            if tokens[i].isNumber, isModelNumber(tokens, i) {
                scan.noteFigure(tokens[i])
                i += 1
                continue
            }
            // "deforestation[23]", "in 1642.[31]": a reference mark points to a source, it is no figure.
            if tokens[i].isNumber, i > 0, i + 1 < tokens.count, tokens[i - 1].kind == .punctuation(0x5B), tokens[i + 1].kind == .punctuation(0x5D),
               tokens[i].text.utf8.count <= 3 {
                i += 2
                continue
            }
            // "4K", "8K", "1080p", "1,440p": a screen's resolution names a format, it counts nothing (a figure read all
            // the same, as a model number is).
            if tokens[i].isNumber, let next = resolutionLabel(tokens, i) ?? numberInWord(tokens, i) {
                scan.noteFigure(tokens[i])
                i = next
                continue
            }
            // "9 a.m.", "4am", "10 p.m.": a time of day is when, and counts nothing (a figure read all the same:
            // "opened at 9 a.m." against "at 10 a.m." is a changed figure).
            if let next = timeOfDay(tokens, i) ?? timeOfDayRange(tokens, i) {
                hours.append(surface(i, next))
                for k in i..<next where tokens[k].isNumber { scan.noteFigure(tokens[k]) }
                i = next
                continue
            }
            // "District 8", "section 8", "Route 9": numbers that name, not count.
            if tokens[i].isNumber, i > 0, isLabelNumber(tokens, i) {
                i += 1
                // "Table 6-1", "Figure 2.3-4": the label's parts after a hyphen name it too.
                while i + 1 < tokens.count, tokens[i].attached, tokens[i].kind == .dash, tokens[i + 1].attached, tokens[i + 1].isNumber { i += 2 }
                continue
            }
            // "almost a minute", "more than a decade": one unit of time, an amount.
            if tokens[i].isWord, let (unit, next) = singleTimeUnit(tokens, i) {
                scan.quantities.append(Quantity(text: surface(i, next), value: 1, unit: unit, kind: .number, qualifier: qualifier(before: i, in: tokens)))
                scan.quantityRanges.append(tokens[i].start..<tokens[next - 1].end)
                tokenRanges.append(i..<next)
                i = next
                continue
            }
            if i == 0, let found = leadingPercent(tokens, surface: surface) {
                scan.quantities.append(found.quantity)
                scan.quantityRanges.append(tokens[0].start..<tokens[found.next - 1].end)
                tokenRanges.append(0..<found.next)
                i = found.next
                continue
            }
            if isURLEncoded(tokens, i) {
                i += 1
                continue
            }
            if tokens[i].isNumber, isYearBeforeTitle(tokens, i) || isYearAfterDeterminer(tokens, i) {
                scan.times.append(surface(i, i + 1))
                scan.noteFigure(tokens[i])
                i += 1
                continue
            }
            if let found = quantity(tokens, at: i, dollar: dollar, surface: surface) {
                let quantity = found.quantity, next = found.next
                if !found.isMeasure { scan.figures.append(Figure(range: tokens[found.figure.lowerBound].start..<tokens[found.figure.upperBound - 1].end, value: found.figureValue)) }
                if quantity.kind == .number, isYearValue(tokens, i, next) {
                    let (phrase, end) = timePhrase(tokens, i, next, surface: surface)
                    scan.times.append(phrase)
                    i = end
                    continue
                } else if isVagueAmount(tokens, i, next, quantity) {
                    scan.hasVagueAmount = true
                } else if !isDayOfMonth(tokens, i) {
                    scan.quantities.append(quantity)
                    scan.quantityRanges.append(tokens[i].start..<tokens[next - 1].end)
                    tokenRanges.append(i..<next)
                }
                i = next
                continue
            }
            i += 1
        }
        // A time of day after the dates: "at 9 a.m. on Monday" is dated Monday first.
        scan.times += hours
        if scan.quantities.count > 1 { joinDurations(&scan, tokenRanges: &tokenRanges, tokens: tokens, surface: surface) }
        if scan.quantities.count > 1 { shareRangeMoney(&scan, tokenRanges: tokenRanges, tokens: tokens) }
        if !scan.quantities.isEmpty { inferCountedThings(&scan, tokenRanges: tokenRanges, tokens: tokens, context: context) }
        return scan
    }

    /// Digits inside a URL's percent-encoding ("q=30%25%2020%") are not figures: a "%" written against
    /// the digits on either side.
    private static func isURLEncoded(_ tokens: [Token], _ i: Int) -> Bool {
        guard tokens[i].isNumber else { return false }
        if i > 0, tokens[i].attached, tokens[i - 1].kind == .percentSign { return true }
        if i + 2 < tokens.count, tokens[i + 1].kind == .percentSign, tokens[i + 1].attached, tokens[i + 2].attached,
           tokens[i + 2].isNumber || tokens[i + 2].isWord { return true }
        return false
    }

    /// "per cent of 210" opening a sentence: a bare percent word cannot open one otherwise.
    private static func leadingPercent(_ tokens: [Token], surface: (Int, Int) -> String) -> (quantity: Quantity, next: Int)? {
        var j = 0
        let w = tokens[0].lowered
        if w == "percent" || w == "percents" { j = 1 } else if w == "per", tokens.count > 1, tokens[1].lowered == "cent" { j = 2 } else { return nil }
        guard j + 1 < tokens.count, tokens[j].lowered == "of", let read = FigureReader.read(tokens, at: j + 1, money: false) else { return nil }
        return (Quantity(text: surface(0, read.next), value: read.value, unit: "percent", kind: .percentage), read.next)
    }

    /// A year stands alone: "in 2014", "a 1996 law", "the 1940s".
    private static func isYearValue(_ tokens: [Token], _ i: Int, _ next: Int) -> Bool {
        next == i + 1 && isYear(tokens[i]) || (next == i + 2 && isYear(tokens[i]) && tokens[i + 1].lowered == "s")
    }

    /// "A 2017 Human Rights Report", "the 2020 Summer Olympics": a modern year before a capitalised name dates it,
    /// it counts nothing ("1,500 Marines" has its comma, "1500 Marines" is older than any year read so).
    private static func isYearBeforeTitle(_ tokens: [Token], _ i: Int) -> Bool {
        guard isYear(tokens[i]), let year = tokens[i].numericValue, year >= 1900, i + 1 < tokens.count,
              tokens[i + 1].isWord, tokens[i + 1].isCapitalized else { return false }
        return Lexicon.months[tokens[i + 1].lowered] == nil
    }

    /// "the 2016 elections", "its 2019 report": a modern year between a determiner and its noun dates the noun
    /// (a count that large is written with its comma: "the 2,016 ballots"). Not a distance: "the 1500 metres".
    private static func isYearAfterDeterminer(_ tokens: [Token], _ i: Int) -> Bool {
        guard i > 0, isYear(tokens[i]), let year = tokens[i].numericValue, year >= 1900, i + 1 < tokens.count,
              tokens[i + 1].isWord, !tokens[i + 1].attached, measureUnit(tokens, at: i + 1) == nil,
              !["and", "to", "through", "until", "or"].contains(tokens[i + 1].lowered) else { return false }  // "the 1923 and 1926 ..." is one time
        switch tokens[i - 1].lowered {
        case "the", "its", "their", "his", "her", "our", "this", "that", "whose": return true
        default: return false
        }
    }

    /// The "s" of a decade against its year, "the 1970s": what follows ("the 1970s many artists ...") is not counted.
    private static func isDecadeMark(_ tokens: [Token], _ next: Int) -> Bool {
        next > 0 && next < tokens.count && tokens[next].attached && tokens[next].lowered == "s" && isYear(tokens[next - 1])
    }

    static func isYear(_ token: Token) -> Bool {
        guard token.isNumber, token.text.utf8.count == 4, !token.text.containsByte(0x2C), let v = token.numericValue else { return false }
        return v >= 1000 && v <= 2100
    }

    /// "from 1980 to 2012" stays one time reference.
    private static func timePhrase(_ tokens: [Token], _ i: Int, _ next: Int, surface: (Int, Int) -> String) -> (String, Int) {
        if next + 1 < tokens.count, ["to", "and", "through", "until"].contains(tokens[next].lowered), isYear(tokens[next + 1]) {
            let from = i > 0 && ["from", "between"].contains(tokens[i - 1].lowered) ? i - 1 : i
            return (surface(from, next + 2), next + 2)
        }
        // "the 1960s": a decade.
        if next < tokens.count, tokens[next].attached, tokens[next].lowered == "s" { return (surface(i, next + 1), next + 1) }
        return (surface(i, next), next)
    }

    /// Two digits right after an apostrophe that opens a word ("’91", "'08", "’60s"): the token after the year.
    private static func shortYear(_ tokens: [Token], _ i: Int) -> Int? {
        guard i > 0, tokens[i].attached, tokens[i].text.utf8.count == 2, !tokens[i - 1].attached || i == 1 else { return nil }
        let mark = tokens[i - 1].text
        guard mark == "’" || mark == "'" || mark == "‘" else { return nil }
        if i + 1 < tokens.count, tokens[i + 1].attached, tokens[i + 1].lowered == "s" { return i + 2 }
        if i + 1 < tokens.count, tokens[i + 1].attached,
           tokens[i + 1].isWord || tokens[i + 1].isNumber || tokens[i + 1].kind == .percentSign { return nil }  // "'17%"
        return i + 1
    }

    /// "the 80s", "the early 60s", "the mid-90s" (a decade's two digits and an "s" against them, after "the" or a word
    /// of when in it): the token after it. Not an age ("in their 30s", "in his 40s") nor a temperature.
    private static func shortDecade(_ tokens: [Token], _ i: Int) -> Int? {
        guard i > 0, i + 1 < tokens.count, tokens[i].text.utf8.count == 2, tokens[i + 1].attached, tokens[i + 1].lowered == "s",
              let value = tokens[i].numericValue, value.truncatingRemainder(dividingBy: 10) == 0 else { return nil }
        switch tokens[i - 1].lowered {
        case "the", "early", "mid", "late", "mid-": break
        default: return nil
        }
        // "Highs were in the 80s": a temperature, not a decade.
        return tokens.contains { $0.isWord && temperatureWords.contains($0.lowered) } ? nil : i + 2
    }

    private static let temperatureWords: WordSet = ["temperature", "temperatures", "highs", "lows", "degrees", "heat", "fahrenheit"]

    /// "a minute", "a decade" after a qualifier ("almost a minute", "more than a decade", "nearly a year"): the unit
    /// stored and the token after it. Not a rate ("$164 a year") nor a time ("a year ago").
    private static func singleTimeUnit(_ tokens: [Token], _ i: Int) -> (String, Int)? {
        let w = tokens[i].lowered
        guard w == "a" || w == "an", i > 0, i + 1 < tokens.count, tokens[i - 1].isWord,
              let unit = measureWords[tokens[i + 1].lowered], durationUnits.contains(unit) else { return nil }
        // "a year ago", "a day earlier": when, not how long.
        if i + 2 < tokens.count, whenWords.contains(tokens[i + 2].lowered) { return nil }
        guard qualifier(before: i, in: tokens) != nil else { return nil }
        return (unit, i + 2)
    }

    /// Units of time (as `measureWords` stores them) one of which is an amount after a qualifier: "almost a minute",
    /// "more than a decade". ("in a
    /// decade" alone is left unread: after "the highest" it bounds a record as a date does, and "for a second
    /// review" is an ordinal.)
    static let durationUnits: WordSet = ["seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries"]

    /// Words after one unit of time that make it a when: "a year ago", "a day earlier".
    private static let whenWords: WordSet = ["ago", "earlier", "later", "before", "after"]

    /// "21" in "July 21", "21 July", "21st July" or "the 21st of July" is part of a date.
    private static func isDayOfMonth(_ tokens: [Token], _ i: Int) -> Bool {
        guard let v = tokens[i].numericValue, v >= 1, v <= 31, !tokens[i].text.containsByte(0x2E) else { return false }
        if i > 0, Lexicon.months[tokens[i - 1].lowered] != nil, tokens[i - 1].isCapitalized { return true }
        // "Sept. 30": the abbreviation's full stop between.
        if i > 1, tokens[i - 1].kind == .punctuation(0x2E), Lexicon.months[tokens[i - 2].lowered] != nil, tokens[i - 2].isCapitalized { return true }
        var k = i + 1
        if k < tokens.count, tokens[k].isOrdinalEnding {
            k += 1
            if k < tokens.count, tokens[k].lowered == "of" { k += 1 }
        }
        return k < tokens.count && isMonthName(tokens, k)
    }

    /// Where the day written before the month at `month` starts: "15 March", "1st July", "the 1st of July".
    private static func dayBefore(_ tokens: [Token], month: Int) -> Int? {
        var k = month - 1
        guard k >= 0 else { return nil }
        if tokens[k].lowered == "of", k >= 2, tokens[k - 1].attached { k -= 1 }
        if k >= 1, tokens[k].isOrdinalEnding { k -= 1 } else if tokens[k].lowered == "of" { return nil }
        guard tokens[k].isNumber, let v = tokens[k].numericValue, v >= 1, v <= 31, v == v.rounded() else { return nil }
        return k
    }

    /// A month's name as a date writes it: capitalised, and "May" only where it is the month.
    private static func isMonthName(_ tokens: [Token], _ k: Int) -> Bool {
        tokens[k].isCapitalized && Lexicon.months[tokens[k].lowered] != nil && (tokens[k].lowered != "may" || Lexicon.isMonthMay(tokens, k))
    }

    /// "second-largest", "third-biggest": an ordinal joined to a superlative.
    static func superlativeTail(_ word: String) -> Bool {
        guard let last = word.split(separator: "-").last else { return false }
        return Lexicon.superlatives.contains(String(last))
    }

    /// Reads one quantity starting at token `i`, with its currency, scale, unit and qualifier.
    static func quantity(_ tokens: [Token], at start: Int, dollar: String = "USD", surface: (Int, Int) -> String) -> FoundQuantity? {
        var i = start
        var currency: String?
        // Currency before the figure: "$", "US$", "USD", "£". Each prefix's neighbours are tested before its word list
        // is asked: most words opening a quantity ("a", "two", "half") have no currency sign or figure after them.
        var bareDollar = false
        if case .currency(let code) = tokens[i].kind {
            currency = tokens[i].text == "$" ? dollar : code.string
            bareDollar = tokens[i].text == "$"
            i += 1
        } else if tokens[i].isWord, i + 1 < tokens.count, tokens[i + 1].attached, tokens[i + 1].kind == .currency("USD"),
                  let code = dollarPrefixes[tokens[i].text] {
            currency = code
            i += 2
        } else if tokens[i].isWord, i + 2 < tokens.count, tokens[i + 1].attached, case .currency = tokens[i + 1].kind,
                  tokens[i + 2].isNumber, currencyCodes.contains(tokens[i].text) || tokens[i].text == "RMB" {
            currency = tokens[i].text == "RMB" ? "CNY" : tokens[i].text  // "CNY¥1.2 billion": the code says which yen sign
            i += 2
        } else if tokens[i].isWord, i + 2 < tokens.count, tokens[i + 1].kind == .currency("USD"), tokens[i + 2].isNumber,
                  let code = spacedDollarPrefixes[tokens[i].lowered] {
            currency = code  // "us $ 150 million", "c $ 16.4 million", as wire copy spaces them
            i += 2
        } else if tokens[i].isWord, let figureAt = afterPrefix(tokens, i), let code = currencyPrefixWords[tokens[i].text] {
            currency = code  // "Rs 3,612 crore", "Rs. 1,309.10"
            i = figureAt
        } else if tokens[i].isWord, tokens[i].text.utf8.count == 3, currencyCodes.contains(tokens[i].text), i + 1 < tokens.count,
                  tokens[i + 1].isNumber || NumberWords.simpleValue(tokens[i + 1].lowered) != nil {
            currency = tokens[i].text
            i += 1
        }
        // "a one-yen bid", "a five-dollar bill": figure and currency in one hyphenated word.
        if currency == nil, tokens[i].isWord, tokens[i].roles.contains(.quantityStart), tokens[i].lowered.containsByte(0x2D) {
            let parts = tokens[i].lowered.split(separator: "-")
            if parts.count == 2, let value = NumberWords.simpleValue(String(parts[0])), let code = currencyWords[String(parts[1])] {
                let money = hundredthWords.contains(String(parts[1])) ? ExactDecimal.divided(value, 100) : value
                let quantity = Quantity(text: tokens[i].text, value: money, unit: code, kind: .money, qualifier: qualifier(before: start, in: tokens))
                return FoundQuantity(quantity: quantity, next: i + 1, figure: i..<(i + 1), figureValue: value)
            }
        }
        // "a three-year war", "a two-time winner": a number word joined to what it measures.
        if currency == nil, let found = hyphenatedWordFigure(tokens, at: i, surface: surface) { return found }
        guard i < tokens.count, let read = FigureReader.read(tokens, at: i, money: currency != nil) else { return nil }
        var value = read.value
        var next = read.next
        let isFraction = read.isFraction
        // Scale words after a figure in digits: "135 million", "1,674.5 million".
        if !isFraction, next < tokens.count, tokens[next - 1].isNumber, let scale = NumberWords.scales[tokens[next].lowered],
           !tokens[next].lowered.hasSuffix("s") || tokens[next].lowered == "crores" || tokens[next].lowered == "lakhs" {
            value = ExactDecimal.times(value, scale)
            next += 1
        }
        // "$793-million": a scale joined by a hyphen.
        if !isFraction, next + 1 < tokens.count, tokens[next - 1].isNumber, isJoinedByHyphen(tokens, next),
           let scale = NumberWords.scales[tokens[next + 1].lowered], !tokens[next + 1].lowered.hasSuffix("s") {
            value = ExactDecimal.times(value, scale)
            next += 2
        }
        let figure = i..<next
        let figureValue = value
        // "1.8-percent", "26.2-mile", "10-tonne", "35-year low": the unit joined by a hyphen.
        if !isFraction, currency == nil, read.measure == nil, next + 1 < tokens.count, tokens[next - 1].isNumber,
           isJoinedByHyphen(tokens, next), tokens[next + 1].isWord {
            let word = tokens[next + 1].lowered
            let head = word.split(separator: "-").first.map(String.init) ?? word
            let isPercent = head == "percent" || head == "per"
            let quantity = Quantity(
                text: surface(start, next + 2), value: value, unit: isPercent ? "percent" : (measureWords[head] ?? head),
                kind: isPercent ? .percentage : .number, qualifier: qualifier(before: start, in: tokens)
            )
            return FoundQuantity(quantity: quantity, next: next + 2, figure: figure, figureValue: figureValue, isMeasure: !isPercent)
        }
        // "rose 3p to 280p", "a 5p charge": pence, a hundredth of a pound.
        if read.measure == "p", currency == nil {
            let quantity = Quantity(
                text: surface(start, next), value: ExactDecimal.divided(value, 100), unit: "GBP", kind: .money,
                qualifier: qualifier(before: start, in: tokens)
            )
            return FoundQuantity(quantity: quantity, next: next, figure: figure, figureValue: figureValue, isMeasure: false)
        }
        if let measure = read.measure {
            // "38C", "100F": a temperature, as news writes it without the degree sign.
            let unit = measure == "C" ? "degrees Celsius" : measure == "F" ? "degrees Fahrenheit" : measure
            let quantity = Quantity(text: surface(start, next), value: value, unit: unit, kind: .number, qualifier: qualifier(before: start, in: tokens))
            return FoundQuantity(quantity: quantity, next: next, figure: figure, figureValue: figureValue, isMeasure: true)
        }
        // "100+ use cases", "10,000+ fans": a plus after the figure means more than it.
        var plus = false
        if next < tokens.count, tokens[next].attached, tokens[next].kind == .punctuation(0x2B), tokens[next - 1].isNumber {
            plus = true
            next += 1
        }
        var unit: String?
        var kind = QuantityKind.number
        if next < tokens.count, !isFraction {
            let t = tokens[next]
            let w = t.lowered
            if t.kind == .percentSign {
                unit = "percent"; kind = .percentage; next += 1
            } else if w == "percent" || w == "pct" || w == "percents" {
                unit = "percent"; kind = .percentage; next += 1
                if next < tokens.count, tokens[next].lowered == "points" { unit = "percentage points"; next += 1 }
            } else if w == "per", next + 1 < tokens.count, tokens[next + 1].lowered == "cent" {
                unit = "percent"; kind = .percentage; next += 2
            } else if w == "percentage", next + 1 < tokens.count, tokens[next + 1].lowered == "points" {
                unit = "percentage points"; kind = .percentage; next += 2
            } else if w == "percentage" {
                unit = "percent"; kind = .percentage; next += 1
            } else if bareDollar, t.isCapitalized, let code = nationalCurrencies[w + " dollars"],
                      next + 1 >= tokens.count || !(tokens[next + 1].isWord && tokens[next + 1].isCapitalized) {
                // "$100 Australian", "$50 Canadian": the dollar the adjective after the figure names.
                currency = code
                next += 1
                if next < tokens.count, tokens[next].lowered == "dollars" || tokens[next].lowered == "dollar" { next += 1 }
            } else if let named = nationalCurrency(tokens, at: next), currency == nil || currency == "USD" {
                currency = named.code  // "125 million australian dollars", "10,000 swiss francs", "40 New Zealand dollars"
                next += named.words
            } else if w == "pounds" || w == "pound", currency == nil, weighs(tokens, after: next, value: value) {
                unit = "pounds"; next += 1  // "weighs 8.4 pounds", "10 pounds of cocaine": a weight, not sterling
            } else if let word = currencyWords[w], currency == nil || currency == word || (word == "USD" && currency == dollar) {
                // "dollars" and "cents" are the article's dollar: "$20 dollars" in a Toronto story is CAD.
                let code = word == "USD" ? dollar : word
                currency = code
                if Self.hundredthWords.contains(w) { value = ExactDecimal.divided(value, 100) }
                next += 1
            } else if t.isWord, currencyCodes.contains(t.text), currency == nil {
                currency = t.text
                next += 1
            }
        }
        // A sign after the figure: "100 ₡", "100元", "10 €".
        if currency == nil, kind == .number, !isFraction, next < tokens.count, case .currency(let code) = tokens[next].kind,
           next + 1 >= tokens.count || !tokens[next + 1].isNumber {
            currency = code.string
            next += 1
        }
        // Change after the main unit: "3 dollars 50 cents", "thirteen dollars and forty-five cents".
        // After a sign, only change in words counts ("$ 100 and fifty"): "between $20 and 30" is a range.
        if currency != nil, next > 0, !hundredthWords.contains(tokens[next - 1].lowered),
           tokens[next - 1].isWord || (next + 1 < tokens.count && tokens[next].lowered == "and" && tokens[next + 1].isWord),
           let (change, after) = minorUnits(tokens, at: next) {
            value += change
            next = after
        }
        if let currency {
            unit = currency
            kind = .money
        } else if kind == .number, !isFraction, next + 1 < tokens.count, tokens[next].lowered == "times", isComparative(tokens[next + 1]) {
            unit = "times"  // "four times faster", "three times as many"
            next += 1
        } else if kind == .number, !isFraction, let (measure, after) = measureUnit(tokens, at: next) {
            unit = measure  // "411.2 ppm", "110 mph", "3.5 parts per million", "2 degrees Celsius"
            next = after
        } else if kind == .number, !isFraction, !isDecadeMark(tokens, next),
                  let (noun, after) = countedThing(tokens, at: next, directOnly: isYearAfterTimeWord(tokens, start, next)) {
            unit = noun
            kind = .count
            next = after
        }
        let quantity = Quantity(
            text: surface(start, next), value: value, unit: unit, kind: kind,
            qualifier: qualifier(before: start, in: tokens) ?? (plus ? "more than" : nil)
        )
        return FoundQuantity(quantity: quantity, next: next, figure: figure, figureValue: figureValue)
    }

    /// A quantity read at some token, the token after it, and where its bare figure stands.
    struct FoundQuantity {
        var quantity: Quantity
        var next: Int
        /// Token indices of the figure alone: "135 million" in "$135 million in revenue".
        var figure: Range<Int>
        var figureValue: Double
        /// "180ml", "29km": a measurement, kept as a quantity but not a bare figure.
        var isMeasure = false
    }

    /// A year after a word of time, "in 2013", "since 1998": it counts only a noun right after it ("in 2013 cases");
    /// the words after are what happened then, not what it counts ("in 2013 replaced summits").
    private static func isYearAfterTimeWord(_ tokens: [Token], _ start: Int, _ next: Int) -> Bool {
        guard next == start + 1, start > 0, isYear(tokens[start]) else { return false }
        switch tokens[start - 1].lowered {
        case "in", "since", "by", "until", "during", "before", "after", "through", "from": return true
        default: return false
        }
    }

    /// The plural noun a figure counts: "97 countries", "1,204 people", "97 federal agencies". With `directOnly`, only
    /// a noun right after the figure.
    private static func countedThing(_ tokens: [Token], at start: Int, directOnly: Bool = false) -> (String, Int)? {
        var i = start
        // "a million or more residents", "500 or so people"
        if i + 2 < tokens.count, ["or", "and"].contains(tokens[i].lowered), ["more", "fewer", "so", "over"].contains(tokens[i + 1].lowered) { i += 2 }
        guard i < tokens.count, tokens[i].isWord else { return nil }
        if isPluralNoun(tokens[i]) { return compoundHead(tokens, i) }
        if directOnly { return nil }
        // "12 more nurses", "40 fewer homes", "three more noble gases": the change is in the figure, the counted thing
        // after it.
        if tokens[i].lowered == "more" || tokens[i].lowered == "fewer", i + 1 < tokens.count, tokens[i + 1].isWord,
           !tokens[i + 1].isCapitalized {
            if isPluralNoun(tokens[i + 1]) { return compoundHead(tokens, i + 1) }
            if tokens[i + 1].lowered != "more", tokens[i + 1].lowered != "fewer", let found = countedThing(tokens, at: i + 1) { return found }
        }
        if i + 1 < tokens.count, tokens[i + 1].isWord, !tokens[i].isCapitalized || tokens[i + 1].isCapitalized,
           !Lexicon.notCountNouns.contains(tokens[i].lowered), !Lexicon.speechVerbs.contains(tokens[i].lowered),
           isPluralNoun(tokens[i + 1]), !modifierStops.contains(tokens[i].lowered) {
            return compoundHead(tokens, i + 1)
        }
        // Modifiers between: "400,000 U.S. men and women", "10,000 fully loaded aircraft carriers".
        var j = i
        var modifiers = 0
        while j < tokens.count, modifiers < 3 {
            if tokens[j].kind == .punctuation(0x2E), tokens[j].attached, j > i { j += 1; continue }  // "U.S."
            guard tokens[j].isWord, !modifierStops.contains(tokens[j].lowered), !Lexicon.speechVerbs.contains(tokens[j].lowered),
                  !Lexicon.comparisonWords.contains(tokens[j].lowered) else { return nil }
            if modifiers > 0, isPluralNoun(tokens[j]) { return compoundHead(tokens, j) }
            modifiers += 1
            j += 1
        }
        if j < tokens.count, modifiers > 0, tokens[j].isWord, isPluralNoun(tokens[j]) { return compoundHead(tokens, j) }
        return nil
    }

    /// The counted noun found at `k`, or the plural noun right after it that heads the compound: "40 police officers",
    /// "12 staff members", "5,000 DevSecOps professionals" count officers, members and professionals.
    private static func compoundHead(_ tokens: [Token], _ k: Int) -> (String, Int) {
        if k + 1 < tokens.count, tokens[k + 1].isWord, !tokens[k + 1].attached, !tokens[k + 1].isCapitalized, isPluralNoun(tokens[k + 1]),
           !Lexicon.speechVerbs.contains(tokens[k + 1].lowered) {
            return (tokens[k + 1].lowered, k + 2)
        }
        return (tokens[k].lowered, k + 1)
    }

    /// Words that cannot stand between a figure and what it counts.
    private static let modifierStops: WordSet = [
        "of", "and", "or", "to", "in", "were", "are", "have", "had", "was", "is", "the", "a", "an", "for", "from", "by",
        "with", "at", "on", "than", "that", "who", "which", "per", "more", "less", "fewer", "over", "under", "as", "be",
        "been", "will", "would", "could", "has", "it", "they", "he", "she", "we", "their", "its", "his", "her", "this",
        "when", "where", "while", "if", "because", "until", "since", "but", "not",
    ]

    /// "faster", "more", "as", "higher": what makes "four times" a multiplier.
    private static func isComparative(_ token: Token) -> Bool {
        let w = token.lowered
        return ["more", "as", "less", "higher", "larger", "greater", "bigger", "faster", "lower", "smaller", "the"].contains(w)
            || (w.hasSuffix("er") && w.utf8.count > 4 && token.isWord && !token.isCapitalized)
    }

    private static func isPluralNoun(_ token: Token) -> Bool {
        let w = token.lowered
        if Lexicon.isIrregularPlural(w) { return true }
        guard w.count > 3, w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is"),
              !w.endsWithPossessiveS else { return false }
        return !Lexicon.notCountNouns.contains(w) && NumberWords.scales[w] == nil && currencyWords[w] == nil
    }

    /// "more than", "nearly", "at least" just before the figure.
    static func qualifier(before i: Int, in tokens: [Token]) -> String? {
        // Only the phrases that end in the word before the figure are compared, in the list's order.
        guard i > 0, tokens[i - 1].isWord, let candidates = qualifiersByLastWord[tokens[i - 1].lowered] else { return nil }
        var best: [String]?
        for phrase in candidates where phrase.count <= i && phrase.count > (best?.count ?? 0) {
            // Compared in place, last word first: most phrases fail on it without allocating.
            var matches = true
            for k in stride(from: phrase.count - 1, through: 0, by: -1) where tokens[i - phrase.count + k].lowered != phrase[k] {
                matches = false
                break
            }
            if matches { best = phrase }
        }
        return best?.joined(separator: " ")
    }

    /// `Lexicon.qualifiers` by last word, each word's phrases in the list's order.
    private static let qualifiersByLastWord = WordTable(Dictionary(grouping: Lexicon.qualifiers, by: { $0.last! }))
}
