import FactCheckKit

/// One worklist query measured in process: the page itself, the footer count, and SQLite's plan.
public struct WorklistMeasurement: Sendable {
    public var name: String
    public var claimsReturned: Int
    /// Median seconds of `FactCheckStore.claims(filter)`: the query and building its rows.
    public var querySeconds: Double
    /// Median seconds of the table footer's count (capped as `factcheck claims` caps it).
    public var countSeconds: Double
    public var plan: [String]
}

/// Times the worklist queries `factcheck claims` runs, on an open store.
public enum WorklistBenchmark {
    public static func measure(
        _ name: String, filter: ClaimFilter, store: FactCheckStore, countCap: Int, runs: Int
    ) throws -> WorklistMeasurement {
        var queries: [Double] = [], counts: [Double] = []
        var returned = 0
        for _ in 0..<runs {
            let (seconds, claims) = try Stopwatch.time { try store.claims(filter) }
            queries.append(seconds)
            returned = claims.count
            counts.append(try Stopwatch.time { try store.countClaims(filter, cap: countCap) }.seconds)
        }
        return WorklistMeasurement(
            name: name, claimsReturned: returned, querySeconds: median(queries), countSeconds: median(counts),
            plan: try store.queryPlan(filter)
        )
    }
}
