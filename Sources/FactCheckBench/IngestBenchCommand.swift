import ArgumentParser
import FactCheckBenchKit
import FactCheckKit
import Foundation

struct IngestBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Ingest N generated articles; compare with the floor (same rows, C API, one transaction) in the same run.",
        discussion: """
            Prints medians over the runs, in wall-clock seconds and in CPU seconds of the benchmark thread
            (steadier on a shared machine). ratio = factcheck's whole ingest / the floor, with extraction and \
            storing timed one after the other; "pipelined" is the same folder through Ingestor.ingest, the path \
            'factcheck ingest FOLDER' takes (the next batch extracted on every core while one is stored), into \
            another fresh file, timed as a whole.
            """
    )

    @Option(help: "How many articles (repeatable: one line per size).")
    var articles: [Int] = [10_000]

    @Option(help: "Runs per size; medians are reported.")
    var runs: Int = 3

    @Option(help: "Articles per commit in factcheck's ingest (1: one commit per article).")
    var batch: Int = IngestBatching.articlesPerCommit

    @Flag(help: "Also match each new claim against the stored claims and reviews, as 'factcheck ingest' does by default (off: the store alone, as 'factcheck ingest --no-match' stores).")
    var matching = false

    @OptionGroup var work: WorkOptions

    func run() throws {
        try FileManager.default.createDirectory(atPath: work.work, withIntermediateDirectories: true)
        for count in articles {
            let corpus = try work.corpus(articles: count)
            var benchmark = IngestBenchmark(corpus: corpus, workFolder: work.work)
            benchmark.progress = Output.fraction
            benchmark.batchSize = batch
            benchmark.matching = matching
            var results: [IngestMeasurement] = []
            for _ in 0..<runs {
                results.append(try benchmark.run(databasePath: work.database(articles: count)))
            }
            let first = results[0]
            let mb = Double(first.bytes) / 1_000_000
            print("ingest \(count) articles (\(Output.f(mb, 1)) MB, \(first.claims) claims, \(first.quantities) quantities), batch \(batch), matching \(matching ? "on" : "off"), \(runs) runs")
            for (name, clock) in [("wall", \Span.wall), ("cpu", \Span.cpu)] {
                let floor = median(results.map { $0.floor[keyPath: clock] })
                let ingest = median(results.map { $0.ingest[keyPath: clock] })
                let extract = median(results.map { $0.extract[keyPath: clock] })
                let store = median(results.map { $0.store[keyPath: clock] })
                let ratio = median(results.map { $0.ingest[keyPath: clock] / $0.floor[keyPath: clock] })
                let storeRatio = median(results.map { $0.store[keyPath: clock] / $0.floor[keyPath: clock] })
                print("  \(name): floor \(Output.f(floor)) s (\(Output.f(Double(count) / floor, 0)) articles/s, \(Output.f(mb / floor)) MB/s)"
                    + " | ingest \(Output.f(ingest)) s (\(Output.f(Double(count) / ingest, 0)) articles/s, \(Output.f(mb / ingest)) MB/s)"
                    + " = extract \(Output.f(extract)) s + store \(Output.f(store)) s"
                    + " | ratio \(Output.f(ratio)) (store alone \(Output.f(storeRatio))), extraction \(Output.f(extract / ingest * 100, 0))% of ingest")
            }
            let pipelined = median(results.map { $0.pipelined.wall })
            let pipelinedRatio = median(results.map { $0.pipelined.wall / $0.floor.wall })
            print("  pipelined (factcheck ingest FOLDER's path, extraction beside the writer on \(ProcessInfo.processInfo.activeProcessorCount) cores):"
                + " wall \(Output.f(pipelined)) s, process CPU \(Output.f(median(results.map { $0.pipelined.cpu }))) s"
                + " | ratio \(Output.f(pipelinedRatio)) to the floor's wall")
            print("  runs (wall ratio): \(results.map { Output.f($0.ingest.wall / $0.floor.wall) }.joined(separator: " "))"
                + "; pipelined: \(results.map { Output.f($0.pipelined.wall / $0.floor.wall) }.joined(separator: " "))")
        }
    }
}
