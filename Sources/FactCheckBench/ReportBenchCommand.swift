import ArgumentParser
import FactCheckBenchKit
import FactCheckKit
import Foundation

struct ReportBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Time 'factcheck report' in every format on databases: seconds and peak memory (ru_maxrss)."
    )

    @Option(help: ArgumentHelp("A database to export (repeatable).", valueName: "path"))
    var db: [String]

    @Option(help: "Runs per figure; medians are reported (peak memory: the largest).")
    var runs: Int = 3

    @OptionGroup var binary: BinaryOptions

    @Option(help: ArgumentHelp("Folder for the report files.", valueName: "path"))
    var work: String = "/tmp/factcheck-bench"

    func run() throws {
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let baseline = try (0..<runs).map { _ in try ChildProcess.run(binary.path, ["--version"]) }
        print("baseline: factcheck --version \(Output.f(median(baseline.map(\.seconds)), 3)) s, peak \(baseline.map(\.peakKilobytes).max()!) KB")
        for path in db {
            let total = try FactCheckStore(path: path, mode: .existing).countClaims(ClaimFilter())
            print("\(path): \(total) claims")
            for format in ReportFormat.allCases {
                let output = "\(work)/report.\(format.rawValue)"
                let results = try (0..<runs).map { _ in
                    try ChildProcess.run(binary.path, ["report", "--format", format.rawValue, "-o", output, "--db", path])
                }
                let size = (try? FileManager.default.attributesOfItem(atPath: output))?[.size] as? Int ?? 0
                print("  report --format \(format.rawValue): \(Output.f(median(results.map(\.seconds)), 2)) s,"
                    + " peak \(results.map(\.peakKilobytes).max()!) KB, \(Output.f(Double(size) / 1_000_000, 1)) MB written,"
                    + " exit \(results.map(\.status).max()!)")
                try? FileManager.default.removeItem(atPath: output)
            }
        }
    }
}
