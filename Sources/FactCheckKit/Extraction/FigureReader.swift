/// Reads the figure of a quantity, the number alone, in digits, words or both:
/// "1,426", "-1", "3/4", "2 1/4", "1 234 567", "10k", "1.2bn", "322 hundred", "fifteen thousand",
/// "half a billion", "two-thirds", "one and a half", "two hundred point zero three", "minus five".
enum FigureReader {
    struct Read {
        var value: Double
        var next: Int
        /// A share rather than an amount ("two-thirds", "one in five"): takes no unit or scale after it.
        var isFraction: Bool
        /// A unit written against the digits: "ml" in "180ml", "km" in "29km". Such a figure is a measurement.
        var measure: String? = nil
    }

    /// Scale abbreviations read only when written against the figure ("10k", "1.2bn", "10M"), by case as written:
    /// a lower-case "m" is metres unless money is meant, and "g" is grams.
    static let attachedScales: WordTable<Double> = [
        "k": 1e3, "K": 1e3, "M": 1e6, "mm": 1e6, "MM": 1e6, "mil": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9,
        "B": 1e9, "G": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tln": 1e12, "Bn": 1e9, "BN": 1e9, "m": 1e6,
    ]
    /// Scale abbreviations also read after a space ("2.33 k", "10 bln"); never "m", "b" or "g" on their own.
    static let spacedScales: WordTable<Double> = [
        "k": 1e3, "K": 1e3, "G": 1e9, "M": 1e6, "bn": 1e9, "bln": 1e9, "mn": 1e6, "mln": 1e6, "tln": 1e12, "tn": 1e12,
    ]
    /// Fractions written as one character: "½", "¾".
    static let vulgarFractions: WordTable<Double> = [
        "½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8, "⅙": 1.0 / 6,
        "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
    ]
    /// Denominators a digit fraction is read with: "3/4", not "9/11" or "24/7".
    static let digitDenominators: Set<Double> = [2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 100]

    static func read(_ tokens: [Token], at start: Int, money: Bool) -> Read? {
        var i = start
        var sign = 1.0
        // "minus five", "negative one"; "-1" with the sign against the figure.
        if tokens[i].isWord, tokens[i].lowered == "minus" || tokens[i].lowered == "negative", i + 1 < tokens.count {
            sign = -1
            i += 1
        } else if tokens[i].kind == .dash, tokens[i].text == "-", i + 1 < tokens.count, tokens[i + 1].isNumber, tokens[i + 1].attached,
                  start == 0 || !tokens[i].attached {
            sign = -1
            i += 1
        }
        // "one penny", "one dollar": a lone "one" counts before a currency word.
        if sign > 0, tokens[i].lowered == "one", i + 1 < tokens.count, QuantityScanner.currencyWords[tokens[i + 1].lowered] != nil {
            return Read(value: 1, next: i + 1, isFraction: false)
        }
        if sign < 0, tokens[i].lowered == "one", i + 1 >= tokens.count || !tokens[i + 1].isWord || NumberWords.parse(tokens, at: i) == nil {
            return Read(value: -1, next: i + 1, isFraction: false)  // "minus one": a lone "one" is a figure after a sign
        }
        guard var read = unsigned(tokens, at: i, money: money) else { return nil }
        read.value *= sign
        return read
    }

