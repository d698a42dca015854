import ArgumentParser
import FactCheckBenchKit
import FactCheckKit
import Foundation

struct StartupBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "startup",
        abstract: "Whole-process time of 'factcheck --version' and a worklist page, against a C program in the same run.",
        discussion: """
            Runs each command in turn, round-robin, so machine load falls on all of them alike. Reports the median
            and fastest wall time and the median CPU time (user + system of the child, from wait4).
            """
    )

    @Option(help: ArgumentHelp("The C baseline (default: /bin/true, which links only libc).", valueName: "path"))
    var baseline: String = "/bin/true"

    @Option(help: ArgumentHelp("A database for the worklist page 'claims --status unverified' (optional).", valueName: "path"))
    var db: String?

    @Option(help: "Runs per command.")
    var runs: Int = 40

    @OptionGroup var binary: BinaryOptions

    func run() throws {
        var commands: [(String, String, [String])] = [
            ("C baseline (\(baseline))", baseline, []),
            ("factcheck --version", binary.path, ["--version"]),
        ]
        if let db {
            commands.append(("factcheck claims --status unverified", binary.path, ["claims", "--status", "unverified", "--db", db]))
        }
        var results = Array(repeating: [ChildRun](), count: commands.count)
        for _ in 0..<runs {
            for (index, command) in commands.enumerated() {
                let run = try ChildProcess.run(command.1, command.2)
                guard run.status == 0 else { throw ExitCode(run.status) }
                results[index].append(run)
            }
        }
        print("start-up, \(runs) runs each, round-robin (\(binary.path))")
        for (index, command) in commands.enumerated() {
            let runs = results[index]
            print("  \(command.0): median \(ms(median(runs.map(\.seconds)))), min \(ms(runs.map(\.seconds).min() ?? 0)),"
                + " CPU median \(ms(median(runs.map(\.cpuSeconds)))), peak RSS \(Output.f(median(runs.map { Double($0.peakKilobytes) }) / 1_000, 1)) MB")
        }
    }

    private func ms(_ seconds: Double) -> String { Output.f(seconds * 1000, 2) + " ms" }
}
