import ArgumentParser
import FactCheckBenchKit
import FactCheckKit
import Foundation

struct FolderIngestBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest-folder",
        abstract: "Ingest a folder with extraction on one thread (the old way) and on every core, alternating, in one run.",
        discussion: """
            Each run ingests the whole generated folder into a fresh database through Ingestor.ingest, the path \
            'factcheck ingest FOLDER' takes. Prints median wall-clock seconds for each and their ratio.
            """
    )

    @Option(help: "How many articles.")
    var articles: Int = 2_000

    @Option(help: "Runs of each; medians are reported.")
    var runs: Int = 3

    @Option(help: "Threads for the parallel runs (default: every core).")
    var threads: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var work: WorkOptions

    func run() throws {
        try FileManager.default.createDirectory(atPath: work.work, withIntermediateDirectories: true)
        let corpus = try work.corpus(articles: articles)
        let sources = try Ingestor.sources(for: [corpus])
        var times: [Int: [Double]] = [1: [], threads: []]
        var cpu: [Int: [Double]] = [1: [], threads: []]
        for _ in 0..<runs {
            for count in [1, threads] {
                let path = "\(work.work)/folder-\(count).db"
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
                var ingestor = Ingestor(store: try FactCheckStore(path: path, mode: .readWrite), editor: "bench")
                ingestor.extractionThreads = count
                let (start, cpu0) = (Stopwatch.now(), Stopwatch.processCPU())
                try ingestor.ingest(sources) { _ in }
                times[count, default: []].append(Stopwatch.now() - start)
                cpu[count, default: []].append(Stopwatch.processCPU() - cpu0)
            }
        }
        let one = median(times[1]!), many = median(times[threads]!)
        print("ingest folder of \(sources.count) articles, \(runs) runs each, alternating (\(ProcessInfo.processInfo.activeProcessorCount) cores)")
        print("  1 thread: \(Output.f(one)) s (\(Output.f(Double(sources.count) / one, 0)) articles/s), CPU \(Output.f(median(cpu[1]!))) s")
        print("  \(threads) threads: \(Output.f(many)) s (\(Output.f(Double(sources.count) / many, 0)) articles/s), CPU \(Output.f(median(cpu[threads]!))) s")
        print("  speed-up: \(Output.f(one / many))x; runs (wall, 1 thread / \(threads)): "
            + zip(times[1]!, times[threads]!).map { "\(Output.f($0)) / \(Output.f($1))" }.joined(separator: ", "))
    }
}