    private static func unsigned(_ tokens: [Token], at i: Int, money: Bool) -> Read? {
        if tokens[i].isNumber {
            return digits(tokens, at: i, money: money)
        }
        guard tokens[i].isWord else {
            // ".08": a decimal without its leading zero.
            if tokens[i].kind == .punctuation(0x2E), i + 1 < tokens.count, tokens[i + 1].isNumber, tokens[i + 1].attached,
               i == 0 || !tokens[i].attached, let v = tokens[i + 1].numericValue, !tokens[i + 1].text.containsByte(0x2E) {
                var scale = 1.0
                for _ in 0..<tokens[i + 1].text.utf8.count { scale *= 10 }
                return Read(value: v / scale, next: i + 2, isFraction: false)
            }
            return nil
        }
        let w = tokens[i].lowered
        if let fraction = vulgarFractions[tokens[i].text] { return Read(value: fraction, next: i + 1, isFraction: true) }  // "¾ of"
        if w == "half" || w == "quarter", i + 1 < tokens.count {
            let share = w == "half" ? 0.5 : 0.25
            // "half a billion", "half a dozen", "half million", "quarter million"
            if i + 2 < tokens.count, tokens[i + 1].lowered == "a" || tokens[i + 1].lowered == "an",
               let scale = NumberWords.scales[tokens[i + 2].lowered] ?? (tokens[i + 2].lowered == "dozen" ? 12 : nil) {
                return Read(value: share * scale, next: i + 3, isFraction: false)
            }
            if let scale = NumberWords.scales[tokens[i + 1].lowered], !tokens[i + 1].lowered.hasSuffix("s") {
                return Read(value: share * scale, next: i + 2, isFraction: false)
            }
        }
        // "a half", "a fifth", "a hundredth" closing the phrase, or before what follows a share ("fell by a fifth to
        // 221", "by a third in May"), not before a noun it orders ("a fifth time").
        if w == "a" || w == "an", i + 1 < tokens.count, let d = NumberWords.denominators[tokens[i + 1].lowered],
           !tokens[i + 1].lowered.hasSuffix("s"),
           i + 2 >= tokens.count || !tokens[i + 2].isWord || wordsAfterShare.contains(tokens[i + 2].lowered) {
            return Read(value: 1 / d, next: i + 2, isFraction: true)
        }
        if !money, let (value, next) = NumberWords.fraction(tokens, at: i) {
            return Read(value: value, next: next, isFraction: true)
        }
        if let (value, next) = NumberWords.parse(tokens, at: i) {
            return Read(value: value, next: next, isFraction: false)
        }
        return nil
    }

    /// Words that may follow a share without being what it orders: "by a fifth to 221", "a third in May".
    private static let wordsAfterShare: WordSet = [
        "to", "in", "from", "on", "since", "over", "compared", "than", "after", "between", "during", "while", "as", "at",
    ]

    /// A figure that starts with digits.
    private static func digits(_ tokens: [Token], at i: Int, money: Bool) -> Read? {
        guard var value = tokens[i].numericValue else { return nil }
        var next = i + 1
        // Digits grouped by spaces: "1 234 567", "40 000" (a single space or narrow no-break space between).
        if !tokens[i].text.containsByte(0x2C), !tokens[i].text.containsByte(0x2E), tokens[i].text.utf8.count <= 3 {
            var j = i + 1
            var grouped = value
            while j < tokens.count, tokens[j].isNumber, isThousandsGroup(tokens[j]), gap(tokens, j) {
                grouped = grouped * 1000 + (tokens[j].numericValue ?? 0)
                j += 1
            }
            if j > i + 1 { value = grouped; next = j }
        }
        // "5,574, 761": a grouped figure whose last group a stray space cut off.
        if next == i + 1, tokens[i].text.containsByte(0x2C), !tokens[i].text.containsByte(0x2E), i + 2 < tokens.count,
           tokens[i + 1].kind == .punctuation(0x2C), tokens[i + 1].attached, tokens[i + 2].isNumber, !tokens[i + 2].attached,
           tokens[i + 2].text.utf8.count == 3, tokens[i + 2].start == tokens[i + 1].end + 1, let rest = tokens[i + 2].numericValue,
           i + 3 >= tokens.count || !(tokens[i + 3].isNumber) {
            value = value * 1000 + rest
            next = i + 3
        }
        // "3/4", "2 1/4", "-4/5"
        if !money, next == i + 1, let (fraction, after) = digitFraction(tokens, at: i) {
            return Read(value: fraction, next: after, isFraction: true)
        }
        if !money, next == i + 1, next < tokens.count, tokens[next].isNumber, !tokens[next].attached,
           let (fraction, after) = digitFraction(tokens, at: next), fraction < 1 {
            return Read(value: value + fraction, next: after, isFraction: false)
        }
        // "6 ½ minutes", "2¼ tonnes": a fraction written as one character.
        if next == i + 1, next < tokens.count, tokens[next].isWord, let fraction = vulgarFractions[tokens[next].text] {
            return Read(value: value + fraction, next: next + 1, isFraction: false)
        }
        if !money, let (ratio, after) = NumberWords.fraction(tokens, at: i), after > i + 1, tokens[i + 1].lowered == "in" {
            return Read(value: ratio, next: after, isFraction: true)  // "1 in 4"
        }
        guard next < tokens.count else { return Read(value: value, next: next, isFraction: false) }
        let t = tokens[next]
        // "322 hundred", "4 thousand 3 hundred and 21": digits read as number words.
        if t.isWord, t.lowered == "hundred" || NumberWords.scales[t.lowered] != nil, !t.lowered.hasSuffix("s") || t.lowered == "dozens",
           let (words, after) = NumberWords.parse(tokens, at: i) {
            return Read(value: words, next: after, isFraction: false)
        }
        if t.isWord, t.lowered == "dozen" || t.lowered == "dozens" || t.lowered == "dzs" || t.lowered == "dozs" {
            return Read(value: value * 12, next: next + 1, isFraction: false)
        }
        // "10k", "1.2bn", "£3.4m", "10M", "2mil"; spaced "2.33 k", "10 bln".
        if t.isWord {
            let scale = t.attached ? attachedScales[t.text] : spacedScales[t.text]
            // "3.5mm" without money is millimetres, as "5m" is metres.
            let metres = (t.text == "m" || t.text == "mm") && !money
                && !(next + 1 < tokens.count && QuantityScanner.currencyWords[tokens[next + 1].lowered] != nil)
                && !(t.text == "m" && countsAfter(tokens, next + 1))
            if let scale, !metres, next + 1 >= tokens.count || !tokens[next + 1].attached || !tokens[next + 1].isWord {
                return Read(value: ExactDecimal.times(value, scale), next: next + 1, isFraction: false)
            }
            if t.attached, !["st", "nd", "rd", "th", "s"].contains(t.lowered), !money,
               QuantityScanner.currencyWords[t.lowered] == nil, !QuantityScanner.currencyCodes.contains(t.text) {
                return Read(value: value, next: next + 1, isFraction: false, measure: t.text)
            }
        }
        return Read(value: value, next: next, isFraction: false)
    }

