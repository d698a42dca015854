import ArgumentParser
import FactCheckBenchKit
import FactCheckKit
import Foundation

struct MemoryBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memory",
        abstract: "Peak memory of 'factcheck ingest' on one generated article of N MB, against 'factcheck --version' in the same run.",
        discussion: """
            Each run ingests the article into a new database as a child process and reads the child's peak resident
            memory from wait4 (ru_maxrss, the figure '/usr/bin/time -v' prints). Medians over the runs.
            """
    )

    @Option(help: "The article's size in megabytes (10^6 bytes).")
    var megabytes: Int = 50

    @Option(help: "Runs; medians are reported.")
    var runs: Int = 3

    @OptionGroup var work: WorkOptions
    @OptionGroup var binary: BinaryOptions

    func run() throws {
        try FileManager.default.createDirectory(atPath: work.work, withIntermediateDirectories: true)
        let article = "\(work.work)/large-\(megabytes)mb.txt"
        let bytes = try LargeArticle.write(bytes: megabytes * 1_000_000, to: article)
        let database = "\(work.work)/memory-\(megabytes)mb.db"
        var floors: [Double] = [], peaks: [Double] = [], seconds: [Double] = []
        for _ in 0..<runs {
            floors.append(Double(try ChildProcess.run(binary.path, ["--version"]).peakKilobytes) / 1_000)
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
            let ingest = try ChildProcess.run(binary.path, ["ingest", article, "--db", database, "--editor", "bench"])
            guard ingest.status == 0 else { throw ExitCode(ingest.status) }
            peaks.append(Double(ingest.peakKilobytes) / 1_000)
            seconds.append(ingest.seconds)
        }
        let mb = Double(bytes) / 1_000_000
        let peak = median(peaks)
        print("ingest one \(Output.f(mb, 1)) MB article, \(runs) runs: peak RSS \(Output.f(peak, 0)) MB (\(Output.f(peak / mb, 1))x the article),"
            + " 'factcheck --version' \(Output.f(median(floors), 1)) MB; wall \(Output.f(median(seconds), 1)) s")
        print("  runs (peak MB): \(peaks.map { Output.f($0, 0) }.joined(separator: " "))")
    }
}
