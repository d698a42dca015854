import Foundation

/// Reads and writes on raw file descriptors that report failure as an `errno` instead of trapping,
/// as `FileHandle.write(_:)` does on a full disk or a closed descriptor.
public enum FileDescriptorIO {
    /// Writes every byte, retrying short writes and interruptions. Returns 0, or the `errno` of the failure.
    public static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32 {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return 0
    }

    /// `writeAll` for an array of bytes.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
    }

    /// What `read(upTo:from:)` found.
    public enum ReadResult: Equatable, Sendable {
        /// Everything up to the end of the input.
        case complete(Data)
        /// The input holds more than the limit; reading stopped there.
        case overLimit
        /// The operating system refused the read; the `errno`.
        case failed(Int32)
    }

    /// Reads until end of input in chunks, stopping as soon as more than `limit` bytes have arrived,
    /// so an endless input (`/dev/zero`) costs at most `limit` bytes of memory.
    public static func read(upTo limit: Int, from descriptor: Int32) -> ReadResult {
        var data = Data()
        let chunkSize = 1 << 16
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, chunkSize) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failed(errno)
            }
            if count == 0 { return .complete(data) }
            data.append(contentsOf: chunk[0..<count])
            if data.count > limit { return .overLimit }
        }
    }

    /// The operating system's words for an `errno`.
    public static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
