/// Reads the dates that stand at the top of articles: "Friday, July 21, 2017", "2018-04-07", "7 April 2018".
public enum DateText {
    /// The date as ISO 8601 (`2017-07-21`), or nil when the text is not just a date.
    public static func isoDate(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count <= 40 else { return nil }
        if let iso = isoForm(trimmed) { return iso }
        var words = trimmed.split { $0 == " " || $0 == "," }.map { String($0) }
        if let first = words.first, Lexicon.weekdays.contains(first.lowercased()) { words.removeFirst() }
        // "October 8, 2023, 10:01PM", "March 3, 2021 4:15 p.m.": the time of day after the date.
        if words.count >= 4, words[3].first?.isNumber == true, words[3].contains(":") { words = Array(words.prefix(3)) }
        guard words.count == 3 else { return nil }
        let monthFirst = Lexicon.months[words[0].lowercased().trimmingCharacters(in: ["."])]
        let monthSecond = Lexicon.months[words[1].lowercased().trimmingCharacters(in: ["."])]
        let day: Int?
        let month: Int?
        if let monthFirst {
            month = monthFirst
            day = Int(words[1].trimmingCharacters(in: .letters))
        } else if let monthSecond {
            month = monthSecond
            day = Int(words[0].trimmingCharacters(in: .letters))
        } else {
            return nil
        }
        guard let month, let day, let year = Int(words[2]), (1000...2999).contains(year),
              (1...daysIn(month, year)).contains(day) else { return nil }
        return format(year, month, day)
    }

    /// The date `isoDate` reads in `text`, as days since 1970-01-01 (negative before): for telling how far apart two
    /// dates are. Nil when the text is not a date.
    public static func dayNumber(_ text: String) -> Int? {
        guard let iso = isoDate(text) else { return nil }
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        // Days from the civil date (proleptic Gregorian), counting years from March so the leap day comes last.
        let (m, d) = (parts[1], parts[2])
        let y = parts[0] - (m <= 2 ? 1 : 0)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func isoForm(_ text: String) -> String? {
        let parts = text.prefix(10).split(separator: "-")
        guard text.count == 10 || (text.count > 10 && text.dropFirst(10).first == "T"),
              parts.count == 3, parts[0].count == 4, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...daysIn(m, y)).contains(d) else { return nil }
        return format(y, m, d)
    }

    /// Days in a month of the proleptic Gregorian calendar: 2024-02-29 is a date, 2023-02-29 and 2024-02-30 are not.
    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func format(_ y: Int, _ m: Int, _ d: Int) -> String {
        let mm = m < 10 ? "0\(m)" : "\(m)"
        let dd = d < 10 ? "0\(d)" : "\(d)"
        return "\(y)-\(mm)-\(dd)"
    }
}
