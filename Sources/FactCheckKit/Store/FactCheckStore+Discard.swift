import CSQLite
import Foundation

extension FactCheckStore {
    /// Removes the database at `path` if it holds nothing an editor entered (no article, claim or setting) and no
    /// other process has it open: what a first ingest that failed created. Anything else is left as it is.
    ///
    /// Safe against a process that opens the file meanwhile: the database is first switched out of WAL, which
    /// SQLite allows only with no other connection, then locked exclusively; a process that opened the removed
    /// file after that is refused any write by SQLite ("the database file has been moved"), so nothing it does is
    /// lost silently. Returns whether the file was removed. Call it once every store on `path` has been released.
    @discardableResult
    public static func removeIfUnused(path: String) -> Bool {
        guard FileStatus(path: path)?.isRegularFile == true,
              let connection = try? SQLiteConnection(path: DatabaseFile.sqliteName(for: path), readOnly: false, create: false, displayPath: path)
        else { return false }
        sqlite3_busy_timeout(connection.handle, 200)
        guard let mode = try? connection.statement("PRAGMA journal_mode = DELETE"), (try? mode.step()) == true,
              mode.text(0) == "delete" else { return false }
        mode.reset()
        guard (try? connection.execute("BEGIN EXCLUSIVE")) != nil else { return false }
        defer { try? connection.execute("ROLLBACK") }
        guard let count = try? connection.statement("""
            SELECT (SELECT count(*) FROM article) + (SELECT count(*) FROM claim) + (SELECT count(*) FROM setting)
            """), (try? count.step()) == true, count.int(0) == 0 else { return false }
        count.reset()
        return unlink(path) == 0
    }
}
