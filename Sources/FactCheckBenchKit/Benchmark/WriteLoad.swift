import FactCheckKit
import Foundation

/// A simulated editor: a name, the token `factcheck editor add` gave them, and the claims they work on.
public struct LoadEditor: Sendable {
    public var name: String
    public var token: String
    /// The claims this editor cites and marks, in turn; no other editor touches them.
    public var claims: [Int64]

    public init(name: String, token: String, claims: [Int64]) {
        self.name = name
        self.token = token
        self.claims = claims
    }
}

/// A write the server accepted (2xx), with what it said it stored.
public struct AcceptedWrite: Sendable {
    public enum Kind: String, Sendable { case cite, mark }
    public var kind: Kind
    public var claim: Int64
    public var editor: String
    /// The new evidence's id (cite) or the new history entry's id (mark).
    public var storedID: Int64
}

/// What the simulated editors did and got.
public struct WriteLoadResult: Sendable {
    public var seconds: Double
    public var accepted: [AcceptedWrite]
    /// Refused writes, by status, with the first message seen for each.
    public var refused: [Int: (count: Int, message: String)]
    /// Refusals that say the database was locked or busy: the test fails on any.
    public var lockedOrBusy: Int
    /// Milliseconds of every POST, accepted or not, as the client saw them, and as the server timed them.
    public var latency: LatencySummary
    public var serverTime: LatencySummary
    public var claimsDone: Int
}

/// Simulated editors, each on its own connection, for a bounded time: for each of their claims in turn,
/// `GET /api/claims/ID` for its ETag, `POST /api/claims/ID/evidence` (a supporting citation) with `If-Match`, then
/// `POST /api/claims/ID/status` `verified` with the ETag the citation returned (a verdict needs evidence).
public struct WriteLoad: Sendable {
    public var port: Int
    public var editors: [LoadEditor]
    public var seconds: Double

    public init(port: Int, editors: [LoadEditor], seconds: Double) {
        self.port = port
        self.editors = editors
        self.seconds = seconds
    }

    private struct EditorTally: Sendable {
        var accepted: [AcceptedWrite] = []
        var refused: [Int: (count: Int, message: String)] = [:]
        var lockedOrBusy = 0
        var latencies: [Double] = []
        var serverTimes: [Double] = []
        var claimsDone = 0
        var failure: String?
    }

