import ArgumentParser
import FactCheckKit

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Read and change the settings stored in the database (used by reports).",
        discussion: """
            Keys: \(SettingKey.allCases.map { "\($0.rawValue) — \($0.summary)" }.joined(separator: "; ")). \
            ClaimReview export (report --format claimreview) needs org.name, org.url and review.url; \
            the public report (report --public) needs org.name and org.url.
            """,
        subcommands: [SetSetting.self, GetSetting.self, ListSettings.self]
    )

    struct SetSetting: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Store a setting, replacing any earlier value. Creates the database if needed.",
            discussion: "URLs must be http(s); review.url must hold {id}, which becomes the claim's id."
        )

        @Argument(help: ArgumentHelp("The setting: \(SettingKey.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "key"))
        var key: SettingKeyArgument

        @Argument(help: ArgumentHelp("Its value.", valueName: "value"))
        var value: String

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let stored = try database.creating { try $0.setSetting(key.key, to: value) }
            Console.out("\(key.key.rawValue) = \(stored)")
        }
    }

    struct GetSetting: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "get",
            abstract: "Print one setting's value; exits non-zero when it is not set."
        )

        @Argument(help: ArgumentHelp("The setting: \(SettingKey.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "key"))
        var key: SettingKeyArgument

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            guard let value = try database.open().setting(key.key) else { throw SettingError.notSet(key.key) }
            Console.out(value)
        }
    }

    struct ListSettings: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Show every known setting and its value, or (not set)."
        )

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let settings = try database.open().settings()
            let width = SettingKey.allCases.map(\.rawValue.count).max() ?? 0
            for key in SettingKey.allCases {
                let padding = String(repeating: " ", count: width - key.rawValue.count)
                Console.out("\(key.rawValue)\(padding)  \(settings[key] ?? "(not set)")")
            }
        }
    }
}

/// A setting key on the command line: an unknown key names the known ones.
struct SettingKeyArgument: ExpressibleByArgument {
    let key: SettingKey

    init?(argument: String) {
        guard let key = SettingKey(rawValue: argument) else { return nil }
        self.key = key
    }

    static var allValueStrings: [String] { SettingKey.allCases.map(\.rawValue) }
}
