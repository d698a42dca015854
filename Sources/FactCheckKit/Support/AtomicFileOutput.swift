import Foundation

/// Why an output file could not be written.
public enum OutputError: FactCheckFailure, Equatable {
    case cannotCreate(path: String, reason: String)
    case writeFailed(path: String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .cannotCreate(let path, let reason):
            "cannot write '\(path)': \(reason); check that its folder exists and is writable"
        case .writeFailed(let path, let reason):
            "writing '\(path)' failed: \(reason); the file was left as it was"
        }
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .cannotCreate: .cannotCreate
        case .writeFailed: .ioError
        }
    }
}

/// A text stream into a temporary file beside `path`, renamed into place by `commit()`:
/// a failed export never leaves a half-written file.
public struct AtomicFileOutput: TextOutputStream {
    public let path: String
    private let temporaryPath: String
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var failure: String?

    public init(path: String) throws(OutputError) {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .cannotCreate(path: path, reason: "folder '\(folder)' does not exist")
        }
        temporaryPath = folder + "/." + url.lastPathComponent + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw .cannotCreate(path: path, reason: "permission denied")
        }
        self.handle = handle
    }

    public mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    private mutating func flush() {
        guard failure == nil, !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            failure = "\(error.localizedDescription)"
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and renames the temporary file over `path`.
    public mutating func commit() throws(OutputError) {
        flush()
        if let failure {
            discard()
            throw .writeFailed(path: path, reason: failure)
        }
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            discard()
            throw .writeFailed(path: path, reason: error.localizedDescription)
        }
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            discard()
            throw .writeFailed(path: path, reason: reason)
        }
    }

    /// Removes the temporary file; `path` is untouched.
    public func discard() {
        try? handle.close()
        unlink(temporaryPath)
    }
}
