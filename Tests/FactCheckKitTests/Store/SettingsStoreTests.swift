import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

@Suite struct SettingsStoreTests {
    @Test func setReplacesAndReadsBack() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("s.db"))
        #expect(try store.setting(.organisationName) == nil)
        try store.setSetting(.organisationName, to: "  First  ")
        try store.setSetting(.organisationName, to: "Example Fact Check")
        #expect(try store.setting(.organisationName) == "Example Fact Check")
        #expect(try store.settings() == ReportSettings([.organisationName: "Example Fact Check"]))
    }

    @Test func reviewURLFillsInTheClaimID() throws {
        let settings = ReportSettings([.reviewURL: try SettingKey.reviewURL.validate("HTTPS://fc.example.org/c/{id}#v")])
        #expect(settings.reviewURL(for: ClaimID(42)) == "https://fc.example.org/c/42#v")
    }

    @Test(arguments: [
        (SettingKey.organisationURL, "ftp://example.org", SettingError.invalidURL(.organisationURL, "ftp://example.org")),
        (.organisationURL, "example.org", .invalidURL(.organisationURL, "example.org")),
        (.organisationURL, "https://exa mple.org", .invalidURL(.organisationURL, "https://exa mple.org")),
        (.reviewURL, "https://fc.example.org/checks/", .missingPlaceholder("https://fc.example.org/checks/")),
        (.reviewURL, "javascript:alert({id})", .invalidURL(.reviewURL, "javascript:alert({id})")),
        (.organisationName, "   ", .emptyValue(.organisationName)),
        (.organisationName, "Two\nlines", .multiline(.organisationName)),
    ])
    func badValuesAreRefusedAndNothingIsStored(key: SettingKey, value: String, error: SettingError) throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("s.db"))
        #expect(throws: SettingStoreError.invalid(error)) { try store.setSetting(key, to: value) }
        #expect(try store.setting(key) == nil)
    }
}
