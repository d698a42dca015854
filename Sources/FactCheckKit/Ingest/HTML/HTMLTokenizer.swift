/// One piece of an HTML page as the tokenizer reads it.
enum HTMLToken: Equatable {
    /// `<name attr=value ...>`; names are lower case, values decoded.
    case startTag(name: String, attributes: [String: String], selfClosing: Bool)
    case endTag(name: String)
    /// Text with its character references decoded and control characters made spaces.
    case text(String)
    /// The text of a `<script>` or `<style>` element, exactly as written (JSON-LD lives there).
    case rawText(element: String, text: String)
}

/// A tolerant HTML5 tokenizer over UTF-8 bytes: every input, however broken, gives tokens and ends.
///
/// It follows the HTML5 tokenizer where pages need it: character references, raw text in `script`/`style`
/// (a `</p>` inside a script is script), escapable raw text in `title`/`textarea`, comments, `<!DOCTYPE>`,
/// `<![CDATA[ ]]>` and processing instructions dropped, a tag cut off by the end of the file dropped, and a `<` that
/// opens no tag kept as text. Each byte is looked at a bounded number of times, so no input can make it hang.
struct HTMLTokenizer {
    /// Elements whose content is text up to their own end tag, with no markup and no references.
    static let rawTextElements: Set<String> = ["script", "style", "xmp", "iframe", "noembed", "noframes", "noscript"]
    /// Elements whose content is text up to their own end tag, with references decoded.
    static let escapableRawTextElements: Set<String> = ["title", "textarea"]

    /// Calls `emit` with each token of `bytes`, in order.
    static func tokenize(_ bytes: [UInt8], _ emit: (HTMLToken) -> Void) {
        bytes.withUnsafeBufferPointer { buffer in
            var tokenizer = Cursor(bytes: buffer)
            tokenizer.run(emit)
        }
    }

    private struct Cursor {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0
        var end: Int { bytes.count }

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func run(_ emit: (HTMLToken) -> Void) {
            var textStart = 0
            while i < end {
                guard bytes[i] == UInt8(ascii: "<") else {
                    i = nextTagOpen(from: i)
                    continue
                }
                let next = i + 1 < end ? bytes[i + 1] : 0
                let isTag = isLetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?")
                guard isTag else { i += 1; continue }
                if textStart < i { emitText(textStart..<i, emit) }
                if isLetter(next) {
                    guard let tag = startTag() else { return }  // a tag cut off by the end of the file is dropped
                    emit(.startTag(name: tag.name, attributes: tag.attributes, selfClosing: tag.selfClosing))
                    if !tag.selfClosing, Self.isRawText(tag.name) {
                        let content = rawText(until: tag.name)
                        if HTMLTokenizer.rawTextElements.contains(tag.name) {
                            emit(.rawText(element: tag.name, text: String(decoding: UnsafeBufferPointer(rebasing: bytes[content]), as: UTF8.self)))
                        } else if !content.isEmpty {
                            emitText(content, emit)
                        }
                        emit(.endTag(name: tag.name))
                    }
                } else if next == UInt8(ascii: "/") {
                    i += 2
                    if i < end, isLetter(bytes[i]) {
                        let name = tagName()
                        skipPast(UInt8(ascii: ">"))
                        emit(.endTag(name: name))
                    } else if i < end, bytes[i] == UInt8(ascii: ">") {
                        i += 1  // "</>" is nothing
                    } else {
                        skipPast(UInt8(ascii: ">"))  // "</ 3>" is a bogus comment
                    }
                } else if hasPrefix("<!--", at: i) {
                    i = (find("-->", from: i + 4).map { $0 + 3 }) ?? end
                } else if hasPrefix("<![CDATA[", at: i) {
                    i = (find("]]>", from: i + 9).map { $0 + 3 }) ?? end
                } else {
                    i += 2
                    skipPast(UInt8(ascii: ">"))  // <!DOCTYPE ...>, <?xml ...?>, bogus comments
                }
                textStart = i
            }
            if textStart < end { emitText(textStart..<end, emit) }
        }

        static func isRawText(_ name: String) -> Bool {
            HTMLTokenizer.rawTextElements.contains(name) || HTMLTokenizer.escapableRawTextElements.contains(name)
        }

        /// The next `<` at or after `start`, or the end.
        private func nextTagOpen(from start: Int) -> Int {
            var j = start
            while j < end, bytes[j] != UInt8(ascii: "<") { j += 1 }
            return j
        }

        private func emitText(_ range: Range<Int>, _ emit: (HTMLToken) -> Void) {
            emit(.text(decodeText(range, inAttribute: false)))
        }

