/// What an editor may do on the desk: the closed set the schema's CHECK constraint also holds.
public enum EditorRole: String, CaseIterable, Codable, Sendable {
    /// Researches claims: cites evidence, assigns work and marks claims in review.
    case checker
    /// A checker who also gives and reviews verdicts, withdraws evidence, edits claim text, ingests and publishes.
    case editor
    /// An editor who also adds and revokes editors.
    case admin
}

/// One thing an editor asks the desk to do, as the role rules see it.
public enum DeskAction: String, CaseIterable, Sendable {
    case read
    case cite
    case assign
    /// Mark a claim as open work again (`unverified`, `in-review`).
    case markOpen = "mark-open"
    /// Give a verdict (`verified`, `false`, ...).
    case giveVerdict = "give-verdict"
    case withdrawEvidence = "withdraw-evidence"
    case editText = "edit-text"
    case ingest
    case review
    case publish
    case manageEditors = "manage-editors"

    /// The action of marking a claim with `status`.
    public static func marking(_ status: ClaimStatus) -> DeskAction {
        status.isVerdict ? .giveVerdict : .markOpen
    }
}

/// Who may do what: decided here and nowhere else.
public enum DeskPolicy {
    /// True when an editor with `role` may do `action`.
    public static func permits(_ role: EditorRole, _ action: DeskAction) -> Bool {
        switch action {
        case .read, .cite, .assign, .markOpen: true
        case .giveVerdict, .withdrawEvidence, .editText, .ingest, .review, .publish: role != .checker
        case .manageEditors: role == .admin
        }
    }

    /// The least role that may do `action`, for messages that say who can.
    public static func leastRole(for action: DeskAction) -> EditorRole {
        EditorRole.allCases.first { permits($0, action) } ?? .admin
    }
}

/// A person who signs in to the desk's server. Only a hash of their token is stored.
public struct Editor: Encodable, Equatable, Sendable {
    public var id: Int64
    public var name: String
    public var role: EditorRole
    public var createdAt: String
    public var createdBy: String
    /// When the editor's token stopped working; nil while it works.
    public var revokedAt: String?

    public var isActive: Bool { revokedAt == nil }

    enum CodingKeys: String, CodingKey {
        case id, name, role
        case createdAt = "created_at"
        case createdBy = "created_by"
        case revokedAt = "revoked_at"
    }
}

/// A new editor and the token that signs them in, shown once: the database keeps only its hash.
public struct NewEditor: Sendable {
    public var editor: Editor
    public var token: String
}
