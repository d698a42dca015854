import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Where `report --output`, `backup` and `ingest -` read and write: never replacing what is not a regular file,
/// keeping a replaced file's permissions, one winner among racing backups, no stale temporary files.
@Suite struct FileTargetTests {
    @Test func aReplacedReportKeepsItsPermissionsAndASymlinkStays() throws {
        let database = try ExampleDatabase()
        let report = database.folder.write("report.md", "old report\n")
        chmod(report, 0o640)
        let link = database.folder.file("latest.md")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: report)
        for target in [report, link] {
            let result = try database.run(["report", "--output", target])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try String(contentsOfFile: report, encoding: .utf8).hasPrefix("# Fact-check report"))
            #expect(FileStatus(path: report)?.permissions == 0o640, "the permissions of the replaced file are kept")
            #expect(FileStatus(path: link, followingSymlinks: false)?.isSymbolicLink == true, "the symlink is still a symlink")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: database.folder.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test func aDeviceIsWrittenToNeverReplaced() throws {
        let database = try ExampleDatabase()
        let before = try #require(FileStatus(path: "/dev/null"))
        let result = try database.run(["report", "--output", "/dev/null"])
        #expect(result.status == 0, "\(result.stderr)")
        let after = try #require(FileStatus(path: "/dev/null"))
        #expect(!after.isRegularFile && after.isSameFile(as: before), "/dev/null is still the device")
    }

    @Test func standardOutputNamedAsAFileGetsTheReportWithoutTheWrittenLine() throws {
        let database = try ExampleDatabase()
        let (status, stdout, errors) = try database.shell(#""$FACTCHECK" report --output /dev/stdout"#)
        #expect(status == 0, "\(errors)")
        #expect(stdout.hasPrefix("# Fact-check report"))
        #expect(!stdout.contains("report written"))
        #expect(FileStatus(path: database.folder.file("run.out"))?.isRegularFile == true)
    }

    @Test func aFIFOIsWrittenToNeverReplaced() throws {
        let database = try ExampleDatabase()
        let fifo = database.folder.file("pipe")
        #expect(mkfifo(fifo, 0o644) == 0)
        let (status, stdout, errors) = try database.shell(#"cat "\#(fifo)" > "\#(fifo).copy" & "$FACTCHECK" report --format csv --output "\#(fifo)"; wait"#)
        #expect(status == 0, "\(errors)")
        #expect(stdout.isEmpty)
        #expect(FileStatus(path: fifo, followingSymlinks: false).map { !$0.isRegularFile } == true, "the FIFO is still a FIFO")
        #expect(try String(contentsOfFile: fifo + ".copy", encoding: .utf8).contains("claim_id,article_id"))
    }

    /// Eight backups to one name at once: exactly one writes it, the other seven fail with one line each.
    @Test func eightBackupsToOneNameOneWins() throws {
        let database = try ExampleDatabase()
        let target = database.folder.file("same.bak")
        let runs = try (0..<8).map { n in
            try BackgroundProcess(
                executable: Paths.binary, arguments: ["backup", target], environment: ["FACTCHECK_DB": database.path],
                outputPrefix: database.folder.file("backup-\(n)")
            )
        }
        let statuses = runs.map { $0.wait() }
        #expect(statuses.filter { $0 == 0 }.count == 1, "\(statuses)")
        #expect(statuses.filter { $0 == 73 }.count == 7, "\(statuses)")
        for run in runs where run.process.terminationStatus != 0 {
            #expect(run.stderr == "factcheck: error: '\(target)' already exists; give a new file name for the backup (an existing file is never overwritten)\n")
        }
        #expect(try FactCheckStore(path: target, mode: .existing).check().isHealthy)
        let left = try FileManager.default.contentsOfDirectory(atPath: database.folder.path).filter { $0.contains(".backup") }
        #expect(left.isEmpty, "no temporary copies left: \(left)")
    }

    /// Temporary copies a killed backup left (a process that no longer runs) are removed by the next backup;
    /// those of a running process are not.
    @Test func staleTemporaryFilesOfKilledRunsAreRemoved() throws {
        let database = try ExampleDatabase()
        let dead = try BackgroundProcess(script: "exit 0", environment: [:], outputPrefix: database.folder.file("dead"))
        _ = dead.wait()
        let deadPID = dead.process.processIdentifier
        let stale = [".daily.db.\(deadPID).backup", ".daily.db.\(deadPID).backup-journal", ".other.db.\(deadPID).backup"]
        for name in stale { database.folder.write(name, String(repeating: "x", count: 4096)) }
        let live = database.folder.write(".daily.db.1.backup", "pid 1 runs")
        let result = try database.run(["backup", database.folder.file("daily.db")])
        #expect(result.status == 0, "\(result.stderr)")
        for name in stale { #expect(!FileManager.default.fileExists(atPath: database.folder.file(name)), "\(name) removed") }
        #expect(FileManager.default.fileExists(atPath: live), "a running process's file is left alone")
    }

    /// A backup killed mid-copy leaves its temporary file; the next one cleans it up.
    @Test func aKilledBackupLeavesNothingAfterTheNextRun() throws {
        let database = try ExampleDatabase()
        let target = database.folder.file("nightly.db")
        for round in 0..<5 {
            let run = try BackgroundProcess(
                executable: Paths.binary, arguments: ["backup", target + "\(round)"], environment: ["FACTCHECK_DB": database.path],
                outputPrefix: database.folder.file("kill-\(round)")
            )
            usleep(useconds_t(Int.random(in: 0...20_000)))
            kill(run.process.processIdentifier, SIGKILL)
            _ = run.wait()
        }
        let result = try database.run(["backup", target])
        #expect(result.status == 0, "\(result.stderr)")
        let left = try FileManager.default.contentsOfDirectory(atPath: database.folder.path).filter { $0.hasPrefix(".") }
        #expect(left.isEmpty, "no hidden temporary files: \(left)")
    }

    /// SIGKILL a report being written with --output at random moments: no temporary file is ever left behind
    /// (it is anonymous until linked into place) and the target is the old report or a whole new one.
    @Test func aKilledReportLeavesNoTemporaryFile() throws {
        let folder = TemporaryDirectory()
        let database = folder.file("big.db")
        #expect(try CLI.run(["ingest", writeArticles(150, in: folder)], database: database).status == 0)
        let target = folder.write("out/report.html", "old report\n")
        var killed = 0
        for round in 0..<6 {
            let report = try BackgroundProcess(
                executable: Paths.binary, arguments: ["report", "--format", "html", "--output", target],
                environment: ["FACTCHECK_DB": database], outputPrefix: folder.file("report-\(round)")
            )
            usleep(useconds_t(Int.random(in: 20_000...400_000)))
            if report.process.isRunning { kill(report.process.processIdentifier, SIGKILL); killed += 1 }
            _ = report.wait()
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.file("out")) == ["report.html"], "round \(round)")
            let text = try String(contentsOfFile: target, encoding: .utf8)
            #expect(text == "old report\n" || text.hasSuffix("</html>\n"), "round \(round): the old report or a whole new one")
        }
        print("killed report: \(killed) of 6 runs killed while writing; no temporary file left")
    }

    @Test func aFolderOnStandardInputIsOneLine() throws {
        let database = try ExampleDatabase()
        let before = try database.rows()
        let (status, _, errors) = try database.shell(#""$FACTCHECK" ingest - < "\#(database.folder.path)""#)
        #expect(status == 74)
        #expect(errors == ["factcheck: error: cannot read '-': standard input is a folder; pass the folder as PATH instead"])
        #expect(try database.rows() == before)
    }

    @Test func endlessStandardInputStopsAtTheLimit() throws {
        let database = try ExampleDatabase()
        let before = try database.rows()
        let start = Date()
        let (status, _, errors) = try database.shell(#""$FACTCHECK" ingest - --max-bytes 1000 < /dev/zero"#)
        #expect(status == 65)
        #expect(errors == ["factcheck: error: '-' goes on past the 1000-byte limit (reading stopped there); raise it with --max-bytes if the article is real"])
        #expect(Date().timeIntervalSince(start) < 10)
        #expect(try database.rows() == before)
    }

    @Test func standardInputWithinTheLimitIsIngested() throws {
        let database = try ExampleDatabase()
        let article = Data("The council spent 12 million dollars on 40 bridges in 2023.\n".utf8)
        let exact = try CLI.run(["ingest", "-", "--max-bytes", "\(article.count)"], database: database.path, input: article)
        #expect(exact.status == 0, "\(exact.stderr)")
        let over = try CLI.run(["ingest", "-", "--max-bytes", "\(article.count - 1)"], database: database.path, input: article + Data("x".utf8))
        #expect(over.status == 65)
    }

    /// A read command never creates or changes a file: not a missing one, not an empty one, not a backup copy
    /// kept in rollback-journal mode (which a write-ahead-log switch would change).
    @Test func readCommandsLeaveEveryFileAsItWas() throws {
        let database = try ExampleDatabase()
        let copy = database.folder.file("copy.db")
        #expect(try database.run(["backup", copy]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: copy))
        for command in [["claims"], ["show", "1"], ["history", "1"], ["articles"], ["report"], ["check"], ["config", "list"]] {
            let result = try CLI.run(command, database: copy)
            #expect(result.status == 0, "\(command): \(result.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == bytes, "\(command) changed the copy")
            #expect(!FileManager.default.fileExists(atPath: copy + "-wal"), "\(command)")
        }
        // Header bytes 18 and 19: 1 for a rollback journal, 2 for WAL. The first write switches the copy to WAL.
        #expect(bytes[18] == 1 && bytes[19] == 1)
        #expect(try CLI.run(["mark", "1", "in-review"], database: copy).status == 0)
        let written = try Data(contentsOf: URL(fileURLWithPath: copy))
        #expect(written[18] == 2 && written[19] == 2, "a write command puts the copy in WAL mode")
    }
}
