import FactCheckKit
import Foundation

/// What to evaluate: the external suites' folder, the corpus, and whether to run the Python peer.
public struct EvaluationRequest: Sendable {
    /// The `shared/eval` folder (see its README.md).
    public var evalFolder: URL
    /// The Wikinews corpus with GUM annotations; by default `evalFolder/../corpus/wikinews`.
    public var wikinewsFolder: URL
    /// Folders whose `.txt` articles are timed; by default `evalFolder/../corpus`.
    public var speedFolders: [URL]
    /// Minimum seconds of timing for the speed figure.
    public var speedSeconds: Double
    /// Run Recognizers-Text in Python on the same text, when installed.
    public var pythonPeer: Bool
    /// True when this is an optimised build: speed from a debug build is not representative.
    public var releaseBuild: Bool

    public init(evalFolder: URL, wikinewsFolder: URL? = nil, speedFolders: [URL]? = nil, speedSeconds: Double = 3,
                pythonPeer: Bool = false, releaseBuild: Bool) {
        self.evalFolder = evalFolder
        let corpus = evalFolder.deletingLastPathComponent().appendingPathComponent("corpus")
        self.wikinewsFolder = wikinewsFolder ?? corpus.appendingPathComponent("wikinews")
        self.speedFolders = speedFolders ?? [corpus]
        self.speedSeconds = speedSeconds
        self.pythonPeer = pythonPeer
        self.releaseBuild = releaseBuild
    }
}

/// Why the evaluation could not start.
public enum EvaluationError: FactCheckFailure, Equatable {
    case folderMissing(String)

    public var exitStatus: ExitStatus { .noInput }

    public var errorDescription: String? {
        switch self {
        case .folderMissing(let path):
            "evaluation folder \(path) not found; pass the path of shared/eval (it holds README.md, quantities/, checkworthiness/)"
        }
    }
}