        /// The text of `range` with references decoded and control characters made spaces.
        func decodeText(_ range: Range<Int>, inAttribute: Bool) -> String {
            var needsWork = false
            for j in range where bytes[j] == UInt8(ascii: "&") || bytes[j] < 0x20 || bytes[j] == 0x7F {
                if bytes[j] != 0x0A && bytes[j] != 0x09 { needsWork = true; break }
            }
            if !needsWork { return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(range.count)
            var j = range.lowerBound
            while j < range.upperBound {
                let byte = bytes[j]
                if byte == UInt8(ascii: "&"), let (decoded, after) = HTMLEntities.decode(bytes, at: j, end: range.upperBound, inAttribute: inAttribute) {
                    out += decoded.utf8
                    j = after
                    continue
                }
                if byte == 0x0D {
                    // CR LF and lone CR are line feeds, as in the HTML input stream.
                    out.append(0x0A)
                    if j + 1 < range.upperBound, bytes[j + 1] == 0x0A { j += 1 }
                } else if (byte < 0x20 && byte != 0x09 && byte != 0x0A) || byte == 0x7F {
                    out.append(0x20)
                } else {
                    out.append(byte)
                }
                j += 1
            }
            // C1 controls arrive as two UTF-8 bytes (C2 80–9F): made spaces at the scalar level.
            let text = String(decoding: out, as: UTF8.self)
            guard text.unicodeScalars.contains(where: { (0x80...0x9F).contains($0.value) }) else { return text }
            return String(String.UnicodeScalarView(text.unicodeScalars.map(HTMLEntities.safe)))
        }

        private mutating func tagName() -> String {
            let start = i
            while i < end, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: "/"), bytes[i] != UInt8(ascii: ">") { i += 1 }
            return lowercased(start..<i)
        }

        private struct StartTag {
            var name: String
            var attributes: [String: String]
            var selfClosing: Bool
        }

        /// Reads `<name attributes>` from `i`; nil when the file ends inside it.
        private mutating func startTag() -> StartTag? {
            i += 1
            let name = tagName()
            var attributes: [String: String] = [:]
            var selfClosing = false
            while i < end {
                let byte = bytes[i]
                if isSpace(byte) { i += 1; continue }
                if byte == UInt8(ascii: ">") {
                    i += 1
                    return StartTag(name: name, attributes: attributes, selfClosing: selfClosing)
                }
                if byte == UInt8(ascii: "/") {
                    i += 1
                    selfClosing = i < end && bytes[i] == UInt8(ascii: ">")
                    continue
                }
                selfClosing = false
                // An attribute name runs to whitespace, "/", ">" or "=" (a leading "=" belongs to the name).
                let nameStart = i
                i += 1
                while i < end, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: "/"), bytes[i] != UInt8(ascii: ">"), bytes[i] != UInt8(ascii: "=") { i += 1 }
                let attributeName = lowercased(nameStart..<i)
                while i < end, isSpace(bytes[i]) { i += 1 }
                var value = ""
                if i < end, bytes[i] == UInt8(ascii: "=") {
                    i += 1
                    while i < end, isSpace(bytes[i]) { i += 1 }
                    guard i < end else { return nil }
                    let quote = bytes[i]
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        let valueStart = i + 1
                        guard let close = find(byte: quote, from: valueStart) else { return nil }
                        value = decodeText(valueStart..<close, inAttribute: true)
                        i = close + 1
                    } else {
                        let valueStart = i
                        while i < end, !isSpace(bytes[i]), bytes[i] != UInt8(ascii: ">") { i += 1 }
                        value = decodeText(valueStart..<i, inAttribute: true)
                    }
                }
                // The first of two attributes with one name wins, as in browsers.
                if attributes[attributeName] == nil { attributes[attributeName] = value }
            }
            return nil
        }

        /// Skips raw text up to `</name` followed by whitespace, "/" or ">", returning the text's range.
        private mutating func rawText(until name: String) -> Range<Int> {
            let start = i
            let nameBytes = Array(name.utf8)
            var j = i
            while j < end {
                guard bytes[j] == UInt8(ascii: "<"), j + 1 < end, bytes[j + 1] == UInt8(ascii: "/") else { j += 1; continue }
                var k = 0
                while k < nameBytes.count, j + 2 + k < end, bytes[j + 2 + k] | 0x20 == nameBytes[k] { k += 1 }
                let after = j + 2 + k
                if k == nameBytes.count, after >= end || isSpace(bytes[after]) || bytes[after] == UInt8(ascii: ">") || bytes[after] == UInt8(ascii: "/") {
                    i = j + 2
                    _ = tagName()
                    skipPast(UInt8(ascii: ">"))
                    return start..<j
                }
                j += 1
            }
            i = end
            return start..<end
        }

        private mutating func skipPast(_ byte: UInt8) {
            i = find(byte: byte, from: i).map { $0 + 1 } ?? end
        }

        private func find(byte: UInt8, from start: Int) -> Int? {
            var j = start
            while j < end {
                if bytes[j] == byte { return j }
                j += 1
            }
            return nil
        }

        private func find(_ needle: StaticString, from start: Int) -> Int? {
            let count = needle.utf8CodeUnitCount
            let first = needle.utf8Start.pointee
            var j = start
            while j + count <= end {
                if bytes[j] == first, hasPrefix(needle, at: j) { return j }
                j += 1
            }
            return nil
        }

        private func hasPrefix(_ prefix: StaticString, at start: Int) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard start + count <= end else { return false }
            let pointer = prefix.utf8Start
            for k in 0..<count where bytes[start + k] | (isLetter(pointer[k]) ? 0x20 : 0) != pointer[k] | (isLetter(pointer[k]) ? 0x20 : 0) {
                return false
            }
            return true
        }

        private func lowercased(_ range: Range<Int>) -> String {
            var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[range]))
            for k in out.indices where out[k] >= 0x41 && out[k] <= 0x5A { out[k] |= 0x20 }
            return String(decoding: out, as: UTF8.self)
        }

        private func isLetter(_ byte: UInt8) -> Bool { byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A }
        private func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0C || byte == 0x0D }
    }
}
