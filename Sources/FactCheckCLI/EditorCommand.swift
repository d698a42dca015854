import ArgumentParser
import FactCheckKit

struct EditorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "editor",
        abstract: "Add, list and revoke the editors who sign in to 'factcheck serve'.",
        discussion: """
            Roles: checker (cites, assigns, marks claims in-review), editor (also gives and reviews verdicts, \
            withdraws evidence, edits claim text, ingests and publishes), admin (also manages editors). \
            Run these on the server's host: whoever can run factcheck on the database file manages its editors.
            """,
        subcommands: [AddEditor.self, ListEditors.self, RevokeEditor.self]
    )

    struct AddEditor: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Add an editor and print their sign-in token, once, alone on the last line.",
            discussion: "Only the token's hash is stored: keep it, or revoke the editor and add them again. "
                + "In a script: token=$(factcheck editor add ann --role editor | tail -n 1)"
        )

        @Argument(help: ArgumentHelp("The editor's name, as history will show it (letters, digits, '.', '-', '_').", valueName: "name"))
        var name: String

        @Option(help: "What they may do: checker, editor or admin.")
        var role: EditorRole

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var editor: EditorOptions

        func run() throws {
            let added = try database.open(.readWrite).addEditor(name, role: role, by: try editor.name())
            Console.out("editor \(added.editor.name) added (\(added.editor.role.rawValue)); their token, shown only now:")
            Console.out(added.token)
        }
    }

    struct ListEditors: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List editors: name, role, when added and whether revoked."
        )

        @Option(help: "Output format: text or json.")
        var format: DetailFormat = .text

        @OptionGroup var database: DatabaseOptions

        func run() throws {
            let editors = try database.open().editors()
            switch format {
            case .json: Console.out(try JSONOutput.string(editors))
            case .text:
                if editors.isEmpty { Console.out("no editors; add one with 'factcheck editor add NAME --role editor'") }
                for editor in editors {
                    let state = editor.revokedAt.map { "revoked \($0)" } ?? "active"
                    Console.out("\(editor.name)\t\(editor.role.rawValue)\tadded \(editor.createdAt) by \(editor.createdBy)\t\(state)")
                }
            }
        }
    }

    struct RevokeEditor: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke",
            abstract: "Stop an editor's token working, at once (a running server refuses it on the next request)."
        )

        @Argument(help: ArgumentHelp("The editor's name.", valueName: "name"))
        var name: String

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var editor: EditorOptions

        func run() throws {
            let revoked = try database.open().revokeEditor(name, by: try editor.name())
            Console.out("editor \(revoked.name) revoked; their token no longer signs in")
        }
    }
}

extension EditorRole: ExpressibleByArgument {}
