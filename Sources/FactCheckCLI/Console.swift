import FactCheckKit
import Foundation

/// Writes to standard output and standard error. The only place the CLI prints.
enum Console {
    static func out(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Text that carries its own line ends (CSV's CRLF).
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// One line on standard error, prefixed so it is clear which tool spoke.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("factcheck: error: " + message + "\n").utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data(("factcheck: warning: " + message + "\n").utf8))
    }

    /// Whether tables on standard output may be coloured: a terminal, and no NO_COLOR.
    static var colour: Bool {
        TerminalColour.enabled(outputIsTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
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
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}
