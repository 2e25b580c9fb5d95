/// A fast, streaming JSON writer for large outputs (`stats --json` on a
/// big collection), where Foundation's `JSONEncoder` costs more than the
/// SQL. Pretty-printed like `JSONEncoder` with `.prettyPrinted`: two-space
/// indents and `"key" : value`. Keys are written in the order given.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []
    private var depth = 0
    private var first = true

    public init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: - Containers

    public mutating func object(_ key: String? = nil, _ body: (inout JSONWriter) -> Void) {
        open(key, "{")
        body(&self)
        close("}")
    }

    public mutating func array(_ key: String? = nil, _ body: (inout JSONWriter) -> Void) {
        open(key, "[")
        body(&self)
        close("]")
    }

    // MARK: - Values

    public mutating func string(_ key: String? = nil, _ value: String?) {
        member(key)
        guard let value else { return append("null") }
        quote(value)
    }

    public mutating func int(_ key: String? = nil, _ value: Int?) {
        member(key)
        append(value.map { String($0) } ?? "null")
    }

    public mutating func double(_ key: String? = nil, _ value: Double?) {
        member(key)
        guard let value, value.isFinite else { return append("null") }
        append(value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)")
    }

    public mutating func bool(_ key: String? = nil, _ value: Bool) {
        member(key)
        append(value ? "true" : "false")
    }

    public mutating func strings(_ key: String? = nil, _ values: [String]) {
        array(key) { writer in for value in values { writer.string(nil, value) } }
    }

    // MARK: - Layout

    private mutating func open(_ key: String?, _ bracket: String) {
        member(key)
        append(bracket)
        depth += 1
        first = true
    }

    private mutating func close(_ bracket: String) {
        depth -= 1
        if !first { newline() }
        append(bracket)
        first = false
    }

    private mutating func member(_ key: String?) {
        if depth > 0 {
            if !first { bytes.append(UInt8(ascii: ",")) }
            newline()
        }
        first = false
        if let key {
            quote(key)
            append(" : ")
        }
    }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: depth * 2))
    }

    private mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    private mutating func quote(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case 0x0A: append("\\n")
            case 0x0D: append("\\r")
            case 0x09: append("\\t")
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
