import Foundation
import Testing
import TestSupport
@testable import FactCheckBenchKit

@Suite struct LargeArticleTests {
    @Test("the article is written a piece at a time, never held whole, and reads the same as its text")
    func writtenInPieces() throws {
        var sizes: [Int] = []
        var joined = ""
        LargeArticle.pieces(bytes: 300_000, pieceBytes: 50_000) { piece in
            sizes.append(piece.utf8.count)
            joined += piece
        }
        #expect(sizes.count >= 6)
        // A piece ends after the paragraph that takes it past the size asked for.
        #expect(sizes.allSatisfy { $0 < 50_000 + 400 })
        #expect(joined == LargeArticle.text(bytes: 300_000))
        #expect(joined.utf8.count >= 300_000 && joined.utf8.count < 300_400)

        let folder = TemporaryDirectory()
        let path = folder.file("large.txt")
        let size = try LargeArticle.write(bytes: 300_000, to: path)
        #expect(size == joined.utf8.count)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == joined)
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
    }
}