/// Runs every external suite and collects one table.
public enum Evaluator {
    public static func run(_ request: EvaluationRequest) throws -> EvaluationReport {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: request.evalFolder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw EvaluationError.folderMissing(request.evalFolder.path)
        }
        var report = EvaluationReport()
        recognizers(request, into: &report)
        quantulum(request, into: &report)
        quotes(request, into: &report)
        checkWorthiness(request, into: &report)
        speed(request, into: &report)
        return report
    }

    private static func recognizers(_ request: EvaluationRequest, into report: inout EvaluationReport) {
        let base = request.evalFolder.appendingPathComponent("quantities/recognizers-text")
        let suites: [(String, String, RecognizersSuite.Model, String)] = [
            ("Recognizers-Text numbers", "Number/English/NumberModel.json", .number, ">= 90%; Python port 82% (172/211)"),
            ("Recognizers-Text percentages", "Number/English/PercentModel.json", .percent, ">= 95%; Python port 100% (17/17)"),
            ("Recognizers-Text currency", "NumberWithUnit/English/CurrencyModel.json", .currency, ">= 95%; Python port 97% (126/130)"),
        ]
        for (name, path, model, target) in suites {
            let url = base.appendingPathComponent(path)
            guard let cases = try? SpecCase.load(url) else {
                report.skipped.append("\(name): \(url.path) not readable")
                continue
            }
            let score = RecognizersSuite.score(cases, model: model, name: name)
            report.misses.append((name, score.misses))
            report.rows.append(EvaluationRow(
                suite: name, result: Figures.percent(score.found, of: score.inScope), target: target,
                note: "\(cases.count) cases; " + score.leftOutNote
            ))
        }
    }

    private static func quantulum(_ request: EvaluationRequest, into report: inout EvaluationReport) {
        let url = request.evalFolder.appendingPathComponent("quantities/quantulum3/quantities.json")
        guard let score = try? QuantulumSuite.score(url) else {
            report.skipped.append("quantulum3: \(url.path) not readable")
            return
        }
        report.misses.append(("quantulum3", score.misses))
        report.rows.append(EvaluationRow(
            suite: "quantulum3 plain numbers and money", result: Figures.percent(score.found, of: score.inScope),
            note: "\(score.inScope) of \(score.total) cases have only plain numbers or money; physical units left out"
        ))
    }

    private static func quotes(_ request: EvaluationRequest, into report: inout EvaluationReport) {
        guard let score = try? QuoteSuite.score(corpus: request.wikinewsFolder), score.articles > 0 else {
            report.skipped.append("GUM quotes: \(request.wikinewsFolder.path)/annotations not readable")
            return
        }
        report.misses.append(("GUM quotes not found", score.missedQuotes))
        report.misses.append(("GUM quotes found without a speaker named in the article", score.missedSpeakers))
        report.rows.append(EvaluationRow(
            suite: "GUM direct quotes found", result: Figures.percent(score.found, of: score.quotes),
            target: "textacy peer 57/84 (67.9%)",
            note: "\(score.articles) Wikinews articles; a gold quote is found when a sentence overlapping it is marked as a quote"
        ))
        report.rows.append(EvaluationRow(
            suite: "GUM quotes with a speaker", result: Figures.percent(score.withSpeaker, of: score.quotes),
            note: "the claim names a speaker whose name appears in the article (GUM gives no gold speakers)"
        ))
    }

    private static func checkWorthiness(_ request: EvaluationRequest, into report: inout EvaluationReport) {
        let folder = request.evalFolder.appendingPathComponent("checkworthiness")
        if let score = try? CheckWorthinessSuite.claimBuster(folder.appendingPathComponent("claimbuster-test.json")) {
            report.rows.append(EvaluationRow(
                suite: "ClaimBuster F1 (check-worthy)", result: Figures.fixed(score.f1, 3), target: ">= 0.75; transformers 0.8-0.9",
                note: "\(score.count) sentences; score >= \(CheckWorthiness.checkWorthyThreshold) counts as check-worthy; precision \(Figures.fixed(score.precision, 3)), recall \(Figures.fixed(score.recall, 3))"
            ))
            report.rows.append(EvaluationRow(suite: "ClaimBuster ROC AUC", result: Figures.fixed(score.auc, 3)))
            report.misses.append(("ClaimBuster check-worthy sentences scored below the threshold", score.missed))
            report.misses.append(("ClaimBuster other sentences scored at or above the threshold", score.falseAlarms))
        } else {
            report.skipped.append("ClaimBuster: \(folder.path)/claimbuster-test.json not readable")
        }
        if let clef = try? CheckWorthinessSuite.clefMAP(folder.appendingPathComponent("clef2019-task1-test.csv")), clef.debates > 0 {
            report.rows.append(EvaluationRow(
                suite: "CLEF 2019 task 1 MAP", result: Figures.fixed(clef.map, 3), target: "report only",
                note: "\(clef.lines) lines in \(clef.debates) debates; never tuned on"
            ))
        } else {
            report.skipped.append("CLEF 2019: \(folder.path)/clef2019-task1-test.csv not readable")
        }
    }

    private static func speed(_ request: EvaluationRequest, into report: inout EvaluationReport) {
        let texts = SpeedBenchmark.corpusTexts(request.speedFolders)
        guard !texts.isEmpty else {
            report.skipped.append("speed: no .txt articles under \(request.speedFolders.map(\.path).joined(separator: ", "))")
            return
        }
        let result = SpeedBenchmark.run(texts, minimumSeconds: request.speedSeconds)
        let build = request.releaseBuild ? "release build" : "DEBUG build, not representative: use swift build -c release"
        report.rows.append(EvaluationRow(
            suite: "extractor speed, one core", result: "\(Figures.fixed(result.megabytesPerSecond, 1)) MB/s", target: ">= 50 MB/s",
            note: "\(texts.count) articles, \(Figures.fixed(Double(result.bytes) / 1_000_000, 2)) MB, \(result.passes) passes in \(Figures.fixed(result.seconds, 2)) s of CPU time (\(Figures.fixed(result.wallSeconds, 2)) s wall), \(result.claims) claims per pass; \(build)"
        ))
        guard request.pythonPeer else { return }
        switch PythonPeer.run(texts) {
        case .success(let peer):
            report.rows.append(EvaluationRow(
                suite: "Recognizers-Text (Python) speed", result: "\(Figures.fixed(peer.megabytesPerSecond, 3)) MB/s",
                target: "peer", note: "numbers, percentages and currency over the same text, one pass of \(Figures.fixed(peer.seconds, 1)) s of CPU time"
            ))
        case .failure(.notRunnable(let why)):
            report.skipped.append("Python peer: \(why) (pip install recognizers-text-suite emoji==0.6.0)")
        }
    }
}
