import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Document frequencies come from the index vocabulary (fts5vocab) through the index's own tokenizer: they must
/// be the counts a full-text query gives, word for word, in both indexes.
@Suite struct DocumentFrequencyTests {
    private func store(_ folder: TemporaryDirectory) throws -> FactCheckStore {
        let store = try FactCheckStore(path: folder.file("df.db"), clock: .fixed(Date(timeIntervalSince1970: 1_767_225_600)))
        let sentences = [
            "Homicides in Zürich fell 13 percent last year, the city's police said on Monday.",
            "The homicide rate in the old town rose for a third year, according to the police union.",
            "A COVID-19 testing centre opened beside the tram depot, where the union meets every Friday.",
        ]
        var offset = 0
        var claims: [ExtractedClaim] = []
        for (index, sentence) in sentences.enumerated() {
            claims.append(ExtractedClaim(text: sentence, position: index, startOffset: offset, endOffset: offset + sentence.utf8.count,
                                         kinds: [.percentage], score: 0.5))
            offset += sentence.utf8.count + 1
        }
        _ = try store.ingest(ArticleDraft(metadata: ArticleMetadata(title: "Crime"), body: sentences.joined(separator: " "),
                                          sourcePath: nil, claims: claims), editor: "t")
        _ = try store.importReviews([
            ReviewDraft(url: "https://checks.example.org/r/1", claimReviewed: "Homicides doubled in Zurich under the new mayor.",
                        headline: "No, the police did not report a doubling",
                        rating: ReviewRating(name: "False", value: 1, best: 5, worst: 1, explanation: nil), json: "{}"),
            ReviewDraft(url: "https://checks.example.org/r/2", claimReviewed: "The tram depot will close in 2027.",
                        rating: ReviewRating(name: "True", value: 5, best: 5, worst: 1, explanation: nil), json: "{}"),
        ], editor: "t")
        return store
    }

    private let words = [
        "homicides", "homicide", "zurich", "zürich", "police", "union", "tram", "depot", "13", "2027", "covid",
        "testing", "tested", "doubling", "doubled", "mayor", "absent", "covid-19", "old town",
    ]

    @Test func vocabularyFrequenciesEqualCountedOnesInBothIndexes() throws {
        let folder = TemporaryDirectory()
        let store = try store(folder)
        #expect(try store.documentCount(in: .claims) == 3)
        for index in [MatchIndex.claims, .reviews] {
            let read = try store.documentFrequencies(of: words, in: index)
            #expect(read.count == words.count)
            for word in words {
                #expect(read[word] == (try store.countedDocumentFrequency(of: word, in: index)), "\(word) in \(index)")
                #expect(try store.documentFrequency(of: word, in: index) == read[word], "\(word) alone in \(index)")
            }
        }
        // Stemmed and folded as the index is: the plural finds the singular, the accent is removed.
        let claims = try store.documentFrequencies(of: ["homicides", "zürich", "absent"], in: .claims)
        #expect(claims == ["homicides": 2, "zürich": 1, "absent": 0])
        // The headline column counts for a review.
        #expect(try store.documentFrequency(of: "police", in: .reviews) == 1)
    }

    /// The vocabulary table is temporary: made inside a write that rolls back, it is gone, and the next read makes it
    /// again (it was once remembered as made, and every later read failed with "no such table").
    @Test func aVocabularyMadeInsideARolledBackWriteIsMadeAgain() throws {
        let folder = TemporaryDirectory()
        let store = try store(folder)
        #expect(throws: StoreError.self) {
            try store.write { () throws(StoreError) in
                _ = try store.documentFrequencies(of: ["police"], in: .claims)
                throw StoreError.constraint("rolled back on purpose")
            }
        }
        #expect(try store.documentFrequencies(of: ["police", "homicides"], in: .claims) == ["police": 2, "homicides": 2])
    }

    @Test func anEditedClaimLeavesTheVocabulary() throws {
        let folder = TemporaryDirectory()
        let store = try store(folder)
        #expect(try store.documentFrequency(of: "depot", in: .claims) == 1)
        try store.db.execute("UPDATE claim SET text = 'A testing centre opened beside the tram stop.' WHERE text LIKE '%depot%'")
        #expect(try store.documentFrequency(of: "depot", in: .claims) == 0)
        #expect(try store.documentFrequency(of: "stop", in: .claims) == 1)
        #expect(try store.documentFrequency(of: "depot", in: .claims) == (try store.countedDocumentFrequency(of: "depot", in: .claims)))
    }

    @Test func theTokenizerIsTheIndexes() throws {
        let folder = TemporaryDirectory()
        let store = try store(folder)
        let statement = try store.db.statement("SELECT name, sql FROM sqlite_schema WHERE name IN ('claim_fts', 'review_fts') ORDER BY name")
        defer { statement.reset() }
        var tables: [String] = []
        while try statement.step() {
            tables.append(statement.text(0))
            #expect(statement.text(1).contains("tokenize = '\(IndexTokenizer.declaration)'"), "\(statement.text(1))")
        }
        #expect(tables == ["claim_fts", "review_fts"])
        #expect(try store.indexTerms("Homicides in Zürich, COVID-19") == ["homicid", "in", "zurich", "covid", "19"])
        #expect(try store.indexTerms("") == [])
    }

    @Test func jsonArraysEscapeQuotesAndControls() {
        #expect(FactCheckStore.jsonArray(["a", "b\"c", "d\\e", "f\u{1}"]) == #"["a","b\"c","d\\e","f\u0001"]"#)
        #expect(FactCheckStore.jsonArray([String]()) == "[]")
    }
}
