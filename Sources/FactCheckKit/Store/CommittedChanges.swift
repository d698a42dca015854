import Foundation

/// Whether this process has committed a change to a database, so that a command whose output then fails can
/// tell the editor that the change was stored (and repeating it would store it twice), or that nothing changed.
public enum CommittedChanges {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var committed = false

    /// True once any write transaction of this process committed at least one changed row, or a backup was made.
    public static var any: Bool { lock.withLock { committed } }

    static func record() { lock.withLock { committed = true } }
}
