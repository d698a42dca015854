import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

@Suite(.serialized) struct CrashTests {
    static let articles = 200
    static let kills = 8

    /// What is stored for each article, by the SHA-256 of its body: claims, history entries, quantities, the sum of the claims' kind bits.
    static func perArticle(_ path: String) throws -> [String: [Int]] {
        let store = try FactCheckStore(path: path, mode: .existing)
        let statement = try store.db.statement("""
            SELECT a.body_sha256,
                   (SELECT count(*) FROM claim c WHERE c.article_id = a.id),
                   (SELECT count(*) FROM claim_event e JOIN claim c ON c.id = e.claim_id WHERE c.article_id = a.id),
                   (SELECT count(*) FROM quantity q JOIN claim c ON c.id = q.claim_id WHERE c.article_id = a.id),
                   (SELECT coalesce(sum(c.kinds), 0) FROM claim c WHERE c.article_id = a.id)
            FROM article a
            """)
        defer { statement.reset() }
        var result: [String: [Int]] = [:]
        while try statement.step() {
            #expect(result[statement.text(0)] == nil, "an article is stored twice")
            result[statement.text(0)] = [statement.int(1), statement.int(2), statement.int(3), statement.int(4)]
        }
        return result
    }

    /// SIGKILL an ingest of many articles at random moments; every time, the database must pass its checks and hold
    /// each article whole or not at all. Running the same ingest again then completes it without duplicates.
    @Test func anIngestKilledAtAnyMomentLeavesWholeArticlesAndResumes() throws {
        let folder = TemporaryDirectory()
        let articles = writeArticles(Self.articles, in: folder)
        let reference = folder.file("reference.db")
        let complete = try CLI.run(["ingest", articles], database: reference)
        try #require(complete.status == 0, "\(complete.stderr)")
        let expected = try Self.perArticle(reference)
        try #require(expected.count == Self.articles)

        let target = folder.file("killed.db")
        var killedMidway = 0
        var delays: [Int] = []
        var stored: [Int] = []
        let start = Date()
        for round in 0..<Self.kills {
            let ingest = try BackgroundProcess(
                executable: Paths.binary, arguments: ["ingest", articles], environment: ["FACTCHECK_DB": target],
                outputPrefix: folder.file("round-\(round)")
            )
            // Even rounds: a random moment from the start (it may land while the file is created or migrated).
            // Odd rounds: a random moment after this run stored its first new article, so the kill lands among
            // writes rather than while the run skips what earlier rounds stored.
            if round % 2 == 1 {
                while ingest.process.isRunning, !ingest.stdout.split(separator: "\n").contains(where: { $0.contains(" claims") }) {
                    usleep(2_000)
                }
            }
            let delay = Int.random(in: round % 2 == 0 ? 10...300 : 0...60)
            delays.append(delay)
            usleep(useconds_t(delay * 1000))
            if ingest.process.isRunning {
                kill(ingest.process.processIdentifier, SIGKILL)
                killedMidway += 1
            }
            _ = ingest.wait()
            guard FileManager.default.fileExists(atPath: target) else { continue }  // killed before it created the file
            // Killed between creating the file and committing its schema: an empty file, which factcheck refuses to
            // read as a database (it is not one yet) and the next ingest fills in.
            if ((try? FileManager.default.attributesOfItem(atPath: target))?[.size] as? Int) == 0 { continue }
            let store = try FactCheckStore(path: target, mode: .existing)
            let health = try store.check()
            #expect(health.isHealthy, "round \(round): \(health.problems)")
            let found = try Self.perArticle(target)
            stored.append(found.count)
            for (sha, counts) in found {
                #expect(expected[sha] == counts, "round \(round): article \(sha.prefix(8)) is partly stored: \(counts) of \(expected[sha] ?? [])")
            }
        }
        let resumed = try CLI.run(["ingest", articles], database: target)
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(try Self.perArticle(target) == expected, "the second run completes the rest and duplicates nothing")
        let elapsed = Date().timeIntervalSince(start)
        print("kill test: \(Self.kills) SIGKILLs (\(killedMidway) mid-ingest, after \(delays) ms; articles stored after each: \(stored)), then resumed; \(String(format: "%.1f", elapsed)) s")
        #expect(killedMidway > 0, "at least one kill landed while the ingest was running")
    }
}
