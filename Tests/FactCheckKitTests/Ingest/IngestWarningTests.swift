import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

@Suite("ingest warnings")
struct IngestWarningTests {
    @Test("invalid UTF-8 is stored repaired, with a typed warning naming the file")
    func invalidUTF8IsATypedWarning() throws {
        let folder = TemporaryDirectory()
        let path = folder.write("bad.txt", Data("The council spent $4 million on 12 bridges, the auditor said. \u{FF}".utf8) + Data([0xFF, 0xFE]))
        let store = try FactCheckStore(path: folder.file("f.db"))
        let result = try Ingestor(store: store, editor: "ann").ingest(.file(path))
        #expect(result.warnings == [.invalidUTF8Replaced(source: path)])
        #expect(result.warnings.first?.description == "\(path): invalid UTF-8 replaced with U+FFFD")
    }
}
