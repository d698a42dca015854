import Foundation

/// What `stat` says about a file: enough to tell one file from another by device and inode, whatever name
/// (`./r.db`, a symlink, a hard link) reaches it, and to tell a regular file from a device, FIFO or folder.
public struct FileStatus: Equatable, Sendable {
    public let device: UInt64
    public let inode: UInt64
    public let mode: UInt32
    public let size: Int64

    /// The file at `path` (through symlinks unless `followingSymlinks` is false), or nil when there is none.
    public init?(path: String, followingSymlinks: Bool = true) {
        var info = stat()
        guard (followingSymlinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        self.init(info)
    }

    /// The file open on `descriptor`, or nil when it is closed.
    public init?(descriptor: Int32) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        self.init(info)
    }

    private init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        mode = UInt32(info.st_mode)
        size = Int64(info.st_size)
    }

    public var isRegularFile: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFREG) }
    public var isDirectory: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFDIR) }
    public var isSymbolicLink: Bool { mode & UInt32(S_IFMT) == UInt32(S_IFLNK) }
    /// The permission bits (`chmod` mode), without the file type.
    public var permissions: mode_t { mode_t(mode & 0o7777) }

    /// `path` with every symlink, `.` and `..` resolved, or nil when it names nothing.
    public static func resolvedPath(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }

    /// Whether both name the same file on the same device.
    public func isSameFile(as other: FileStatus) -> Bool {
        device == other.device && inode == other.inode
    }
}
