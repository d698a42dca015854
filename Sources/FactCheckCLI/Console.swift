import FactCheckKit
import Foundation

/// Writes to standard output and standard error. The only place the CLI prints.
///
/// Writes never trap: a full disk or a closed descriptor is remembered as `outputFailure`, later output is
/// dropped, and the command finishes its work; `FactCheckCommand.run` then turns the failure into one line and
/// exit 74 (or, for a reader that went away, EPIPE, a quiet end).
enum Console {
    /// The `errno` of the first failed write to standard output, if any.
    nonisolated(unsafe) private(set) static var outputFailure: Int32?

    static func out(_ line: String) {
        writeOut(Array((line + "\n").utf8))
    }

    /// Raw bytes to standard output, unless an earlier write failed.
    static func writeOut(_ bytes: [UInt8]) {
        guard outputFailure == nil, !bytes.isEmpty else { return }
        let code = FileDescriptorIO.writeAll(bytes, to: STDOUT_FILENO)
        if code != 0 { outputFailure = code }
    }

    /// One line on standard error, prefixed so it is clear which tool spoke.
    static func error(_ message: String) {
        writeError("factcheck: error: " + message + "\n")
    }

    static func warning(_ message: String) {
        writeError("factcheck: warning: " + message + "\n")
    }

    /// Text to standard error. A failure here is dropped: there is nowhere left to report it.
    static func writeError(_ text: String) {
        _ = FileDescriptorIO.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }

    /// Columns of the terminal, or 100 when output is not a terminal.
    static var width: Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 { return columns }
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 {
            return Int(size.ws_col)
        }
        return 100
    }
}

/// A buffered text stream over standard output, for output too large to build as one string.
struct StandardOutputStream: TextOutputStream {
    private var buffer: [UInt8] = []

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        Console.writeOut(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
