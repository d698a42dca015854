import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Hostile and careless paths (issue 9, part A): a database given as a URI, a side file, a device or another
/// program's file; a report or backup aimed at the database. Each joins the hostile-input table.
extension HostileInputTests {
    static let pathCases: [Case] = [
        // report --output onto the database, by any name.
        Case(name: "report onto the database", arguments: ["report", "--output", "@factcheck.db"], status: 64, message: "is the database itself"),
        Case(name: "report onto ./database", arguments: ["report", "--output", "@./factcheck.db"], status: 64, message: "is the database itself"),
        Case(name: "report onto a symlink to the database", arguments: ["report", "-o", "@db-link.db"], status: 64, message: "is the database itself"),
        Case(name: "report onto a hard link of the database", arguments: ["report", "-o", "@db-hardlink.db"], status: 64, message: "is the database itself"),
        Case(name: "report onto the -wal", arguments: ["report", "-o", "@factcheck.db-wal"], status: 64, message: "side file"),
        Case(name: "report onto the -shm", arguments: ["report", "-o", "@factcheck.db-shm"], status: 64, message: "side file"),
        Case(name: "report onto a -journal", arguments: ["report", "-o", "@other.db-journal"], status: 64, message: "side file"),
        Case(name: "report onto a folder", arguments: ["report", "-o", "@empty-folder"], status: 73, message: "it is a folder"),
        Case(name: "report onto a dangling symlink", arguments: ["report", "-o", "@dangling.md"], status: 73, message: "symbolic link to a file that does not exist"),
        Case(name: "report onto an empty name", arguments: ["report", "-o", ""], status: 73, message: "not a file name"),
        Case(name: "report onto a folder name", arguments: ["report", "-o", "@empty-folder/"], status: 73, message: "not a file name"),
        // --db that SQLite would not read as a file, or that is not a database file.
        Case(name: "--db :memory: (read)", arguments: ["claims", "--db", ":memory:"], status: 64, message: "not a plain file path"),
        Case(name: "--db :memory: (ingest)", arguments: ["ingest", "--db", ":memory:", "@article.txt"], status: 64, message: "not a plain file path"),
        Case(name: "--db memory URI", arguments: ["ingest", "--db", "file:x.db?mode=memory", "@article.txt"], status: 64, message: "not a plain file path"),
        Case(name: "--db file: URI", arguments: ["ingest", "--db", "file:plain.db", "@article.txt"], status: 64, message: "not a plain file path"),
        Case(name: "--db FILE: URI", arguments: ["claims", "--db", "FILE:factcheck.db"], status: 64, message: "not a plain file path"),
        Case(name: "--db the -wal", arguments: ["claims", "--db", "@factcheck.db-wal"], status: 64, message: "side file"),
        Case(name: "--db a -journal (ingest)", arguments: ["ingest", "--db", "@new.db-journal", "@article.txt"], status: 64, message: "side file"),
        Case(name: "--db a symlink to a -shm", arguments: ["claims", "--db", "@shm-link.db"], status: 64, message: "side file"),
        Case(name: "--db /dev/null (read)", arguments: ["claims", "--db", "/dev/null"], status: 65, message: "is not a regular file"),
        Case(name: "--db /dev/null (ingest)", arguments: ["ingest", "--db", "/dev/null", "@article.txt"], status: 65, message: "is not a regular file"),
        Case(name: "--db a FIFO", arguments: ["claims", "--db", "@fifo"], status: 65, message: "is not a regular file"),
        Case(name: "--db a folder", arguments: ["claims", "--db", "@empty-folder"], status: 65, message: "is not a factcheck database"),
        Case(name: "--db a 0-byte file (read)", arguments: ["claims", "--db", "@zero.db"], status: 66, message: "is an empty file"),
        Case(name: "--db a 0-byte file (report)", arguments: ["report", "--db", "@zero.db"], status: 66, message: "is an empty file"),
        Case(name: "--db a 0-byte file (cite)", arguments: ["cite", "1", "--url", "https://example.org/a", "--db", "@zero.db"], status: 66, message: "is an empty file"),
        Case(name: "foreign database, user_version 2", arguments: ["claims", "--db", "@foreign-2.db"], status: 65, message: "other tables, left unchanged"),
        Case(name: "foreign database, user_version 3 (ingest)", arguments: ["ingest", "--db", "@foreign-3.db", "@article.txt"], status: 65, message: "other tables, left unchanged"),
        Case(name: "foreign database, user_version 3 (config set)", arguments: ["config", "set", "org.name", "X", "--db", "@foreign-3.db"], status: 65, message: "other tables, left unchanged"),
        // backup aimed at the database or a side file.
        Case(name: "backup onto the database", arguments: ["backup", "@factcheck.db"], status: 73, message: "is the database itself"),
        Case(name: "backup onto a symlink to the database", arguments: ["backup", "@db-link.db"], status: 73, message: "is the database itself"),
        Case(name: "backup to a -journal name", arguments: ["backup", "@b.db-journal"], status: 64, message: "side file"),
        Case(name: "backup to a -wal name", arguments: ["backup", "@b.db-wal"], status: 64, message: "side file"),
        Case(name: "backup onto a dangling symlink", arguments: ["backup", "@dangling.md"], status: 73, message: "already exists"),
        Case(name: "backup to an empty name", arguments: ["backup", ""], status: 64, message: "is not a file name"),
        Case(name: "backup to a folder name", arguments: ["backup", "@new-folder/"], status: 64, message: "is not a file name"),
        Case(name: "backup onto an existing file", arguments: ["backup", "@article.txt"], status: 73, message: "already exists"),
        // Failed first ingests leave no database behind (checked by the folder snapshot).
        Case(name: "first ingest of an empty file", arguments: ["ingest", "--db", "@fresh.db", "@empty.txt"], status: 65, message: "is empty"),
        Case(name: "first ingest of a binary file", arguments: ["ingest", "--db", "@fresh.db", "@binary.txt"], status: 65, message: "NUL bytes"),
        Case(name: "first ingest over the size limit", arguments: ["ingest", "--db", "@fresh.db", "--max-bytes", "10", "@article.txt"], status: 65, message: "over the 10-byte limit"),
        Case(name: "first config set with a bad value", arguments: ["config", "set", "org.url", "notaurl", "--db", "@fresh.db"], status: 64, message: "is not an http(s) URL"),
        Case(name: "ingest of /dev/zero", arguments: ["ingest", "--db", "@fresh.db", "--max-bytes", "1000", "/dev/zero"], status: 65, message: "past the 1000-byte limit"),
    ]

