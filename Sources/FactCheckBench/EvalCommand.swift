import ArgumentParser
import FactCheckBenchKit
import FactCheckKit
import Foundation

/// `factcheck-bench eval`: the extractor against external suites (formerly `factcheck eval`; same options, same table).
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure the claim extractor against external suites and print one table.",
        discussion: """
            EVAL-FOLDER is the shared/eval folder (Recognizers-Text, quantulum3, ClaimBuster, CLEF 2019). \
            GUM quotes are read from EVAL-FOLDER/../corpus/wikinews unless --corpus says otherwise. \
            Speed is timed on the .txt articles under EVAL-FOLDER/../corpus; build with \
            'swift build -c release' for a meaningful figure. Nothing is written.
            """
    )

    @Argument(help: ArgumentHelp("The shared/eval folder.", valueName: "eval-folder"))
    var evalFolder: String

    @Option(help: ArgumentHelp("The Wikinews folder with GUM annotations (default: EVAL-FOLDER/../corpus/wikinews).", valueName: "path"))
    var corpus: String?

    @Option(help: ArgumentHelp("CPU seconds to time the extractor for.", valueName: "seconds"))
    var speedSeconds: Double = 3

    @Flag(help: "Also time Recognizers-Text in Python (pip install recognizers-text-suite emoji==0.6.0) on the same text.")
    var pythonPeer = false

    @Flag(help: "Also list what each suite missed: quantity cases, GUM quotes and speakers, ClaimBuster errors.")
    var misses = false

    func validate() throws {
        guard speedSeconds > 0, speedSeconds <= 600 else { throw ValidationError("--speed-seconds must be between 0 and 600") }
    }

    func run() throws {
        #if DEBUG
        let release = false
        #else
        let release = true
        #endif
        let request = EvaluationRequest(
            evalFolder: URL(fileURLWithPath: evalFolder), wikinewsFolder: corpus.map { URL(fileURLWithPath: $0) },
            speedSeconds: speedSeconds, pythonPeer: pythonPeer, releaseBuild: release
        )
        let report = try Evaluator.run(request)
        Output.line(String(report.table().trimmingSuffix("\n")))
        if misses { Output.line("\nMissed:\n" + report.missList().trimmingSuffix("\n")) }
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
