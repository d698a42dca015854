import Foundation

/// The exit status a failure maps to, after BSD sysexits so scripts can tell failures apart.
public enum ExitStatus: Int32, Sendable {
    case usage = 64        // EX_USAGE: a bad argument or option value
    case dataError = 65    // EX_DATAERR: input that is not what it should be, an unknown id
    case noInput = 66      // EX_NOINPUT: a missing file or nothing to read
    case software = 70     // EX_SOFTWARE: an internal error
    case cannotCreate = 73 // EX_CANTCREAT: an output that cannot be created
    case ioError = 74      // EX_IOERR: a read or write that failed
    case temporary = 75    // EX_TEMPFAIL: try again (database busy)
}

/// A failure that tells the user what went wrong and what to do next, in one line.
public protocol FactCheckFailure: LocalizedError, Sendable {
    var exitStatus: ExitStatus { get }
}
