import Testing
@testable import FactCheckKit

/// The schema's CHECK constraints, tried straight in SQL (not through the store's Swift checks): every
/// constrained column refuses a bad value, and the same row with a good value is accepted.
@Suite struct CheckConstraintTests {
    /// A row that every constraint accepts, and one column of it to spoil.
    struct Case: CustomStringConvertible, Sendable {
        var table: String
        var row: [(String, String)]
        var column: String
        var bad: String

        var description: String { "\(table).\(column) = \(bad)" }

        func insert(with value: String? = nil) -> String {
            let values = row.map { $0.0 == column ? (value ?? $0.1) : $0.1 }
            return "INSERT INTO \(table) (\(row.map(\.0).joined(separator: ", "))) VALUES (\(values.joined(separator: ", ")))"
        }
    }

    static let sha = "'" + String(repeating: "a", count: 64) + "'"

    static let article: [(String, String)] = [
        ("id", "9"), ("title", "'T'"), ("url", "'https://news.example/a'"), ("body", "'B'"), ("body_sha256", sha),
        ("ingested_at", "'2026-01-01T00:00:00Z'"), ("ingested_by", "'ann'"),
    ]
    static let claim: [(String, String)] = [
        ("id", "9"), ("article_id", "1"), ("position", "90"), ("start_offset", "0"), ("end_offset", "5"), ("text", "'A claim.'"),
        ("score", "0.5"), ("status", "'unverified'"), ("updated_at", "'2026-01-01T00:00:00Z'"), ("reasons", "3"),
        ("kinds", "511"),
    ]
    static let quantity: [(String, String)] = [
        ("claim_id", "1"), ("position", "9"), ("text", "'41 percent'"), ("value", "41"), ("kind", "'percentage'"),
        ("start_offset", "3"), ("end_offset", "9"),
    ]
    static let time: [(String, String)] = [("claim_id", "1"), ("position", "9"), ("text", "'in 2021'")]
    static let evidence: [(String, String)] = [
        ("id", "9"), ("claim_id", "1"), ("url", "'https://audit.example/'"), ("stance", "'supports'"), ("editor", "'ann'"),
        ("created_at", "'2026-01-01T00:00:00Z'"),
    ]
    static let event: [(String, String)] = [
        ("claim_id", "1"), ("action", "'status'"), ("editor", "'ann'"), ("at", "'2026-01-01T00:00:00Z'"), ("forced", "1"),
    ]
    static let verdict: [(String, String)] = [
        ("claim_id", "2"), ("review", "'pending'"), ("given_by", "'ann'"), ("published_at", "'2026-01-02T00:00:00Z'"),
        ("unpublished_at", "'2026-01-03T00:00:00Z'"),
    ]
    static let correction: [(String, String)] = [
        ("claim_id", "1"), ("what", "'verdict'"), ("published_status", "'false'"), ("reason", "'a new audit'"),
        ("editor", "'ann'"), ("at", "'2026-01-01T00:00:00Z'"),
    ]
    static let review: [(String, String)] = [
        ("id", "9"), ("url", "'https://checks.example/1'"), ("claim_reviewed", "'Bridges failed'"), ("json", "'{}'"),
        ("imported_at", "'2026-01-01T00:00:00Z'"), ("imported_by", "'ann'"),
    ]
    static let match: [(String, String)] = [
        ("claim_id", "1"), ("matched_claim_id", "2"), ("review_id", "NULL"), ("relation", "'same'"), ("score", "0.9"),
        ("reason", "'same words'"),
    ]
    static let editor: [(String, String)] = [
        ("name", "'bo'"), ("role", "'checker'"), ("token_sha256", sha), ("created_at", "'2026-01-01T00:00:00Z'"),
        ("created_by", "'ann'"),
    ]

