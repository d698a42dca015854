import Foundation

extension FactCheckStore {
    /// Adds an editor with a new random token, in one transaction. The token is returned once; only its hash is kept.
    public func addEditor(_ name: String, role: EditorRole, by creator: String) throws -> NewEditor {
        guard Self.isEditorName(name) else { throw EditorError.invalidName(name) }
        let token = EditorToken.generate()
        return try change {
            if try activeEditor(named: name) != nil { throw EditorError.alreadyExists(name) }
            let now = clock.timestamp()
            try db.statement("""
                INSERT INTO editor (name, role, token_sha256, created_at, created_by) VALUES (?, ?, ?, ?, ?)
                """).bind(.text(name), .text(role.rawValue), .text(EditorToken.hash(token)), .text(now), .text(creator)).run()
            let editor = Editor(id: db.lastInsertRowID, name: name, role: role, createdAt: now, createdBy: creator, revokedAt: nil)
            return NewEditor(editor: editor, token: token)
        }
    }

    /// Stops an editor's token working, at once; the row stays for the record.
    public func revokeEditor(_ name: String, by revoker: String) throws -> Editor {
        try change {
            guard var editor = try activeEditor(named: name) else { throw EditorError.notFound(name) }
            let now = clock.timestamp()
            try db.statement("UPDATE editor SET revoked_at = ?, revoked_by = ? WHERE id = ?")
                .bind(.text(now), .text(revoker), .integer(editor.id)).run()
            editor.revokedAt = now
            return editor
        }
    }

    /// Every editor, active and revoked, in the order they were added.
    public func editors() throws(StoreError) -> [Editor] {
        try editors(where: "1", [])
    }

    /// The active editor this token signs in, or nil (unknown or revoked token).
    public func editor(token: String) throws(StoreError) -> Editor? {
        try editors(where: "token_sha256 = ? AND revoked_at IS NULL", [.text(EditorToken.hash(token))]).first
    }

    /// The active editor with this id, or nil once revoked: a session is checked against it on every request.
    public func activeEditor(id: Int64) throws(StoreError) -> Editor? {
        try editors(where: "id = ? AND revoked_at IS NULL", [.integer(id)]).first
    }

    func activeEditor(named name: String) throws(StoreError) -> Editor? {
        try editors(where: "name = ? AND revoked_at IS NULL", [.text(name)]).first
    }

    private func editors(where condition: String, _ values: [SQLValue]) throws(StoreError) -> [Editor] {
        let statement = try db.statement(
            "SELECT id, name, role, created_at, created_by, revoked_at FROM editor WHERE \(condition) ORDER BY id"
        )
        try statement.bind(values)
        defer { statement.reset() }
        var result: [Editor] = []
        while try statement.step() {
            result.append(Editor(
                id: statement.int64(0), name: statement.text(1), role: EditorRole(rawValue: statement.text(2)) ?? .checker,
                createdAt: statement.text(3), createdBy: statement.text(4), revokedAt: statement.optionalText(5)
            ))
        }
        return result
    }

    /// Letters, digits, '.', '-' and '_', 1 to 64 of them: a name that reads the same in history, URLs and logs.
    static func isEditorName(_ name: String) -> Bool {
        (1...64).contains(name.count)
            && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0) }
    }
}

/// Sign-in tokens: 32 random bytes from the system's secure generator, hex-encoded, stored only as SHA-256.
enum EditorToken {
    static let prefix = "fct_"

    static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let hex = Array("0123456789abcdef")
        var token = prefix
        for _ in 0..<32 {
            let byte = UInt8.random(in: 0...255, using: &generator)
            token.append(hex[Int(byte >> 4)])
            token.append(hex[Int(byte & 0xF)])
        }
        return token
    }

    static func hash(_ token: String) -> String { SHA256.hexDigest(of: token) }
}
