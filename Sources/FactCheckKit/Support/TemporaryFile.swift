import Foundation

/// Temporary files beside the file they will become, made so that a killed process leaves none behind:
/// anonymous (`O_TMPFILE`, linked into place at the end) where the file system allows it, else named
/// `.NAME.PID.SUFFIX`, and such files of processes that no longer run are removed by the next run.
enum TemporaryFile {
    /// An `errno` from linking or renaming.
    struct Failure: Error { let code: Int32 }

    /// Linux's O_TMPFILE (`__O_TMPFILE | O_DIRECTORY`), which Swift does not import as it is a compound macro.
    private static let anonymousFlag: Int32 = 0o20000000 | O_DIRECTORY

    /// Opens a new file for writing in `folder`, to become `final`: anonymous when possible (the name is nil),
    /// else named, after removing stale ones.
    static func create(in folder: String, for final: String) throws(OutputError) -> (descriptor: Int32, name: String?) {
        // Also what a run killed between linking its anonymous file and renaming it left behind.
        removeStale(beside: final, suffix: "tmp")
        if FileStatus(path: "/proc/self/fd")?.isDirectory == true {
            let anonymous = open(folder, anonymousFlag | O_WRONLY | O_CLOEXEC, 0o666)
            if anonymous >= 0 { return (anonymous, nil) }
            if ![EOPNOTSUPP, EISDIR, EINVAL, ENOENT].contains(errno) {
                throw .cannotCreate(path: final, reason: FileDescriptorIO.describe(errno))
            }
        }
        let name = name(for: final, suffix: "tmp")
        let named = open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard named >= 0 else { throw .cannotCreate(path: final, reason: FileDescriptorIO.describe(errno)) }
        return (named, name)
    }

    /// Puts the finished file open on `descriptor` (named `temporary`, or anonymous when nil) in place of `final`,
    /// atomically: readers see the old file or the new one, never a part.
    static func replace(_ final: String, with descriptor: Int32, temporary: String?) throws(Failure) {
        var named = temporary
        if named == nil {
            let name = name(for: final, suffix: "tmp")
            unlink(name)
            guard linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0 else {
                throw Failure(code: errno)
            }
            named = name
        }
        guard let named else { return }
        guard rename(named, final) == 0 else {
            let code = errno
            unlink(named)
            throw Failure(code: code)
        }
    }

    /// `.NAME.PID.SUFFIX` beside `final`.
    static func name(for final: String, suffix: String, pid: Int32 = getpid()) -> String {
        let url = URL(fileURLWithPath: final)
        return url.deletingLastPathComponent().path + "/." + url.lastPathComponent + ".\(pid).\(suffix)"
    }

    /// Removes, in the folder of `final`, every `.NAME.PID.SUFFIX` (and its SQLite side files) whose process
    /// no longer runs: what a killed run of ours left behind. Files of running processes are left alone.
    static func removeStale(beside final: String, suffix: String) {
        let folder = URL(fileURLWithPath: final).deletingLastPathComponent().path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(".") {
            var stem = Substring(name)
            for side in DatabaseFile.sideFileSuffixes where stem.hasSuffix(side) { stem = stem.dropLast(side.count) }
            guard stem.hasSuffix("." + suffix) else { continue }
            let parts = stem.dropLast(suffix.count + 1).split(separator: ".", omittingEmptySubsequences: false)
            guard parts.count >= 3, let pid = Int32(parts[parts.count - 1]), pid > 0 else { continue }
            if kill(pid, 0) == -1, errno == ESRCH {
                unlink(folder + "/" + name)
            }
        }
    }
}
