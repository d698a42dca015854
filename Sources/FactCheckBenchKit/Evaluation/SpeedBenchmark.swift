import FactCheckKit
import Foundation

/// Measures the whole extractor's throughput on one core, in megabytes of article text per second.
enum SpeedBenchmark {
    struct Result {
        var bytes: Int
        var seconds: Double
        var passes: Int
        var claims: Int
        /// Wall-clock seconds, for comparison: larger than `seconds` when the machine is busy.
        var wallSeconds: Double

        var megabytesPerSecond: Double { Double(bytes * passes) / 1_000_000 / seconds }
    }

    /// The article text of a corpus folder (and its subfolders' `.txt` files), joined as one text per article.
    static func corpusTexts(_ folders: [URL]) -> [String] {
        var texts: [String] = []
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { continue }
            var paths: [String] = []
            for case let url as URL in enumerator where url.pathExtension == "txt" { paths.append(url.path) }
            for path in paths.sorted() {
                if let text = try? String(contentsOfFile: path, encoding: .utf8) { texts.append(text) }
            }
        }
        return texts
    }

    /// Runs `extract(from:)` over every article, repeating until `minimumSeconds` of this thread's CPU time have passed.
    ///
    /// CPU time of the one thread, not wall time: on a shared machine other processes would otherwise count against us.
    static func run(_ texts: [String], minimumSeconds: Double) -> Result {
        let extractor = ClaimExtractor()
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let start = threadCPUSeconds()
        let wallStart = ContinuousClock.now
        var passes = 0
        var claims = 0
        var elapsed = 0.0
        repeat {
            for text in texts { claims += extractor.extract(from: text).count }
            passes += 1
            elapsed = threadCPUSeconds() - start
        } while elapsed < minimumSeconds
        let wall = ContinuousClock.now - wallStart
        let wallSeconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) / 1e18
        return Result(bytes: bytes, seconds: elapsed, passes: passes, claims: claims / passes, wallSeconds: wallSeconds)
    }

    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

/// Runs Microsoft Recognizers-Text in Python (numbers, percentages and currency) over the same text, when installed.
enum PythonPeer {
    static let script = """
        import sys, time
        from recognizers_text import Culture
        from recognizers_number import NumberRecognizer
        from recognizers_number_with_unit import NumberWithUnitRecognizer
        text = open(sys.argv[1], encoding="utf-8").read()
        models = [NumberRecognizer(Culture.English).get_number_model(),
                  NumberRecognizer(Culture.English).get_percentage_model(),
                  NumberWithUnitRecognizer(Culture.English).get_currency_model()]
        lines = [line for line in text.split("\\n") if line.strip()]
        start = time.process_time()
        found = 0
        for line in lines:
            for model in models:
                found += len(model.parse(line))
        print(len(text.encode("utf-8")), time.process_time() - start, found)
        """

    struct Result {
        var bytes: Int
        var seconds: Double
        var found: Int
        var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
    }

    /// The peer's speed, or why it could not run (python3 or the package missing).
    static func run(_ texts: [String], python: String = "python3") -> Swift.Result<Result, PeerError> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-eval-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let textURL = folder.appendingPathComponent("corpus.txt")
            let scriptURL = folder.appendingPathComponent("peer.py")
            try texts.joined(separator: "\n\n").write(to: textURL, atomically: true, encoding: .utf8)
            try script.write(to: scriptURL, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [python, scriptURL.path, textURL.path]
            // Standard error goes to a file, so a chatty peer cannot fill a pipe and stall.
            let errorURL = folder.appendingPathComponent("stderr.txt")
            _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
            let out = Pipe()
            process.standardOutput = out
            process.standardError = try FileHandle(forWritingTo: errorURL)
            try process.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let errorText = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
            guard process.terminationStatus == 0 else {
                return .failure(.notRunnable(errorText.split(separator: "\n").last.map(String.init) ?? "exit \(process.terminationStatus)"))
            }
            let fields = String(decoding: data, as: UTF8.self).split(whereSeparator: \.isWhitespace)
            guard fields.count == 3, let bytes = Int(fields[0]), let seconds = Double(fields[1]), let found = Int(fields[2]) else {
                return .failure(.notRunnable("unexpected output"))
            }
            return .success(Result(bytes: bytes, seconds: seconds, found: found))
        } catch {
            return .failure(.notRunnable(error.localizedDescription))
        }
    }

    enum PeerError: Error {
        case notRunnable(String)
    }
}