    static let cases: [Case] = [
        Case(table: "article", row: article, column: "url", bad: "'ftp://news.example/a'"),
        Case(table: "article", row: article, column: "body_sha256", bad: "'abc'"),
        Case(table: "claim", row: claim, column: "position", bad: "-1"),
        Case(table: "claim", row: claim, column: "start_offset", bad: "-1"),
        Case(table: "claim", row: claim, column: "end_offset", bad: "-1"),
        Case(table: "claim", row: claim, column: "score", bad: "1.5"),
        Case(table: "claim", row: claim, column: "score", bad: "-0.1"),
        Case(table: "claim", row: claim, column: "status", bad: "'checked'"),
        Case(table: "claim", row: claim, column: "status", bad: "'Verified'"),
        Case(table: "claim", row: claim, column: "reasons", bad: "\(CheckWorthinessReason.storedLimit)"),
        Case(table: "claim", row: claim, column: "reasons", bad: "-1"),
        Case(table: "claim", row: claim, column: "kinds", bad: "512"),
        Case(table: "claim", row: claim, column: "kinds", bad: "-1"),
        Case(table: "quantity", row: quantity, column: "position", bad: "-1"),
        Case(table: "quantity", row: quantity, column: "kind", bad: "'date'"),
        Case(table: "quantity", row: quantity, column: "start_offset", bad: "-1"),
        Case(table: "quantity", row: quantity, column: "end_offset", bad: "2"),
        Case(table: "claim_time", row: time, column: "position", bad: "-1"),
        Case(table: "evidence", row: evidence, column: "url", bad: "'audit.example'"),
        Case(table: "evidence", row: evidence, column: "stance", bad: "'neutral'"),
        Case(table: "claim_event", row: event, column: "action", bad: "'deleted'"),
        Case(table: "claim_event", row: event, column: "forced", bad: "2"),
        Case(table: "verdict_state", row: verdict, column: "review", bad: "'waiting'"),
        Case(table: "verdict_state", row: verdict, column: "published_at", bad: "NULL"),
        Case(table: "correction", row: correction, column: "what", bad: "'status'"),
        Case(table: "correction", row: correction, column: "reason", bad: "'   '"),
        Case(table: "review", row: review, column: "url", bad: "'checks.example/1'"),
        Case(table: "review", row: review, column: "claim_reviewed", bad: "' '"),
        Case(table: "claim_match", row: match, column: "relation", bad: "'similar'"),
        Case(table: "claim_match", row: match, column: "score", bad: "1.01"),
        Case(table: "claim_match", row: match, column: "matched_claim_id", bad: "NULL"),
        Case(table: "claim_match", row: match, column: "matched_claim_id", bad: "1"),
        Case(table: "editor", row: editor, column: "role", bad: "'owner'"),
        Case(table: "editor", row: editor, column: "token_sha256", bad: "'short'"),
    ]

    @Test(arguments: cases)
    func aBadValueIsRefusedAndAGoodOneAccepted(_ check: Case) throws {
        let fixture = try StoreFixture(claims: 2)
        let db = fixture.store.db
        try db.execute("SAVEPOINT good; \(check.insert()); ROLLBACK TO good; RELEASE good")
        let before = try fixture.rows()
        do {
            try db.execute(check.insert(with: check.bad))
            Issue.record("\(check) was stored")
        } catch {
            // Refused by a CHECK, not by NOT NULL, a foreign key or a unique index.
            let message = error.errorDescription ?? ""
            #expect(message.contains("CHECK constraint failed"), "\(check): \(message)")
        }
        #expect(try fixture.rows() == before)
    }

    /// Every value of each closed set is accepted by its column, so the CHECK lists are not narrower than the enums.
    @Test func everyEnumValueIsAccepted() throws {
        let fixture = try StoreFixture(claims: 2)
        let db = fixture.store.db
        func accepts(_ table: String, _ row: [(String, String)], _ column: String, _ values: [String]) throws {
            for value in values {
                let check = Case(table: table, row: row, column: column, bad: "")
                try db.execute("SAVEPOINT good; \(check.insert(with: "'\(value)'")); ROLLBACK TO good; RELEASE good")
            }
        }
        try accepts("claim", Self.claim, "status", ClaimStatus.allCases.map(\.rawValue))
        try accepts("quantity", Self.quantity, "kind", QuantityKind.allCases.map(\.rawValue))
        try accepts("evidence", Self.evidence, "stance", Stance.allCases.map(\.rawValue))
        try accepts("claim_event", Self.event, "action", HistoryAction.allCases.map(\.rawValue))
        try accepts("verdict_state", Self.verdict, "review", ReviewState.allCases.map(\.rawValue))
        try accepts("correction", Self.correction, "what", CorrectionKind.allCases.map(\.rawValue))
        try accepts("claim_match", Self.match, "relation", MatchRelation.allCases.map(\.rawValue))
        try accepts("editor", Self.editor, "role", EditorRole.allCases.map(\.rawValue))
    }
}
