import Foundation

/// Why an output file could not be written.
public enum OutputError: FactCheckFailure, Equatable {
    case cannotCreate(path: String, reason: String)
    case writeFailed(path: String, reason: String)
    /// The target is the database being read, or one of its side files.
    case isTheDatabase(path: String)
    /// The target is named like SQLite's side file of some database.
    case sideFile(path: String)

    public var errorDescription: String? {
        switch self {
        case .cannotCreate(let path, let reason):
            "cannot write '\(path)': \(reason); check that its folder exists and is writable"
        case .writeFailed(let path, let reason):
            "writing '\(path)' failed: \(reason); the file was left as it was"
        case .isTheDatabase(let path):
            "'\(path)' is the database itself (or one of its -wal, -shm, -journal files); give another file name. Nothing was written"
        case .sideFile(let path):
            "'\(path)' is named like an SQLite side file (-wal, -shm or -journal), which SQLite would delete or replay; "
                + "give another file name. Nothing was written"
        }
    }

    public var exitStatus: ExitStatus {
        switch self {
        case .cannotCreate: .cannotCreate
        case .writeFailed: .ioError
        case .isTheDatabase, .sideFile: .usage
        }
    }
}

/// A text stream into a file, written whole or not at all.
///
/// A regular file (new, or existing, also through a symlink) is written to an anonymous temporary file beside it
/// (`O_TMPFILE`, which vanishes with the process if it is killed) and put in place by `commit()`, keeping the
/// permissions of the file it replaces. A device, FIFO or the process's own standard output or error is written
/// to as it is, never replaced. The database and its side files are refused.
public struct AtomicFileOutput: TextOutputStream {
    public let path: String
    private let destination: Destination
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var failure: Int32 = 0

    private enum Destination {
        /// Replace or create `final` from a temporary file: anonymous, or `temporary` when anonymous ones fail.
        case file(final: String, temporary: String?)
        /// Write into what is there (a device, a FIFO, standard output); `owned` when we opened it.
        case stream(owned: Bool)
    }

    /// Whether the output goes into a stream as it is (a device, a pipe, standard output) rather than a file
    /// that `commit()` puts in place.
    public var isStream: Bool {
        if case .stream = destination { return true }
        return false
    }

    /// Prepares to write `path`. `database`, when given, is the database the output is made from: it and its
    /// side files are refused as targets, by device and inode, whatever name reaches them.
    public init(path: String, protecting database: String? = nil) throws(OutputError) {
        self.path = path
        if path.isEmpty || path.hasSuffix("/") { throw .cannotCreate(path: path, reason: "that is not a file name") }
        if DatabaseFile.isSideFile(path) { throw .sideFile(path: path) }
        let target = FileStatus(path: path)
        if let target, let database, DatabaseFile.files(of: database).contains(where: { $0.isSameFile(as: target) }) {
            throw .isTheDatabase(path: path)
        }
        if let target, !target.isRegularFile || Self.isStandardStream(target) {
            if target.isDirectory { throw .cannotCreate(path: path, reason: "it is a folder") }
            (destination, descriptor) = try Self.openStream(path, target: target)
            return
        }
        if target == nil, FileStatus(path: path, followingSymlinks: false)?.isSymbolicLink == true {
            throw .cannotCreate(path: path, reason: "it is a symbolic link to a file that does not exist")
        }
        // Through a symlink, the file it points to is replaced and the link stays.
        let final = target == nil ? path : FileStatus.resolvedPath(path) ?? path
        let folder = URL(fileURLWithPath: final).deletingLastPathComponent().path
        guard FileStatus(path: folder)?.isDirectory == true else {
            throw .cannotCreate(path: path, reason: "folder '\(folder)' does not exist")
        }
        let (opened, temporary) = try TemporaryFile.create(in: folder, for: final)
        descriptor = opened
        if let target {
            // The replacement keeps the permissions (and, where allowed, the owner) of the file it replaces.
            var info = stat()
            if stat(final, &info) == 0 { _ = fchown(opened, info.st_uid, info.st_gid) }
            _ = fchmod(opened, target.permissions)
        }
        destination = .file(final: final, temporary: temporary)
    }

    private static func isStandardStream(_ target: FileStatus) -> Bool {
        [STDOUT_FILENO, STDERR_FILENO].contains { FileStatus(descriptor: $0)?.isSameFile(as: target) == true }
    }

    private static func openStream(_ path: String, target: FileStatus) throws(OutputError) -> (Destination, Int32) {
        for standard in [STDOUT_FILENO, STDERR_FILENO] where FileStatus(descriptor: standard)?.isSameFile(as: target) == true {
            return (.stream(owned: false), standard)
        }
        let opened = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard opened >= 0 else { throw .cannotCreate(path: path, reason: FileDescriptorIO.describe(errno)) }
        return (.stream(owned: true), opened)
    }

    public mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    private mutating func flush() {
        guard failure == 0, !buffer.isEmpty else { return }
        failure = FileDescriptorIO.writeAll(buffer, to: descriptor)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, syncs and puts the file in place (for a stream: flushes).
    public mutating func commit() throws(OutputError) {
        flush()
        if failure != 0 {
            discard()
            throw .writeFailed(path: path, reason: FileDescriptorIO.describe(failure))
        }
        guard case .file(let final, let temporary) = destination else {
            discard()
            return
        }
        if fsync(descriptor) != 0 {
            let reason = FileDescriptorIO.describe(errno)
            discard()
            throw .writeFailed(path: path, reason: reason)
        }
        do {
            try TemporaryFile.replace(final, with: descriptor, temporary: temporary)
        } catch {
            discard()
            throw .writeFailed(path: path, reason: FileDescriptorIO.describe(error.code))
        }
        close(descriptor)
    }

    /// Closes and removes the temporary file; `path` is untouched.
    public func discard() {
        switch destination {
        case .file(_, let temporary):
            close(descriptor)
            if let temporary { unlink(temporary) }
        case .stream(let owned):
            if owned { close(descriptor) }
        }
    }
}
