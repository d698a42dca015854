/// Numbers written in words: "fifteen thousand", "twelve hundred", "half a billion", "two-thirds".
enum NumberWords {
    static let units: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Double] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
        "thousands": 1e3, "millions": 1e6, "billions": 1e9,
    ]
    /// Abbreviated scales written after a figure: "1.2bn", "£3.4m", "5k".
    static let scaleAbbreviations: [String: Double] = [
        "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
    ]
    /// Denominators of fractions: "a third", "two-thirds", "nine tenths".
    static let denominators: [String: Double] = [
        "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
        "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
        "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
    ]

    /// The value of a single number word ("seven", "forty", "twenty-five").
    static func simpleValue(_ word: String) -> Double? {
        if let v = units[word] ?? tens[word] { return v }
        guard word.utf8.contains(0x2D) else { return nil }
        let parts = word.split(separator: "-")
        if parts.count == 2, let t = tens[String(parts[0])], let u = units[String(parts[1])], u < 10 { return t + u }
        return nil
    }

    /// Parses a run of number words starting at `i`. Returns the value and the index after the run.
    /// A lone "one" or "a" is not a number here: "one of them", "a report".
    static func parse(_ tokens: [Token], at i: Int) -> (value: Double, next: Int)? {
        var total = 0.0
        var current = 0.0
        var j = i
        var words = 0
        var sawScale = false
        while j < tokens.count, tokens[j].isWord {
            let w = tokens[j].lowered
            if let v = simpleValue(w) {
                if current == 0 {
                    current = v
                } else if v < 10, current.truncatingRemainder(dividingBy: 10) == 0, current.truncatingRemainder(dividingBy: 100) != 0 {
                    current += v  // "twenty five"
                } else if v < 100, current.truncatingRemainder(dividingBy: 100) == 0 {
                    current += v  // "two hundred fifty"
                } else {
                    break  // "five six" is two numbers
                }
            } else if w == "hundred" {
                current = max(current, 1) * 100
            } else if let scale = scales[w] {
                total += max(current, 1) * scale
                current = 0
                sawScale = true
            } else if w == "dozen" {
                current = max(current, 1) * 12
            } else if (w == "a" || w == "an"), words == 0, j + 1 < tokens.count,
                      ["hundred", "thousand", "million", "billion", "trillion", "dozen"].contains(tokens[j + 1].lowered) {
                current = 1
            } else if w == "and", words > 0, j + 1 < tokens.count, simpleValue(tokens[j + 1].lowered) != nil {
                // "two hundred and fifty"
            } else {
                break
            }
            words += 1
            j += 1
        }
        guard words > 0 else { return nil }
        let value = total + current
        if words == 1, !sawScale, value == 1 { return nil }
        return (value, j)
    }

    /// A fraction in words at `i`: "two-thirds", "a quarter", "half", "nine tenths", "one in five".
    static func fraction(_ tokens: [Token], at i: Int) -> (value: Double, next: Int)? {
        let w = tokens[i].lowered
        // "two-thirds", "one-third"
        if w.utf8.contains(0x2D) {
            let parts = w.split(separator: "-")
            if parts.count == 2, let n = simpleValue(String(parts[0])), let d = denominators[String(parts[1])] {
                return (n / d, i + 1)
            }
        }
        // "a quarter of", "one third of" (not "a third term")
        if (w == "a" || w == "one"), i + 2 < tokens.count, tokens[i + 1].isWord, tokens[i + 2].lowered == "of",
           let d = denominators[tokens[i + 1].lowered] {
            return (1 / d, i + 2)
        }
        // "nine tenths", "three quarters"
        if let n = simpleValue(w), n > 1, i + 1 < tokens.count, let d = denominators[tokens[i + 1].lowered],
           tokens[i + 1].lowered.hasSuffix("s") {
            return (n / d, i + 2)
        }
        // "one in five", "1 in 4"; not "112 in 2015"
        let numerator = simpleValue(w) ?? tokens[i].numericValue
        if let numerator, numerator <= 20, i + 2 < tokens.count, tokens[i + 1].lowered == "in" {
            let denominator = simpleValue(tokens[i + 2].lowered) ?? tokens[i + 2].numericValue
            if let denominator, denominator > numerator, denominator <= 1000 { return (numerator / denominator, i + 3) }
        }
        // "half of", "half the": a half on its own
        if w == "half", i + 1 < tokens.count, ["of", "the", "its", "their", "all"].contains(tokens[i + 1].lowered) {
            return (0.5, i + 1)
        }
        return nil
    }
}
