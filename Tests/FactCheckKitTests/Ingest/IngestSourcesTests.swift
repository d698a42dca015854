import Foundation
import Testing
import TestSupport
@testable import FactCheckKit

/// Which files `factcheck ingest PATH` reads for a folder.
@Suite struct IngestSourcesTests {
    @Test("a folder named through a symbolic link is searched where the link points, and named as given")
    func folderThroughALink() throws {
        let folder = TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: folder.file("real/sub"), withIntermediateDirectories: true)
        folder.write("real/a.txt", "The council spent $3 million on parks in 2022.\n")
        folder.write("real/sub/b.md", "The ferry carried 4,210 riders on Sunday.\n")
        folder.write("real/notes.csv", "not an article\n")
        try FileManager.default.createSymbolicLink(atPath: folder.file("desk"), withDestinationPath: folder.file("real"))

        let throughLink = try Ingestor.sources(for: [folder.file("desk")])
        #expect(throughLink == [.file(folder.file("desk/a.txt")), .file(folder.file("desk/sub/b.md"))])
        #expect(try Ingestor.sources(for: [folder.file("desk/")]) == [.file(folder.file("desk/a.txt")), .file(folder.file("desk/sub/b.md"))])
        #expect(try Ingestor.sources(for: [folder.file("real")]) == [.file(folder.file("real/a.txt")), .file(folder.file("real/sub/b.md"))])
    }
}
