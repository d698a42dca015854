import ArgumentParser
import FactCheckKit

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database to a new file, safely, even while other editors are writing.",
        discussion: """
            Uses SQLite's online backup API: the copy is one consistent moment of the database, checked before it \
            is put in place. An existing file is never overwritten: the copy is linked into place only if the name \
            is free, so of backups racing to one name one wins. The database itself and names ending in -wal, -shm \
            or -journal are refused. Restore by pointing --db at the copy.
            """
    )

    @Argument(help: ArgumentHelp("Where to write the copy (a new file).", valueName: "file"))
    var file: String

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let summary = try database.open().backup(to: file)
        Console.out("backup written to \(summary.path): \(summary.contents.described)")
    }
}