    /// A plural noun at `k` that "1.4m" counts, so the "m" is a million: "1.4m people", "3m jobs". Not a race over
    /// metres ("the 100m hurdles").
    private static func countsAfter(_ tokens: [Token], _ k: Int) -> Bool {
        guard k < tokens.count, tokens[k].isWord, !tokens[k].attached, !tokens[k].isCapitalized else { return false }
        let word = tokens[k].lowered
        if word == "hurdles" || word == "heats" { return false }
        if Lexicon.isIrregularPlural(word) { return true }
        return word.utf8.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")
    }

    private static func isThousandsGroup(_ token: Token) -> Bool {
        let bytes = Array(token.text.utf8)
        guard bytes.count >= 3, bytes[0...2].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        if bytes.count == 3 { return true }
        return bytes[3] == 0x2E && !bytes[4...].contains(0x2E) && !bytes[4...].contains(0x2C)  // "567.89"
    }

    /// A single space, or a narrow no-break space, between token `j - 1` and `j`.
    private static func gap(_ tokens: [Token], _ j: Int) -> Bool {
        let distance = tokens[j].start - tokens[j - 1].end
        guard distance == 1 || distance == 3 else { return false }
        // A group followed by letters is something else: "40 000km".
        return !(j + 1 < tokens.count && tokens[j + 1].attached && tokens[j + 1].isWord)
    }

    /// "3/4" at `i`, with a plausible denominator and no second slash (dates like "5/17/2018" stay numbers).
    private static func digitFraction(_ tokens: [Token], at i: Int) -> (Double, Int)? {
        guard i + 2 < tokens.count, tokens[i + 1].kind == .punctuation(0x2F), tokens[i + 1].attached, tokens[i + 2].isNumber,
              tokens[i + 2].attached, let n = tokens[i].numericValue, let d = tokens[i + 2].numericValue,
              digitDenominators.contains(d), n < 100 else { return nil }
        if i + 3 < tokens.count, tokens[i + 3].kind == .punctuation(0x2F), tokens[i + 3].attached { return nil }
        return (n / d, i + 3)
    }
}
