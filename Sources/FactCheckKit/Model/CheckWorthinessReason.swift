/// Why a sentence is (or is not) worth checking. Stored as a bit set in `claim.reasons` (one bit a reason, `bit`);
/// the words are what editors see. Declared in the order reasons are shown.
public enum CheckWorthinessReason: String, CaseIterable, Sendable, Encodable, StoredBits {
    case statistic
    case money
    case namesSource = "names-source"
    case ranks
    /// A record, or a superlative bounded in time: "the highest since 2008", "a record 3 million", "all-time low".
    case claimsRecord = "claims-record"
    case dated
    case quote
    case event
    case namesEntity = "names-entity"
    case record
    /// Three or more words of record: counts as two matters of record, shown once.
    case recordDense = "record-dense"
    case opinion
    case question
    case personal
    case prediction
    case rhetoric
    case fragment

    /// The reason in words, as the CLI, reports and `--format json` show it.
    public var words: String {
        switch self {
        case .statistic: "has a statistic"
        case .money: "involves money"
        case .namesSource: "names a source"
        case .ranks: "ranks or compares"
        case .claimsRecord: "claims a record"
        case .dated: "is dated"
        case .quote: "quotes someone"
        case .event: "reports an event"
        case .namesEntity: "names a person, place or body"
        case .record: "states a matter of record"
        case .recordDense: "states several matters of record"
        case .opinion: "is an opinion"
        case .question: "is a question"
        case .personal: "is personal experience"
        case .prediction: "is a prediction"
        case .rhetoric: "is rhetoric or a greeting"
        case .fragment: "is too short to check"
        }
    }

    /// The reason's bit in the stored set (`StoredBits`).
    public var bit: Int64 {
        switch self {
        case .statistic: 1 << 0
        case .money: 1 << 1
        case .namesSource: 1 << 2
        case .ranks: 1 << 3
        case .dated: 1 << 4
        case .quote: 1 << 5
        case .event: 1 << 6
        case .namesEntity: 1 << 7
        case .record: 1 << 8
        case .recordDense: 1 << 9
        case .opinion: 1 << 10
        case .question: 1 << 11
        case .personal: 1 << 12
        case .prediction: 1 << 13
        case .rhetoric: 1 << 14
        case .fragment: 1 << 15
        case .claimsRecord: 1 << 16
        }
    }

    /// Every stored set is below this: the schema's CHECK on `claim.reasons` uses it.
    public static let storedLimit: Int64 = 1 << 17

    /// The reasons of a stored bit set, in the order they are shown.
    public static func reasons(fromBits bits: Int64) -> [CheckWorthinessReason] { members(ofBits: bits) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(words)
    }
}
