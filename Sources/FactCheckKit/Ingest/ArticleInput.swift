import Foundation

/// Reads an article's bytes from a file or standard input, in chunks, never more than the size limit:
/// an endless input (`/dev/zero`, a FIFO) stops at the limit, and a folder on standard input is refused.
enum ArticleInput {
    static func read(_ source: ArticleSource, limit: Int) throws(IngestError) -> Data {
        let name = source.displayName
        let descriptor: Int32
        switch source {
        case .standardInput:
            descriptor = STDIN_FILENO
            if FileStatus(descriptor: descriptor)?.isDirectory == true { throw .unreadable(name, reason: "standard input is a folder; pass the folder as PATH instead") }
        case .file(let path):
            if let file = FileStatus(path: path), file.isRegularFile, file.size > limit {
                throw .tooLarge(path, bytes: Int(file.size), limit: limit)
            }
            descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)
            guard descriptor >= 0 else { throw .unreadable(path, reason: FileDescriptorIO.describe(errno)) }
        case .url(let address):
            // Addresses are fetched by PageFetcher (see Ingestor); nothing here opens a network connection.
            throw .unreadable(address, reason: "an address is fetched, not read as a file")
        }
        defer { if descriptor != STDIN_FILENO { close(descriptor) } }
        switch FileDescriptorIO.read(upTo: limit, from: descriptor) {
        case .complete(let data): return data
        case .overLimit: throw .overLimit(name, limit: limit)
        case .failed(EISDIR): throw .unreadable(name, reason: "it is a folder")
        case .failed(let code): throw .unreadable(name, reason: FileDescriptorIO.describe(code))
        }
    }
}
