import Foundation

/// SQLite's files for one database: the database itself and the side files it keeps beside it.
public enum DatabaseFile {
    /// A write-ahead log, its shared-memory index and a rollback journal, named after the database.
    public static let sideFileSuffixes = ["-wal", "-shm", "-journal"]

    /// Whether `path`, or the file it resolves to, is named like SQLite's side file of some database.
    /// Such a file is never a database to open, a backup to write or a report to replace: SQLite deletes or
    /// replays it when its database is next opened.
    public static func isSideFile(_ path: String) -> Bool {
        let names = [path, FileStatus.resolvedPath(path)].compactMap { $0 }
        return names.contains { name in sideFileSuffixes.contains { name.hasSuffix($0) } }
    }

    /// The database at `path` and its side files, as they are now (those that exist).
    public static func files(of path: String) -> [FileStatus] {
        ([path] + sideFileSuffixes.map { path + $0 }).compactMap { FileStatus(path: $0) }
    }

    /// The name SQLite is given for a database path: never read as a URI (`file:...`) or as `:memory:`.
    static func sqliteName(for path: String) -> String {
        path.hasPrefix("/") ? path : "./" + path
    }

    /// Whether SQLite would read `path` as something other than a file name.
    static func isSpecialName(_ path: String) -> Bool {
        path == ":memory:" || path.lowercased().hasPrefix("file:") || path.isEmpty
    }
}