    /// The files the path cases aim at, beside the example database.
    static func preparePathFixtures(in folder: TemporaryDirectory, database: String) throws {
        let files = FileManager.default
        try files.createSymbolicLink(atPath: folder.file("db-link.db"), withDestinationPath: database)
        try files.linkItem(atPath: database, toPath: folder.file("db-hardlink.db"))
        try files.createSymbolicLink(atPath: folder.file("dangling.md"), withDestinationPath: folder.file("nowhere.md"))
        try files.createSymbolicLink(atPath: folder.file("shm-link.db"), withDestinationPath: folder.file("other.db-shm"))
        folder.write("other.db-shm", "shared memory")
        folder.write("zero.db", "")
        mkfifo(folder.file("fifo"), 0o644)
        for version in [2, 3] {
            let foreign = try SQLiteConnection(path: folder.file("foreign-\(version).db"), readOnly: false)
            try foreign.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('mine'); PRAGMA user_version = \(version)")
        }
    }

    /// Every entry of `folder`, recursively, with its bytes (a symlink: its target), to show nothing changed.
    static func snapshot(of folder: String) -> [String: Data] {
        var result: [String: Data] = [:]
        for name in (FileManager.default.subpaths(atPath: folder) ?? []).sorted() {
            let path = folder + "/" + name
            guard let status = FileStatus(path: path, followingSymlinks: false) else { continue }
            if status.isSymbolicLink {
                result[name] = Data(((try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "").utf8)
            } else if status.isRegularFile {
                result[name] = FileManager.default.contents(atPath: path) ?? Data()
            } else {
                result[name] = Data("mode \(status.mode)".utf8)
            }
        }
        return result
    }
}
