import FactCheckKit
import Foundation

/// What one run of a child process cost.
public struct ChildRun: Sendable {
    public var seconds: Double
    /// Peak resident memory of the child, in kilobytes (`ru_maxrss`, as `/usr/bin/time -v` reports it).
    public var peakKilobytes: Int
    /// User plus system CPU time of the child.
    public var cpuSeconds: Double
    public var status: Int32
}

/// Runs a program the way a shell would, output to /dev/null, and measures it with `wait4`:
/// wall time, and the peak memory of that child alone (not of every child so far, as RUSAGE_CHILDREN would).
public enum ChildProcess {
    public static func run(_ executable: String, _ arguments: [String], environment: [String: String] = [:]) throws -> ChildRun {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let start = Stopwatch.now()
        let rc = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard rc == 0 else { throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: executable]) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let seconds = Stopwatch.now() - start
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
        return ChildRun(seconds: seconds, peakKilobytes: Int(usage.ru_maxrss), cpuSeconds: cpu, status: exitStatus)
    }
}
