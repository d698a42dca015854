import Foundation
import Testing
import TestSupport

@Suite struct ConfigCommandTests {
    @Test func setGetAndList() throws {
        let folder = TemporaryDirectory()
        let db = folder.file("config.db")
        let set = try CLI.run(["config", "set", "org.name", "Example Fact Check"], database: db)
        #expect(set.status == 0)
        #expect(set.stdout == "org.name = Example Fact Check\n")
        #expect(try CLI.run(["config", "set", "org.url", "https://factcheck.example.org"], database: db).status == 0)
        let get = try CLI.run(["config", "get", "org.name"], database: db)
        #expect(get.status == 0)
        #expect(get.stdout == "Example Fact Check\n")
        let list = try CLI.run(["config", "list"], database: db)
        #expect(list.status == 0)
        #expect(list.stdout == """
            org.name         Example Fact Check
            org.url          https://factcheck.example.org
            review.url       (not set)
            org.logo         (not set)
            review.required  (not set)

            """)
    }

    @Test func unknownKeyIsRefusedWithTheKnownOnes() throws {
        let folder = TemporaryDirectory()
        let result = try CLI.run(["config", "set", "org.nmae", "X"], database: folder.file("config.db"))
        #expect(result.status == 64)
        #expect(result.errorLines.count == 1)
        #expect(result.stderr.contains("org.name"))
        #expect(result.stderr.contains("review.url"))
    }

    @Test(arguments: [
        ["config", "set", "org.url", "ftp://example.org"],
        ["config", "set", "org.url", "not a url"],
        ["config", "set", "review.url", "https://factcheck.example.org/checks/"],
        ["config", "set", "review.url", "javascript:alert({id})"],
        ["config", "set", "org.name", "  "],
    ])
    func badValuesAreRefusedAndNothingIsStored(arguments: [String]) throws {
        let folder = TemporaryDirectory()
        let db = folder.file("config.db")
        let result = try CLI.run(arguments, database: db)
        #expect(result.status == 64)
        #expect(result.errorLines.count == 1)
        #expect(result.stderr.hasPrefix("factcheck: error: \(arguments[2])"))
        #expect(try CLI.run(["config", "get", arguments[2]], database: db).status != 0)
    }

    @Test func getOfAnUnsetKeySaysHowToSetIt() throws {
        let folder = TemporaryDirectory()
        let db = folder.file("config.db")
        #expect(try CLI.run(["config", "set", "org.name", "X"], database: db).status == 0)
        let result = try CLI.run(["config", "get", "review.url"], database: db)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("factcheck config set review.url"))
    }

    @Test func helpListsTheKeys() throws {
        let result = try CLI.run(["config", "--help"])
        #expect(result.status == 0)
        for key in ["org.name", "org.url", "review.url", "set", "get", "list"] { #expect(result.stdout.contains(key)) }
    }
}
