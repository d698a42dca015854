import ArgumentParser
import FactCheckKit
import Foundation

/// The `factcheck` root command: lists the subcommands and turns failures into one line and an exit code.
public struct FactCheckCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "factcheck",
        abstract: "Find the checkable claims in news articles, track each one until it is settled, and publish the results.",
        discussion: """
            Every command works on one SQLite database: --db PATH, else $FACTCHECK_DB, else ./factcheck.db. \
            Changes are recorded under --editor NAME, else $FACTCHECK_EDITOR, else $USER.

            Several editors may work at once: a write waits up to 10 s for another ($FACTCHECK_BUSY_TIMEOUT_MS \
            changes it). Keep the database on a local disk: SQLite's WAL mode needs memory shared on one machine, \
            so a file on a network drive used by several machines can be corrupted.

            Exit codes: 0 ok, 64 bad usage, 65 bad data or unknown id, 66 missing input, 73 cannot create, \
            74 I/O error, 75 database busy (try again).
            """,
        version: "0.1.0",
        subcommands: [
            IngestCommand.self, ClaimsCommand.self, ShowCommand.self, CiteCommand.self, MarkCommand.self,
            ReviewCommand.self, PublishCommand.self, UnpublishCommand.self, CorrectionsCommand.self,
            ArticlesCommand.self, ArticleCommand.self, ReportCommand.self, HistoryCommand.self, WithdrawCommand.self,
            AssignCommand.self, EditCommand.self, BackupCommand.self, CheckCommand.self, ConfigCommand.self,
            MatchCommand.self, ImportReviewsCommand.self, ReviewsCommand.self,
            EditorCommand.self, ServeCommand.self,
        ]
    )

    public init() {}

    /// Parses `arguments`, runs the command and returns the process exit code. Never traps on bad input.
    public static func run(_ arguments: [String]? = nil) -> Int32 {
        // A reader that went away (`factcheck claims | head`) then shows up as EPIPE on a write, not a kill.
        signal(SIGPIPE, SIG_IGN)
        reserveStandardDescriptors()
        return finish(status: execute(arguments))
    }

    /// A closed standard descriptor (`>&-`) would be handed to the next file opened, a report or an article,
    /// and output meant for the terminal would land in it. Hold each closed one with /dev/null opened read-only,
    /// so writes to it still fail (EBADF) and are reported, and reads see an empty input.
    private static func reserveStandardDescriptors() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            let opened = open("/dev/null", O_RDONLY)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
    }

    private static func execute(_ arguments: [String]?) -> Int32 {
        let arguments = arguments ?? Array(CommandLine.arguments.dropFirst())
        if let refusal = OptionLikeValue.refusal(in: arguments) {
            Console.error(refusal)
            return ExitStatus.usage.rawValue
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
            return 0
        } catch let failure as any FactCheckFailure {
            Console.error(FailureWording.message(for: failure))
            return failure.exitStatus.rawValue
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                let message = fullMessage(for: error)
                if !message.isEmpty { Console.out(message) }
            } else {
                // One line: the problem, the nearest valid value and the choices, then where to read more.
                let subcommands = configuration.subcommands.compactMap { $0.configuration.commandName }
                let message = ParserMessage.oneLine(message(for: error), arguments: arguments, subcommands: subcommands)
                Console.error(message + " (see '\(helpCommand(for: error)) --help')")
            }
            return code.rawValue
        }
    }

    /// The exit status once standard output is accounted for: a write that failed after the command did its
    /// work gives one line saying whether a change was stored, and exit 74; a reader that went away, a quiet end.
    private static func finish(status: Int32) -> Int32 {
        guard let failure = Console.outputFailure else { return status }
        if failure == EPIPE { return status }
        guard status == 0 else { return status }  // the command's own error line was printed already
        let stored = CommittedChanges.any
            ? "the change was stored, so do not repeat the command; check it with 'factcheck history' or 'factcheck claims'"
            : "nothing was changed"
        Console.error("cannot write to standard output (\(FileDescriptorIO.describe(failure))); \(stored)")
        return ExitStatus.ioError.rawValue
    }

    /// "factcheck show" from the usage line ArgumentParser wrote for the failing command.
    private static func helpCommand(for error: any Error) -> String {
        let usage = fullMessage(for: error).split(separator: "\n").first { $0.hasPrefix("Usage: ") }
        let words = usage?.dropFirst("Usage: ".count).split(separator: " ").prefix { !"<[-".contains($0.first ?? "<") }
        return words.map { $0.joined(separator: " ") } ?? "factcheck"
    }
}
