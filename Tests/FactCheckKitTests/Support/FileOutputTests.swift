import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

@Suite struct FileOutputTests {
    /// While a report is being written nothing named exists beside it, so a kill at that moment leaves no file.
    @Test func anOutputInProgressLeavesNoTemporaryFile() throws {
        let folder = TemporaryDirectory()
        let path = folder.file("report.md")
        var output = try AtomicFileOutput(path: path)
        output.write(String(repeating: "line\n", count: 50_000))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        try output.commit()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.md"])
        #expect(FileStatus(path: path)?.size == 250_000)
    }

    @Test func aDiscardedOutputLeavesTheOldFile() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("report.md", "old\n")
        var output = try AtomicFileOutput(path: path)
        output.write("new\n")
        output.discard()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.md"])
    }

    @Test func aFullDeviceFailsTheCommit() throws {
        var output = try AtomicFileOutput(path: "/dev/full")
        #expect(output.isStream)
        output.write("x")
        #expect(throws: OutputError.writeFailed(path: "/dev/full", reason: "No space left on device")) { try output.commit() }
    }

    @Test func readingStopsJustPastTheLimit() throws {
        let zero = open("/dev/zero", O_RDONLY)
        defer { close(zero) }
        #expect(FileDescriptorIO.read(upTo: 100_000, from: zero) == .overLimit)
        let folder = TemporaryDirectory()
        let file = folder.write("a.txt", String(repeating: "a", count: 70_000))
        let descriptor = open(file, O_RDONLY)
        defer { close(descriptor) }
        #expect(FileDescriptorIO.read(upTo: 70_000, from: descriptor) == .complete(Data(repeating: 0x61, count: 70_000)))
    }

    @Test func sideFileNamesAreRecognised() {
        for name in ["a.db-wal", "a.db-shm", "a.db-journal", "/tmp/x-journal"] { #expect(DatabaseFile.isSideFile(name), "\(name)") }
        for name in ["a.db", "wal.db", "journal", "a.db-walnut"] { #expect(!DatabaseFile.isSideFile(name), "\(name)") }
        #expect(DatabaseFile.sqliteName(for: "file:x.db") == "./file:x.db")
        #expect(DatabaseFile.sqliteName(for: "/abs/x.db") == "/abs/x.db")
    }
}
