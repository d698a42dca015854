import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Which files the store agrees to open, and when it may remove a database it created.
@Suite struct DatabaseFileTests {
    @Test func anUnusedNewDatabaseIsRemovedOnlyWhenNobodyHasItOpenAndItHoldsNothing() throws {
        let folder = TemporaryDirectory()
        let path = folder.file("new.db")
        do { _ = try FactCheckStore(path: path) }
        let other = try FactCheckStore(path: path)
        #expect(!FactCheckStore.removeIfUnused(path: path), "another connection has it open")
        #expect(FileManager.default.fileExists(atPath: path))
        _ = try other.setSetting(.organisationName, to: "Desk")
        withExtendedLifetime(other) {}
        #expect(!FactCheckStore.removeIfUnused(path: path), "it holds a setting")

        let empty = folder.file("empty.db")
        do { _ = try FactCheckStore(path: empty) }
        #expect(FactCheckStore.removeIfUnused(path: empty))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix("empty.db") }.isEmpty)
    }

    @Test(arguments: [0, 1, 2, 3, 99])
    func anotherApplicationsDatabaseIsLeftByteForByte(userVersion: Int) throws {
        let folder = TemporaryDirectory()
        let path = folder.file("theirs.db")
        do {
            let theirs = try SQLiteConnection(path: path, readOnly: false)
            try theirs.execute("CREATE TABLE claim (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO claim (body) VALUES ('x'); PRAGMA user_version = \(userVersion)")
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for mode in [FactCheckStore.AccessMode.readWrite, .existing] {
            #expect(throws: StoreError.self) { try FactCheckStore(path: path, mode: mode) }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["theirs.db"])
    }

    @Test func namesSQLiteWouldNotReadAsAFileAreRefused() {
        for name in [":memory:", "file:x.db", "file:x.db?mode=memory", "FILE:x.db", ""] {
            #expect(throws: StoreError.notAFilePath(path: name)) { try FactCheckStore(path: name) }
        }
    }
}
