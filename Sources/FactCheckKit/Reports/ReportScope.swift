/// Which claims a report covers. Every filter given must match; empty or nil filters do not filter.
///
/// `since` and `editor` look at a claim's history: a claim is in scope when it has a history entry
/// (extracted, cited, marked, assigned, edited) at or after `since` and by `editor`. Given together,
/// one entry must match both, so "by Dana since Monday" means what Dana did since Monday.
/// The report still shows each claim's whole history.
public struct ReportScope: Sendable, Equatable {
    public var statuses: [ClaimStatus]
    public var articleID: ArticleID?
    /// A UTC timestamp in the stored form, `2026-01-05T00:00:00.000Z`; see `ReportScope.timestamp(_:)`.
    public var since: String?
    public var editor: String?
    /// Only claims whose verdict is published now. Public reports and the ClaimReview export set it themselves
    /// (see `ReportWriter`); the ClaimReview export drops it when `includeUnpublished` is set.
    public var publishedOnly: Bool
    /// For the ClaimReview export: take every verdict, published or not (a preview for the desk).
    public var includeUnpublished: Bool

    public init(
        statuses: [ClaimStatus] = [], articleID: ArticleID? = nil, since: String? = nil, editor: String? = nil,
        publishedOnly: Bool = false, includeUnpublished: Bool = false
    ) {
        self.statuses = statuses
        self.articleID = articleID
        self.since = since
        self.editor = editor
        self.publishedOnly = publishedOnly
        self.includeUnpublished = includeUnpublished
    }

    /// True when a filter on the claim's history is set.
    var filtersHistory: Bool { since != nil || editor != nil }

    /// Reads `--since`: a date `YYYY-MM-DD` (midnight UTC) or a UTC time `YYYY-MM-DDTHH:MM[:SS[.mmm]]Z`,
    /// returned in the form history times are stored in, so the two compare as text.
    public static func timestamp(_ text: String) throws(ReportError) -> String {
        let bytes = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, range.allSatisfy({ (0x30...0x39).contains(bytes[$0]) }) else { return nil }
            return range.reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) }
        }
        func at(_ i: Int, _ c: Character) -> Bool { i < bytes.count && bytes[i] == c.asciiValue! }
        guard let year = digits(0..<4), at(4, "-"), let month = digits(5..<7), at(7, "-"), let day = digits(8..<10),
              (1...12).contains(month), (1...DateText.daysIn(month, year)).contains(day) else {
            throw .invalidSince(text)
        }
        var hour = 0, minute = 0, second = 0, millis = 0
        if bytes.count > 10 {
            guard at(10, "T"), let h = digits(11..<13), at(13, ":"), let m = digits(14..<16), h < 24, m < 60 else {
                throw .invalidSince(text)
            }
            hour = h
            minute = m
            var i = 16
            if at(i, ":") {
                guard let s = digits(17..<19), s < 60 else { throw .invalidSince(text) }
                second = s
                i = 19
                if at(i, ".") {
                    guard let ms = digits(20..<23) else { throw .invalidSince(text) }
                    millis = ms
                    i = 23
                }
            }
            guard at(i, "Z"), i + 1 == bytes.count else { throw .invalidSince(text) }
        }
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2)).\(pad(millis, 3))Z"
    }
}