    public func run() throws -> WriteLoadResult {
        let start = Stopwatch.now()
        let end = start + seconds
        let (port, editors) = (port, editors)
        let tallies = LoadThreads.run(editors.count) { index -> EditorTally in
            var tally = EditorTally()
            let editor = editors[index]
            let auth = ("Authorization", "Bearer \(editor.token)")
            do {
                let connection = try HTTPConnection(port: port)
                func post(_ path: String, _ body: [String: Any], etag: String?) throws -> HTTPReply? {
                    var headers = [auth, ("Content-Type", "application/json")]
                    if let etag { headers.append(("If-Match", etag)) }
                    let sent = Stopwatch.now()
                    let reply = try connection.send("POST", path, headers: headers, body: Array(try JSONSerialization.data(withJSONObject: body)))
                    tally.latencies.append((Stopwatch.now() - sent) * 1000)
                    if let server = reply.serverMilliseconds { tally.serverTimes.append(server) }
                    guard (200..<300).contains(reply.status) else {
                        let message = ((try? JSONSerialization.jsonObject(with: Data(reply.body))) as? [String: Any])?["error"] as? String ?? reply.text
                        tally.refused[reply.status, default: (count: 0, message: message)].count += 1
                        let lower = message.lowercased()
                        if reply.status == 503 || lower.contains("locked") || lower.contains("busy") { tally.lockedOrBusy += 1 }
                        return nil
                    }
                    return reply
                }
                func storedID(_ reply: HTTPReply) throws -> Int64 {
                    guard let object = try JSONSerialization.jsonObject(with: Data(reply.body)) as? [String: Any],
                          let id = (object["id"] as? Int).map(Int64.init) ?? (object["id"] as? NSNumber)?.int64Value else {
                        throw LoadError.malformed("a write's response has no id: \(reply.text.prefix(120))")
                    }
                    return id
                }
                for claim in editor.claims {
                    guard Stopwatch.now() < end else { break }
                    let shown = try connection.send("GET", "/api/claims/\(claim)", headers: [auth])
                    guard shown.status == 200, let etag = shown.headers["etag"] else {
                        throw LoadError.unexpected("GET /api/claims/\(claim) answered \(shown.status): \(shown.text.prefix(200))")
                    }
                    let citation: [String: Any] = [
                        "url": "https://example.org/sources/\(claim)", "title": "Published figures, table \(claim)",
                        "publisher": "Statistics Office", "quote": "The table gives the figure the claim states.",
                        "stance": "supports", "note": "checked by \(editor.name) under load",
                    ]
                    guard let cited = try post("/api/claims/\(claim)/evidence", citation, etag: etag) else { continue }
                    tally.accepted.append(AcceptedWrite(kind: .cite, claim: claim, editor: editor.name, storedID: try storedID(cited)))
                    let verdict: [String: Any] = ["status": "verified", "note": "matches the published table (\(editor.name))"]
                    guard let marked = try post("/api/claims/\(claim)/status", verdict, etag: cited.headers["etag"]) else { continue }
                    tally.accepted.append(AcceptedWrite(kind: .mark, claim: claim, editor: editor.name, storedID: try storedID(marked)))
                    tally.claimsDone += 1
                }
            } catch {
                tally.failure = "\(editor.name): " + ((error as? LoadError)?.errorDescription ?? "\(error)")
            }
            return tally
        }
        if let failure = tallies.compactMap(\.failure).first { throw LoadError.unexpected(failure) }
        var refused: [Int: (count: Int, message: String)] = [:]
        for tally in tallies {
            for (status, entry) in tally.refused { refused[status, default: (count: 0, message: entry.message)].count += entry.count }
        }
        return WriteLoadResult(
            seconds: Stopwatch.now() - start, accepted: tallies.flatMap(\.accepted), refused: refused,
            lockedOrBusy: tallies.reduce(0) { $0 + $1.lockedOrBusy }, latency: LatencySummary(tallies.flatMap(\.latencies)),
            serverTime: LatencySummary(tallies.flatMap(\.serverTimes)), claimsDone: tallies.reduce(0) { $0 + $1.claimsDone }
        )
    }

    /// Every accepted write, looked for in the database: the citation among the claim's evidence and an
    /// `evidence-added` entry in its history, each by that editor; the verdict as the history entry the server
    /// returned and as the claim's status. Returns one line per write not found (empty: all there).
    public static func missing(_ accepted: [AcceptedWrite], in store: FactCheckStore) throws -> [String] {
        var problems: [String] = []
        let byClaim = Dictionary(grouping: accepted, by: \.claim)
        for (claim, writes) in byClaim {
            let detail = try store.claimDetail(ClaimID(claim)) { _, _ in (nil, nil) }
            for write in writes {
                switch write.kind {
                case .cite:
                    if !detail.evidence.contains(where: { $0.id.rawValue == write.storedID && $0.editor == write.editor }) {
                        problems.append("claim \(claim): citation \(write.storedID) by \(write.editor) not in its evidence")
                    }
                    if !detail.history.contains(where: { $0.action == .evidenceAdded && $0.editor == write.editor }) {
                        problems.append("claim \(claim): no evidence-added history entry by \(write.editor)")
                    }
                case .mark:
                    if !detail.history.contains(where: { $0.id == write.storedID && $0.action == .status && $0.to == ClaimStatus.verified.rawValue && $0.editor == write.editor }) {
                        problems.append("claim \(claim): verdict entry \(write.storedID) by \(write.editor) not in its history")
                    }
                    if detail.claim.status != .verified {
                        problems.append("claim \(claim): status is \(detail.claim.status.rawValue), not verified")
                    }
                }
            }
        }
        return problems.sorted()
    }
}
