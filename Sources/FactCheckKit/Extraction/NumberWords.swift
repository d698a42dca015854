/// Numbers written in words: "fifteen thousand", "twelve hundred", "half a billion", "two-thirds".
enum NumberWords {
    static let units: WordTable<Double> = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: WordTable<Double> = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: WordTable<Double> = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
        "thousands": 1e3, "millions": 1e6, "billions": 1e9,
        // Indian English news counts in lakhs and crores.
        "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
    ]
    /// Abbreviated scales written after a figure: "1.2bn", "£3.4m", "5k".
    static let scaleAbbreviations: WordTable<Double> = [
        "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
    ]
    /// Denominators of fractions: "a third", "two-thirds", "nine tenths".
    static let denominators: WordTable<Double> = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
        "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
    ]

    /// The value of a single number word ("seven", "forty", "twenty-five").
    static func simpleValue(_ word: String) -> Double? {
        if let v = units[word] ?? tens[word] { return v }
        guard word.containsByte(0x2D) else { return nil }
        let parts = word.split(separator: "-")
        if parts.count == 2, let t = tens[String(parts[0])], let u = units[String(parts[1])], u < 10 { return t + u }
        return nil
    }

    /// Number words joined by hyphens with "hundred" or a scale among them: "two-hundred", "three-thousand",
    /// "twenty-five-hundred". Nil for anything else ("twenty-five" is `simpleValue`'s).
    static func hyphenatedScaleValue(_ word: String) -> Double? {
        // By the last byte first ("hundred", "thousand" end in "d"; "million", "billion", "trillion" in "n"): asked of
        // every word that ends a run of number words.
        guard let last = word.utf8.last, last == 0x64 || last == 0x6E, word.containsByte(0x2D) else { return nil }
        var total = 0.0
        var current = 0.0
        var sawScale = false
        for part in word.split(separator: "-") {
            let p = String(part)
            if let v = units[p] ?? tens[p] {
                guard current.truncatingRemainder(dividingBy: 100) == 0 || (v < 10 && current.truncatingRemainder(dividingBy: 10) == 0) else { return nil }
                current += v
            } else if p == "hundred" {
                current = max(current, 1) * 100
                sawScale = true
            } else if let scale = scales[p], !p.hasSuffix("s") {
                total += ExactDecimal.times(max(current, 1), scale)
                current = 0
                sawScale = true
            } else {
                return nil
            }
        }
        return sawScale ? total + current : nil
    }

    /// Words with a part in a figure written in words other than a value or a scale.
    private enum FigurePart {
        case nought, hundred, dozen, article, point, and
    }

    private static let figureParts: WordTable<FigurePart> = [
        "nought": .nought, "naught": .nought, "hundred": .hundred, "dozen": .dozen, "dozens": .dozen, "dzs": .dozen,
        "dozs": .dozen, "a": .article, "an": .article, "point": .point, "and": .and,
    ]

    /// Parses a run of number words starting at `i` (digits may stand for a word before "hundred" or a scale:
    /// "4 thousand 3 hundred and 21"). Returns the value and the index after the run.
    /// A lone "one" or "a" is not a number here: "one of them", "a report".
    static func parse(_ tokens: [Token], at i: Int) -> (value: Double, next: Int)? {
        var total = 0.0
        var current = 0.0
        var j = i
        var words = 0
        var sawScale = false
        var lastScale = 1.0
        func isScaleWord(_ k: Int) -> Bool {
            k < tokens.count && (tokens[k].lowered == "hundred" || scales[tokens[k].lowered] != nil)
        }
        loop: while j < tokens.count {
            if tokens[j].isNumber {
                // Digits count as a word only before "hundred" or a scale: "3 hundred", "4 thousand".
                guard current == 0, isScaleWord(j + 1), let v = tokens[j].numericValue else { break }
                current = v
                words += 1
                j += 1
                continue
            }
            if tokens[j].kind == .dash, tokens[j].text == "-", words > 0, current.truncatingRemainder(dividingBy: 100) >= 20,
               current.truncatingRemainder(dividingBy: 10) == 0, j + 1 < tokens.count, let v = units[tokens[j + 1].lowered], v < 10, v > 0 {
                current += v  // "fifty - two"
                words += 1
                j += 2
                continue
            }
            guard tokens[j].isWord else { break }
            let w = tokens[j].lowered
            // The word's part in a figure, looked up once instead of compared with each word below in turn.
            let part = figureParts[w]
            if let v = simpleValue(w) ?? (part == .nought ? 0 : nil) ?? hyphenatedScaleValue(w) {
                if current == 0 {
                    if words > 0, !sawScale, tokens[j - 1].lowered != "and" { break }  // "nought nought": two numbers
                    current = v
                } else if v < 10, current.truncatingRemainder(dividingBy: 10) == 0, current.truncatingRemainder(dividingBy: 100) != 0 {
                    current += v  // "twenty five"
                } else if v < 100, current.truncatingRemainder(dividingBy: 100) == 0 {
                    current += v  // "two hundred fifty"
                } else {
                    break  // "five six" is two numbers
                }
            } else if part == .hundred {
                current = max(current, 1) * 100
            } else if let scale = scales[w] {
                if w.hasSuffix("s"), words > 0 { break }  // "two millions" is not how a figure is written
                total += ExactDecimal.times(current == 0 ? 1 : current, scale)
                current = 0
                sawScale = true
                lastScale = scale
            } else if part == .dozen {
                guard words > 0 || current > 0 else { break }
                current = max(current, 1) * 12
            } else if part == .article, words == 0, j + 1 < tokens.count,
                      ["hundred", "thousand", "million", "billion", "trillion", "dozen"].contains(tokens[j + 1].lowered) {
                current = 1
            } else if part == .point, words > 0, j + 1 < tokens.count, let (decimals, after) = decimalDigits(tokens, at: j + 1) {
                current += decimals  // "two hundred point zero three"
                words += 1
                j = after
                break loop
            } else if part == .and, words > 0, j + 1 < tokens.count {
                if let (share, after) = andFraction(tokens, at: j + 1) {
                    // "one and a half", "3 million and a half", "five billion and three quarters", "twenty and three fifths"
                    if after < tokens.count, let scale = scales[tokens[after].lowered] {
                        // "one billion and a half million" adds; "one and a half million" scales the whole.
                        return sawScale ? (total + current + share * scale, after + 1) : ((current + share) * scale, after + 1)
                    }
                    let unit = current == 0 && sawScale ? lastScale : 1
                    return (total + current + share * unit, after)
                }
                let after = tokens[j + 1]
                // "two hundred and four", "three thousand and five", "twenty and three" go on; "two and four" and
                // "twenty and thirty" are two numbers.
                let afterHundreds = sawScale || (current >= 100 && current.truncatingRemainder(dividingBy: 100) == 0)
                let afterTens = current >= 20 && current < 100 && current.truncatingRemainder(dividingBy: 10) == 0
                    && (simpleValue(after.lowered).map { $0 > 0 && $0 < 10 } ?? false)
                guard (simpleValue(after.lowered) != nil && (afterHundreds || afterTens))
                        || (after.isNumber && (current.truncatingRemainder(dividingBy: 100) == 0 || sawScale)) else { break }
                if after.isNumber, let v = after.numericValue, !isScaleWord(j + 2) {
                    // "3 hundred and 21"
                    return (total + current + v, j + 2)
                }
            } else {
                break
            }
            words += 1
            j += 1
        }
        guard words > 0 else { return nil }
        let value = total + current
        // "three fifths", "twenty one fifths", "one eighth": a run of words over a denominator.
        if j < tokens.count, tokens[j].isWord, let d = denominators[tokens[j].lowered], d != 2 || tokens[j].lowered == "halves" {
            let plural = tokens[j].lowered.hasSuffix("s")
            if plural ? value > 1 : value == 1 {
                return (value / d, j + 1)
            }
        }
        if words == 1, !sawScale, value == 1 { return nil }
        return (value, j)
    }

    /// "zero three" → 0.03, "seventy-one" → 0.71, "nought four" → 0.04: the digits after "point".
    private static func decimalDigits(_ tokens: [Token], at i: Int) -> (Double, Int)? {
        var digits: [Int] = []
        var j = i
        while j < tokens.count, tokens[j].isWord {
            let w = tokens[j].lowered
            guard let v = simpleValue(w) ?? (w == "nought" || w == "naught" || w == "oh" ? 0 : nil) else { break }
            if v >= 10 {
                guard digits.isEmpty else { break }
                digits = String(Int(v)).compactMap { $0.wholeNumberValue }
                j += 1
                break
            }
            digits.append(Int(v))
            j += 1
        }
        guard !digits.isEmpty else { return nil }
        let mantissa = digits.reduce(0.0) { $0 * 10 + Double($1) }
        return (ExactDecimal.value(mantissa: mantissa, fractionDigits: digits.count), j)
    }

    /// The fraction after "and": "a half", "a quarter", "one half", "three quarters", "three fifths".
    private static func andFraction(_ tokens: [Token], at i: Int) -> (Double, Int)? {
        guard i + 1 < tokens.count, tokens[i + 1].isWord, let d = denominators[tokens[i + 1].lowered] else { return nil }
        let w = tokens[i].lowered
        let n: Double? = (w == "a" || w == "an") ? 1 : simpleValue(w)
        guard let n, n < d || d == 2 else { return nil }
        return (n / d, i + 2)
    }

    /// A fraction in words at `i`: "two-thirds", "a quarter", "half", "nine tenths", "one in five".
    static func fraction(_ tokens: [Token], at i: Int) -> (value: Double, next: Int)? {
        let w = tokens[i].lowered
        // The word's own value, read once for the forms below that ask it.
        let value = simpleValue(w)
        // "two-thirds", "one-third"
        if w.containsByte(0x2D) {
            let parts = w.split(separator: "-")
            if parts.count == 2, let n = simpleValue(String(parts[0])), let d = denominators[String(parts[1])] {
                return (n / d, i + 1)
            }
        }
        // "one - fourth", "five - eighths": the hyphen spaced out
        if i + 2 < tokens.count, tokens[i + 1].kind == .dash, tokens[i + 1].text == "-", let n = value,
           let d = denominators[tokens[i + 2].lowered] {
            return (n / d, i + 3)
        }
        // "one out of three", "2 out of 5"
        if i + 3 < tokens.count, tokens[i + 1].lowered == "out", tokens[i + 2].lowered == "of",
           let n = value ?? tokens[i].numericValue, let d = simpleValue(tokens[i + 3].lowered) ?? tokens[i + 3].numericValue,
           d > n, n > 0 {
            return (n / d, i + 4)
        }
        // "a quarter of", "one third of" (not "a third term")
        if (w == "a" || w == "one"), i + 2 < tokens.count, tokens[i + 1].isWord, tokens[i + 2].lowered == "of",
           let d = denominators[tokens[i + 1].lowered] {
            return (1 / d, i + 2)
        }
        // "nine tenths", "three quarters"
        if let n = value, n > 1, i + 1 < tokens.count, let d = denominators[tokens[i + 1].lowered],
           tokens[i + 1].lowered.hasSuffix("s") {
            return (n / d, i + 2)
        }
        // "one in five", "1 in 4"; not "112 in 2015"
        let numerator = value ?? tokens[i].numericValue
        if let numerator, numerator <= 20, i + 2 < tokens.count, tokens[i + 1].lowered == "in" {
            // "one in every eight"
            let at = tokens[i + 2].lowered == "every" && i + 3 < tokens.count ? i + 3 : i + 2
            let denominator = simpleValue(tokens[at].lowered) ?? tokens[at].numericValue
            if let denominator, denominator > numerator, denominator <= 1000 { return (numerator / denominator, at + 1) }
        }
        // "half of", "half the": a half on its own
        if w == "half", i + 1 < tokens.count, ["of", "the", "its", "their", "all"].contains(tokens[i + 1].lowered) {
            return (0.5, i + 1)
        }
        return nil
    }
}
