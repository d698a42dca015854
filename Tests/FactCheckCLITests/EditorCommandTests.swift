import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// The history, withdraw, assign, edit, mark --force, backup and check commands as an editor uses them.
@Suite struct EditorCommandTests {
    @Test func aClaimsWholeStoryThroughTheCommands() throws {
        let database = try ExampleDatabase()
        let refused = try database.run(["mark", "12", "verified", "--note", "sounds right"])
        #expect(refused.status == 65)
        #expect(refused.errorLines == [
            "factcheck: error: claim 12 has no supporting citation; add one with `factcheck cite 12 ...` or pass --force with a --note",
        ])
        #expect(try database.run(["cite", "12", "--url", "https://example.org/audit", "--editor", "ann"]).stdout
            == "evidence 1 added to claim 12 (supports): https://example.org/audit\n")
        #expect(try database.run(["mark", "12", "verified", "--note", "audit p. 4", "--editor", "ann"]).stdout
            == "claim 12: unverified → verified; waits for review by a second editor\n")
        #expect(try database.run(["assign", "12", "--to", "bob", "--editor", "ann"]).stdout == "claim 12 assigned to bob\n")
        #expect(try database.run(["assign", "12", "--to", "bob"]).stdout == "claim 12 is already assigned to bob; nothing changed\n")
        let withdrawn = try database.run(["withdraw", "1", "--reason", "the audit was revised", "--editor", "bob"])
        #expect(withdrawn.stdout == "evidence 1 withdrawn from claim 12\n")
        #expect(withdrawn.errorLines == [
            "factcheck: warning: claim 12 is still marked verified but no longer has the evidence that verdict needs; cite new evidence or mark it again",
        ])
        #expect(try database.run(["mark", "12", "disputed", "--force", "--note", "two sources disagree", "--editor", "bob"]).stdout
            == "claim 12: verified → disputed (forced; recorded in the history); waits for review by a second editor\n")
        #expect(try database.run(["edit", "12", "--text", "Corrected.", "--note", "split mid-sentence", "--editor", "bob"]).stdout
            == "claim 12: text updated (no kinds); the old text is kept in 'factcheck history 12'\n"
            + "claim 12: disputed → in-review (the verdict was for the old text; mark it again)\n")
        #expect(try database.run(["assign", "12", "--unassign", "--editor", "bob"]).stdout == "claim 12 released (was bob)\n")

        let history = try database.run(["history", "12"])
        #expect(history.status == 0)
        let lines = history.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Claim 12 · in-review · unassigned")
        #expect(lines.contains("  2026-01-01T00:00:00.000Z  bob  status verified → disputed (forced without the evidence a verdict needs)"))
        #expect(lines.contains("      why: two sources disagree"))
        #expect(lines.contains("  2026-01-01T00:00:00.000Z  bob  withdrew evidence 1: supports https://example.org/audit"))
        #expect(lines.contains("      now: Corrected."))
        #expect(lines.contains("  2026-01-01T00:00:00.000Z  bob  status disputed → in-review"))
        #expect(lines.contains("      why: reset by the text edit: the verdict was given for the old text"))
        #expect(history.stdout.contains("History (9 entries, oldest first):"))
        #expect(try database.run(["show", "12"]).stdout.contains("(forced without the evidence a verdict needs)"), "show includes the history")
    }

    @Test func assignNeedsToOrUnassign() throws {
        let database = try ExampleDatabase()
        let neither = try database.run(["assign", "1"])
        #expect(neither.status == 64 && neither.errorLines.count == 1 && neither.stderr.contains("--to NAME"))
        let both = try database.run(["assign", "1", "--to", "x", "--unassign"])
        #expect(both.status == 64 && both.errorLines.count == 1)
        #expect(try database.run(["assign", "1", "--to", ""]).stdout == "claim 1 is not assigned to anyone; nothing changed\n")
    }

    /// A backup taken while another editor keeps writing is one consistent moment: every citation in it has its
    /// history entry, and it passes the checks.
    @Test func backupWhileAnotherEditorWrites() throws {
        let database = try ExampleDatabase()
        let writer = try BackgroundProcess(script: """
            for i in $(seq 1 40); do "$FACTCHECK" cite $(( i % 15 + 1 )) --url "https://example.org/$i" >/dev/null || exit 1; done
            """, environment: ["FACTCHECK_DB": database.path], outputPrefix: database.folder.file("writer"))
        var backups: [String] = []
        while writer.process.isRunning || backups.isEmpty {
            let copy = database.folder.file("backup-\(backups.count).db")
            let result = try database.run(["backup", copy])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("backup written to \(copy): 3 articles, 23 claims, "))
            backups.append(copy)
        }
        #expect(writer.wait() == 0, "\(writer.stderr)")
        for copy in backups {
            let store = try FactCheckStore(path: copy, mode: .existing)
            let report = try store.check()
            #expect(report.isHealthy)
            let added = try store.dumpRows().filter { $0.contains("|t:evidence-added|") }.count
            #expect(report.contents.evidence == added, "\(copy): every citation has its history entry")
        }
        print("backup: \(backups.count) consistent backups taken while another process cited 40 times")
    }

    @Test func checkSaysHealthyInPlainWordsOrListsTheProblems() throws {
        let database = try ExampleDatabase()
        let healthy = try database.run(["check"])
        #expect(healthy.status == 0)
        #expect(healthy.stdout == "database \(database.path) is healthy: storage intact, every reference resolves; "
            + "3 articles, 23 claims, 0 citations, 23 history entries (schema version \(Migrations.latestVersion))\n")
        do {
            let store = try FactCheckStore(path: database.path)
            try store.db.execute("PRAGMA foreign_keys = OFF; INSERT INTO quantity (claim_id, position, text, value, kind) VALUES (404, 0, '1', 1, 'number')")
        }
        let broken = try database.run(["check"])
        #expect(broken.status == 65)
        #expect(broken.stdout == "problem: quantity 16 refers to a missing claim (a broken reference in table quantity)\n"
            || broken.stdout.hasPrefix("problem: quantity "))
        #expect(broken.errorLines == ["factcheck: error: database \(database.path) has 1 problem (listed above); restore it from a 'factcheck backup' copy"])
    }

    /// A damaged file (bytes overwritten in the claim table's first page): `check` lists what is wrong in words,
    /// and other commands say the database is damaged in one line instead of a raw SQLite error.
    @Test func aDamagedDatabaseIsReportedInPlainWords() throws {
        let database = try ExampleDatabase()
        let copy = database.folder.file("damaged.db")
        #expect(try database.run(["backup", copy]).status == 0)
        let (root, pageSize) = try {
            let store = try FactCheckStore(path: copy, mode: .existing)
            let statement = try store.db.statement("SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_schema WHERE name = 'claim'")
            defer { statement.reset() }
            _ = try statement.step()
            return (statement.int(0), statement.int(1))
        }()
        let handle = try #require(FileHandle(forUpdatingAtPath: copy))
        try handle.seek(toOffset: UInt64((root - 1) * pageSize))
        try handle.write(contentsOf: Data([0x0D, 0, 0, 0, 0x09, 0x0F, 0xFF, 0]) + Data(repeating: 0xFF, count: 40))
        try handle.close()

        let check = try CLI.run(["check", "--db", copy])
        #expect(check.status == 65)
        #expect(check.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("problem: ") })
        #expect(check.stdout.contains("problem: damaged storage: "))
        #expect(check.errorLines.count == 1 && check.stderr.contains("restore it from a 'factcheck backup' copy"))
        let show = try CLI.run(["show", "1", "--db", copy])
        #expect(show.status != 0 && show.errorLines.count == 1, "\(show.stderr)")
        #expect(!show.stderr.contains("database error"), "a typed message, not a raw SQLite code: \(show.stderr)")
    }

    @Test func everyNewOptionHasHelpText() throws {
        let commands: [String: [String]] = [
            "history": ["--format"], "withdraw": ["--reason"], "assign": ["--to", "--unassign", "--note"],
            "edit": ["--text", "--note"], "backup": ["<file>"], "check": ["--db"], "mark": ["--force", "--note"],
        ]
        for (command, options) in commands {
            let help = try CLI.run(["help", command])
            #expect(help.status == 0)
            for option in options {
                let line = help.stdout.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(option) }
                #expect(line.map { $0.count > option.count + 10 } == true, "\(command) \(option) has help text")
            }
        }
        let root = try CLI.run(["--help"]).stdout
        for command in ["history", "withdraw", "assign", "edit", "backup", "check"] { #expect(root.contains("  \(command) ")) }
    }
}
