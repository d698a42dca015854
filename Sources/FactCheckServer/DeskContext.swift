import FactCheckKit
import Hummingbird

/// What a request carries through the server: who signed it in, and how.
public struct DeskContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The signed-in editor, looked up again on every request so a revoked token stops at once.
    public var editor: Editor?
    /// How the editor signed in: a browser's session cookie is exposed to cross-site forms, a Bearer token is not.
    public var signedInBy: SignIn?

    public enum SignIn: Sendable { case bearer, cookie }

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// The signed-in editor when their role permits `action` (`DeskPolicy`); otherwise a 401 or 403.
    func require(_ action: DeskAction) throws(DeskFailure) -> Editor {
        guard let editor else { throw .signInNeeded }
        guard DeskPolicy.permits(editor.role, action) else { throw .forbidden(editor, action) }
        return editor
    }
}
