/// Pretty JSON written straight into bytes, in the exact form `JSONOutput.encoder()` gives (keys sorted, two-space
/// indent, `"key" : value`, slashes unescaped, an empty array as `[`, a blank line, `]`), for the values listed
/// most often: a page of claims through `JSONEncoder` cost about 185 µs a claim, nearly all the worklist API's time.
/// `ClaimJSONTests` pins the bytes to `JSONEncoder`'s for every claim of the golden corpus and for hard values.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the container being written has had an element yet.
    private var hasElement: [Bool] = []
    /// The coding path to the value being written, for the error a number JSON cannot hold gives; made into
    /// text only for that error.
    private var path: [PathStep] = []

    private enum PathStep {
        case index(Int)
        case key(StaticString)
    }

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    var string: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: containers

    mutating func beginArray() { open(0x5B) }
    mutating func endArray() { close(0x5D) }
    mutating func beginObject() { open(0x7B) }
    mutating func endObject() { close(0x7D) }

    /// Starts the next element of an array.
    mutating func element(_ index: Int) {
        separate()
        path.append(.index(index))
    }

    /// Ends the element or member begun last (its place in the coding path).
    mutating func done() { path.removeLast() }

    /// Starts the member `key` of an object: keys must be given in sorted order.
    mutating func key(_ key: StaticString) {
        separate()
        bytes.append(0x22)
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [0x22, 0x20, 0x3A, 0x20])  // `" : `
        path.append(.key(key))
    }

    // MARK: values

    mutating func string(_ value: String) {
        bytes.append(0x22)
        var value = value
        value.withUTF8 { utf8 in
            var run = 0
            for (i, b) in utf8.enumerated() {
                guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run..<i]))
                run = i + 1
                switch b {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x08: bytes.append(contentsOf: [0x5C, 0x62])
                case 0x0C: bytes.append(contentsOf: [0x5C, 0x66])
                case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
                case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
                default:
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, Self.hex[Int(b >> 4)], Self.hex[Int(b & 0xF)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[run...]))
        }
        bytes.append(0x22)
    }

    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    mutating func integer(_ value: Int64) { bytes.append(contentsOf: String(value).utf8) }
    mutating func integer(_ value: Int) { integer(Int64(value)) }

    mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }

    mutating func null() { bytes.append(contentsOf: "null".utf8) }

    /// A number as `JSONEncoder` writes it: its shortest round-trip digits, "41" rather than "41.0".
    mutating func number(_ value: Double) throws(JSONOutputError) {
        guard value.isFinite else {
            let text = path.map { step in
                switch step {
                case .index(let index): "[\(index)]"
                case .key(let key): ".\(key)"
                }
            }
            throw .unencodable(path: text.joined().trimmingDots, value: "\(value)")
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    // MARK: layout

    private mutating func open(_ mark: UInt8) {
        bytes.append(mark)
        depth += 1
        hasElement.append(false)
    }

    private mutating func close(_ mark: UInt8) {
        let hadElement = hasElement.removeLast()
        depth -= 1
        bytes.append(0x0A)
        if !hadElement { bytes.append(0x0A) }
        indent()
        bytes.append(mark)
    }

    /// The comma before every element but the first, then a new line and the indent.
    private mutating func separate() {
        if hasElement[hasElement.count - 1] { bytes.append(0x2C) }
        hasElement[hasElement.count - 1] = true
        bytes.append(0x0A)
        indent()
    }

    private mutating func indent() {
        for _ in 0..<(depth * 2) { bytes.append(0x20) }
    }
}

private extension String {
    /// `.quantities[1].value` without its leading dot, as `JSONOutputError.path` gives it.
    var trimmingDots: String {
        var text = Substring(self)
        while text.first == "." { text = text.dropFirst() }
        while text.last == "." { text = text.dropLast() }
        return String(text)
    }
}
