import Foundation

/// Browser sessions: a random id in an HttpOnly cookie maps to an editor's id, in memory (a restart signs everyone
/// out). The editor is looked up in the database on every request, so revoking them ends their sessions at once.
actor SessionBook {
    static let cookieName = "factcheck_session"
    static let lifetime: TimeInterval = 12 * 60 * 60

    private var sessions: [String: (editorID: Int64, expires: Date)] = [:]

    func open(for editorID: Int64, now: Date = Date()) -> String {
        sessions = sessions.filter { $0.value.expires > now }
        let id = Self.randomID()
        sessions[id] = (editorID, now.addingTimeInterval(Self.lifetime))
        return id
    }

    func editorID(for session: String, now: Date = Date()) -> Int64? {
        guard let entry = sessions[session] else { return nil }
        guard entry.expires > now else {
            sessions[session] = nil
            return nil
        }
        return entry.editorID
    }

    func close(_ session: String) {
        sessions[session] = nil
    }

    private static func randomID() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255, using: &generator)) }.joined()
    }
}

/// Failed sign-ins (a bad token at /login or in a Bearer header) allowed per minute across the server; past that,
/// every sign-in is refused with 429 until the minute is over. Tokens are 256-bit, so this is against noise and
/// scripts gone wrong rather than guessing.
actor SignInLimiter {
    let failuresPerWindow: Int
    let window: TimeInterval
    private var failures: [Date] = []

    init(failuresPerWindow: Int = 20, window: TimeInterval = 60) {
        self.failuresPerWindow = failuresPerWindow
        self.window = window
    }

    /// Seconds to wait before trying again, or nil when a sign-in may be tried now.
    func retryAfter(now: Date = Date()) -> Int? {
        failures.removeAll { now.timeIntervalSince($0) >= window }
        guard failures.count >= failuresPerWindow, let oldest = failures.first else { return nil }
        return max(1, Int((window - now.timeIntervalSince(oldest)).rounded(.up)))
    }

    func recordFailure(now: Date = Date()) {
        failures.append(now)
    }
}
