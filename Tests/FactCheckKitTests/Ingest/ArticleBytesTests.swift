import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

@Suite struct ArticleBytesTests {
    @Test func blankBinaryAndText() {
        #expect(ArticleBytes.kind(of: Data()) == .blank)
        #expect(ArticleBytes.kind(of: Data(" \r\n\t\n".utf8)) == .blank)
        #expect(ArticleBytes.kind(of: Data("\n\nThe bridge opened.\n".utf8)) == .text)
        // A NUL anywhere, even after text or among blanks, is binary.
        #expect(ArticleBytes.kind(of: Data("The bridge".utf8) + Data([0]) + Data("opened".utf8)) == .binary)
        #expect(ArticleBytes.kind(of: Data([0x20, 0x0A, 0])) == .binary)
        // A form feed or a non-breaking space is not blank here: decoding decides what the text holds.
        #expect(ArticleBytes.kind(of: Data([0x0C])) == .text)
        #expect(ArticleBytes.kind(of: Data("\u{A0}".utf8)) == .text)
    }

    /// What the reader does with each: blank and binary files are refused with their typed errors, before decoding.
    @Test func theReaderRefusesBlankAndBinaryFiles() throws {
        let folder = TemporaryDirectory()
        let store = try FactCheckStore(path: folder.file("f.db"))
        let ingestor = Ingestor(store: store, editor: "ann")
        let blank = folder.write("blank.txt", Data(" \r\n\t".utf8))
        let empty = folder.write("empty.txt", Data())
        let binary = folder.write("binary.txt", Data("Text then".utf8) + Data([0, 1, 2]))
        #expect(throws: IngestError.emptyFile(blank)) { try ingestor.ingest(.file(blank)) }
        #expect(throws: IngestError.emptyFile(empty)) { try ingestor.ingest(.file(empty)) }
        #expect(throws: IngestError.binaryFile(binary)) { try ingestor.ingest(.file(binary)) }
    }

    /// CRLF files, a byte-order mark and Unicode spaces around the body: the stored body is trimmed of them all.
    @Test func aBodyIsTrimmedOfUnicodeSpaceAndCRLF() throws {
        let text = "\u{FEFF}Budget Gazette\r\n\r\nCOUNCIL RAISES LEVY\r\n\r\n\u{3000}The council raised the levy by 4% in 2024.\r\n\u{A0}\r\n"
        let parsed = ArticleParser.parse(text)
        #expect(parsed.body == "The council raised the levy by 4% in 2024.")
    }
}
