import Foundation
import Testing
@testable import FactCheckKit

@Suite("Claim subjects in the store")
struct SubjectStoreTests {
    @Test("a resolved subject is stored, read back, shown by show and given in JSON; a claim without one has null")
    func roundTrip() throws {
        let fixture = try HeraldStoreFixture()
        let body = "Mayor Ada Okafor won a second term on Tuesday with 51 percent. She received 49.12 percent of the vote in 2021."
        guard case .ingested(let articleID, _) = try fixture.ingest(body, title: "Okafor wins") else {
            Issue.record("expected a new article")
            return
        }
        let claims = try fixture.store.claims(ClaimFilter(articleID: articleID, sort: .article))
        let she = try #require(claims.first { $0.text.hasPrefix("She") })
        #expect(she.subject == "Ada Okafor")
        #expect(claims.first { $0.text.hasPrefix("Mayor") }?.subject == nil)
        #expect(ClaimList.textWithSubject(she) == "[Ada Okafor] " + she.text)
        let json = try ClaimList.json(claims)
        #expect(json.contains("\"subject\" : \"Ada Okafor\""))
        #expect(json.contains("\"subject\" : null"))
        let detail = try fixture.store.claimDetail(she.id) { _, _ in (nil, nil) }
        #expect(ClaimDetailText.render(detail).contains("Subject:      Ada Okafor"))
    }
}
