import Foundation
import Testing
@testable import FactCheckBenchKit
import FactCheckKit

@Suite struct CorpusGeneratorTests {
    @Test func sameSeedSameArticles() {
        let generator = CorpusGenerator(seed: 7)
        #expect(generator.article(3) == CorpusGenerator(seed: 7).article(3))
        #expect(generator.article(3) != generator.article(4))
        #expect(generator.article(3) != CorpusGenerator(seed: 8).article(3))
    }

    @Test func articlesAreAbout4KBWithClaimsOfEveryKind() {
        let generator = CorpusGenerator(seed: 42)
        var kinds = Set<ClaimKind>()
        for index in 0..<20 {
            let text = generator.article(index)
            #expect((3_500...5_000).contains(text.utf8.count))
            let parsed = ArticleParser.parse(text)
            #expect(parsed.metadata.title != nil)
            #expect(parsed.metadata.author != nil)
            let claims = ClaimExtractor().extract(from: parsed.body)
            #expect(!claims.isEmpty)
            claims.forEach { kinds.formUnion($0.kinds) }
        }
        for kind: ClaimKind in [.percentage, .money, .count, .date, .ranking, .comparison, .attribution, .quote] {
            #expect(kinds.contains(kind), "no \(kind.rawValue) claim in the generated corpus")
        }
    }

    @Test func groupsThousandsTheWayNewspapersDo() {
        #expect(CorpusGenerator.grouped(7) == "7")
        #expect(CorpusGenerator.grouped(1_426) == "1,426")
        #expect(CorpusGenerator.grouped(2_400_000) == "2,400,000")
    }
}
