import FactCheckKit
import Foundation
import Testing
import TestSupport

/// The roles, decided in one function, and the editors' store.
@Suite struct DeskPolicyTests {
    @Test func eachRoleMayDoWhatItsDescriptionSays() {
        let checker: Set<DeskAction> = [.read, .cite, .assign, .markOpen]
        let editor = checker.union([.giveVerdict, .withdrawEvidence, .editText, .ingest, .review, .publish])
        for action in DeskAction.allCases {
            #expect(DeskPolicy.permits(.checker, action) == checker.contains(action), "checker \(action)")
            #expect(DeskPolicy.permits(.editor, action) == editor.contains(action), "editor \(action)")
            #expect(DeskPolicy.permits(.admin, action), "admin \(action)")
        }
        #expect(DeskAction.marking(.inReview) == .markOpen)
        #expect(DeskAction.marking(.unverified) == .markOpen)
        #expect(DeskAction.marking(.unverifiable) == .giveVerdict)
        #expect(DeskPolicy.leastRole(for: .manageEditors) == .admin)
    }

    @Test func onlyTheTokensHashIsStoredAndRevokingStopsIt() throws {
        let folder = TemporaryDirectory()
        let path = folder.file("desk.db")
        let store = try FactCheckStore(path: path)
        let added = try store.addEditor("ann", role: .editor, by: "ada")
        #expect(added.token.hasPrefix("fct_") && added.token.count == 68)
        #expect(try store.editor(token: added.token)?.name == "ann")
        #expect(throws: EditorError.alreadyExists("ann")) { try store.addEditor("ann", role: .checker, by: "ada") }
        #expect(throws: EditorError.invalidName("a b")) { try store.addEditor("a b", role: .checker, by: "ada") }
        #expect(throws: EditorError.invalidName("")) { try store.addEditor("", role: .checker, by: "ada") }
        let file = try Data(contentsOf: URL(fileURLWithPath: path)) + ((try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data())
        #expect(file.range(of: Data(added.token.utf8)) == nil)
        _ = try store.revokeEditor("ann", by: "ada")
        #expect(try store.editor(token: added.token) == nil)
        #expect(throws: EditorError.notFound("ann")) { try store.revokeEditor("ann", by: "ada") }
        // The name is free again; the revoked row stays for the record.
        let again = try store.addEditor("ann", role: .checker, by: "ada")
        #expect(try store.editors().map(\.name) == ["ann", "ann"])
        #expect(try store.editor(token: again.token)?.role == .checker)
    }

    @Test func keysetPagesVisitEveryClaimOnceInEachOrder() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("desk.db"))
        try Ingestor(store: store, editor: "setup").ingest(try Ingestor.sources(for: [Paths.examples.appendingPathComponent("articles").path])) { _ in }
        _ = try store.assign(ClaimID(3), to: "bob", editor: "x")
        for sort in ClaimSort.allCases {
            let all = try store.claims(ClaimFilter(sort: sort)).map(\.id)
            var paged: [ClaimID] = []
            var after: ClaimID?
            while true {
                let page = try store.claims(ClaimFilter(sort: sort, limit: 4, after: after))
                paged += page.map(\.id)
                guard page.count == 4 else { break }
                after = page.last?.id
            }
            #expect(paged == all, "\(sort)")
        }
    }
}
