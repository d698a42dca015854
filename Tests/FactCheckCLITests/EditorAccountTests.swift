import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// `factcheck editor add/list/revoke` and `serve`'s options, through the built binary.
@Suite struct EditorAccountTests {
    @Test func addPrintsTheTokenAloneOnTheLastLineAndRevokeStopsIt() throws {
        let database = try ExampleDatabase()
        let added = try database.run(["editor", "add", "ann", "--role", "editor", "--editor", "ada"])
        #expect(added.status == 0)
        let lines = added.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first == "editor ann added (editor); their token, shown only now:")
        let token = try #require(lines.last)
        #expect(token.hasPrefix("fct_") && token.count == 68)
        #expect(try FactCheckStore(path: database.path, mode: .existing).editor(token: token)?.name == "ann")

        let duplicate = try database.run(["editor", "add", "ann", "--role", "checker"])
        #expect(duplicate.status == 65)
        #expect(duplicate.errorLines == ["factcheck: error: editor ann already exists; revoke them first to issue a new token"])
        #expect(try database.run(["editor", "add", "bob", "--role", "boss"]).status == 64)
        #expect(try database.run(["editor", "add", "bob smith", "--role", "checker"]).status == 64)

        let list = try database.run(["editor", "list", "--format", "json"])
        #expect(list.status == 0)
        #expect(list.stdout.contains(#""name" : "ann""#))
        #expect(!list.stdout.contains(token))

        #expect(try database.run(["editor", "revoke", "ann", "--editor", "ada"]).stdout == "editor ann revoked; their token no longer signs in\n")
        #expect(try FactCheckStore(path: database.path, mode: .existing).editor(token: token) == nil)
        #expect(try database.run(["editor", "revoke", "ann"]).status == 65)
        #expect(try database.run(["editor", "list"]).stdout.contains("revoked"))
    }

    @Test func serveRefusesABadListenAddress() throws {
        let database = try ExampleDatabase()
        for bad in ["8080", "localhost:", "localhost:99999", ":8080"] {
            let result = try database.run(["serve", "--listen", bad])
            #expect(result.status == 64, "\(bad)")
            #expect(result.errorLines.count == 1)
        }
    }

    @Test func serveRefusesAReaderCountOutOfRange() throws {
        let database = try ExampleDatabase()
        for bad in ["0", "17", "-1"] {
            let result = try database.run(["serve", "--readers=\(bad)"])
            #expect(result.status == 64, "\(bad)")
            #expect(result.errorLines.count == 1)
            #expect(result.stderr.contains("--readers must be from 1 to 16, not \(bad)"), "\(result.stderr)")
        }
    }
}
