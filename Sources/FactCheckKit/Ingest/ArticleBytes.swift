import Foundation

/// What a file's bytes are, before they are decoded: checked in one pass over the raw bytes.
enum ArticleBytes {
    enum Kind: Equatable {
        /// Nothing, or only spaces, tabs and line ends.
        case blank
        /// A NUL byte: not a text file.
        case binary
        case text
    }

    /// Blank, binary or text, in one pass: the first NUL answers at once.
    static func kind(of data: Data) -> Kind {
        data.withUnsafeBytes { raw in
            var sawText = false
            for byte in raw {
                switch byte {
                case 0: return .binary
                case 0x20, 0x0A, 0x0D, 0x09: continue
                default: sawText = true
                }
            }
            return sawText ? .text : .blank
        }
    }
}
