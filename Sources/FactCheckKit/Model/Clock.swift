import Foundation

/// Where "now" comes from. Injected so reports and tests are deterministic.
public struct Clock: Sendable {
    public var now: @Sendable () -> Date

    public init(now: @escaping @Sendable () -> Date) { self.now = now }

    /// The variable that pins the times recorded in the database, for tests and scripted demonstrations only.
    /// `SOURCE_DATE_EPOCH` never does: shells export it for reproducible builds (Nix sets 1980), and an edit must
    /// be recorded when it happened. It pins a report's "generated" time alone (`reportTime`).
    public static let pinnedNowVariable = "FACTCHECK_NOW"

    /// The system clock, unless `FACTCHECK_NOW` (whole seconds since 1970) pins it. A value that is not a sane
    /// integer is ignored.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Clock {
        if let raw = environment[pinnedNowVariable], let fixed = epochSeconds(raw) {
            return Clock { fixed }
        }
        return Clock { Date() }
    }

    /// The time a report says it was generated: `SOURCE_DATE_EPOCH` when it is set to a sane integer, so the same
    /// database gives the same bytes; else nil (now). A value that is not one is ignored, with a warning to show.
    public static func reportTime(
        _ environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> (date: Date?, warning: ClockWarning?) {
        guard let raw = environment["SOURCE_DATE_EPOCH"], !raw.isEmpty else { return (nil, nil) }
        guard let date = epochSeconds(raw) else { return (nil, .ignoredSourceDateEpoch(raw)) }
        return (date, nil)
    }

    /// Whole seconds since 1970 written in decimal digits, from 1970 to the end of year 9999; nil otherwise
    /// ("nan", "inf", "1e20", "1.5", "", or a number past any real date).
    static func epochSeconds(_ raw: String) -> Date? {
        guard !raw.isEmpty, raw.utf8.count <= 12, raw.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
              let seconds = Int64(raw), seconds <= 253_402_300_799 else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// A clock that always says `date`.
    public static func fixed(_ date: Date) -> Clock { Clock { date } }

    /// Now as ISO 8601 UTC text with milliseconds, the form stored in the database.
    public func timestamp() -> String { Clock.format(now()) }

    public static func format(_ date: Date) -> String {
        // Hand-formatted: ISO8601DateFormatter is slow and not Sendable on Linux.
        let millis = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let seconds = millis >= 0 ? millis / 1000 : (millis - 999) / 1000
        let ms = Int(millis - seconds * 1000)
        let days = Int(seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400)
        let secondOfDay = Int(seconds - Int64(days) * 86400)
        let (y, m, d) = civilDate(fromDays: days)
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(secondOfDay / 3600, 2)):\(pad(secondOfDay / 60 % 60, 2)):\(pad(secondOfDay % 60, 2)).\(pad(ms, 3))Z"
    }

    /// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian, days since 1970-01-01).
    static func civilDate(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

/// Something about the clock the editor should know; the command prints it as a warning.
public enum ClockWarning: Equatable, Sendable, CustomStringConvertible {
    case ignoredSourceDateEpoch(String)

    public var description: String {
        switch self {
        case .ignoredSourceDateEpoch(let raw):
            "SOURCE_DATE_EPOCH is '\(raw.prefix(30))', not whole seconds since 1970; ignored, the report is dated now"
        }
    }
}
