import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// A database file the editor may not write. chmod alone does not stop root (CI runs as root), so as root the
/// binary runs as `nobody` through util-linux `setpriv`; as any other user, chmod is enough.
@Suite struct ReadOnlyTests {
    static let setpriv = "/usr/bin/setpriv"
    static var canDropPrivileges: Bool { geteuid() != 0 || FileManager.default.isExecutableFile(atPath: setpriv) }

    /// Runs `factcheck ARGS` as a user who cannot write `path`, and returns its exit status and stderr.
    func runWithoutWriteAccess(_ arguments: [String], database path: String, folder: TemporaryDirectory, name: String) throws -> (Int32, [String]) {
        let process: BackgroundProcess
        let environment = ["FACTCHECK_DB": path, "HOME": "/"]
        if geteuid() == 0 {
            process = try BackgroundProcess(
                executable: URL(fileURLWithPath: Self.setpriv),
                arguments: ["--reuid=65534", "--regid=65534", "--clear-groups", Paths.binary.path] + arguments,
                environment: environment, outputPrefix: folder.file(name)
            )
        } else {
            process = try BackgroundProcess(executable: Paths.binary, arguments: arguments, environment: environment, outputPrefix: folder.file(name))
        }
        let status = process.wait()
        return (status, process.stderr.split(separator: "\n").map(String.init))
    }

    @Test(.enabled(if: canDropPrivileges, "running as root without setpriv: a read-only file cannot be simulated"))
    func writingAReadOnlyDatabaseFailsClearlyAndChangesNothing() throws {
        let database = try ExampleDatabase()
        // Both journal modes: the working database (WAL) and a backup copy (a single rollback-journal file).
        let copy = database.folder.file("copy.db")
        #expect(try database.run(["backup", copy]).status == 0)
        for path in [database.path, copy] {
            chmod(path, 0o444)
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            let (status, errors) = try runWithoutWriteAccess(
                ["cite", "1", "--url", "https://example.org/a"], database: path, folder: database.folder, name: "cite"
            )
            #expect(status == 74)
            #expect(errors == ["factcheck: error: database '\(path)' is read-only; check its permissions. Nothing was changed"])
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes, "the file is byte for byte as it was")
        }
        // Reading a read-only single-file database still works.
        let (status, errors) = try runWithoutWriteAccess(["claims"], database: copy, folder: database.folder, name: "claims")
        #expect(status == 0 && errors.isEmpty, "\(errors)")
    }
}
