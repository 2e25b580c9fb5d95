import Crypto

/// Content-derived card ids (PRODUCT.md §2): the same source, section, anchor,
/// kind and answer always give the same id, so regenerating changes nothing.
public enum CardIdentity {
    /// 16 hex digits of SHA-256 over the parts, separated by U+001F.
    public static func id(source: String, section: [String], seconds: Int, kind: CardKind, answer: String,
                          occurrence: Int = 0) -> String {
        identity(source: source, section: section, seconds: seconds, kind: kind, answer: answer,
                 occurrence: occurrence).id
    }

    /// The id and the 64 bits it spells out (the first eight bytes of the
    /// digest), which tell ids apart as surely as the id itself.
    static func identity(source: String, section: [String], seconds: Int, kind: CardKind, answer: String,
                         occurrence: Int = 0) -> (id: String, bits: UInt64) {
        let seconds = String(seconds), occurrence = occurrence > 0 ? String(occurrence) : "" // small: no allocation
        let answerIsASCII = ByteScan.isASCII(answer)
        let answer = answerIsASCII ? answer : answer.lowercased() // lowercased() folds only A-Z in ASCII
        let headings = section.reduce(0) { $0 + $1.utf8.count } + max(0, section.count - 1) * headingSeparator.count
        let count = source.utf8.count + headings + seconds.utf8.count + kind.rawValue.utf8.count + answer.utf8.count
            + occurrence.utf8.count + 5
        // The parts, separated by U+001F, in a buffer on the stack: the hash reads them once.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count) { buffer in
            var parts = BufferWriter(buffer)
            parts.append(source)
            parts.append(0x1F)
            for (index, heading) in section.enumerated() {
                if index > 0 { parts.append(headingSeparator) }
                parts.append(heading)
            }
            parts.append(0x1F)
            parts.append(seconds)
            parts.append(0x1F)
            parts.append(kind.rawValue)
            parts.append(0x1F)
            if answerIsASCII {
                for byte in answer.utf8 { parts.append(WordKey.fold(byte)) }
            } else {
                parts.append(answer)
            }
            if !occurrence.isEmpty {
                parts.append(0x1F)
                parts.append(occurrence)
            }
            return SHA256.hash(data: parts.written).withUnsafeBytes { digest in
                (hexDigits(of: digest, count: 16), digest.prefix(8).reduce(0) { $0 << 8 | UInt64($1) })
            }
        }
    }

    private static let headingSeparator = Array(" › ".utf8)

    /// The first `digits` hex digits of the SHA-256 of `text`.
    public static func hex(_ text: String, digits: Int) -> String {
        hex(Array(text.utf8), digits: digits)
    }

    /// The first `digits` hex digits of the SHA-256 of `bytes`.
    public static func hex(_ bytes: [UInt8], digits: Int) -> String {
        SHA256.hash(data: bytes).withUnsafeBytes { hexDigits(of: $0, count: digits) }
    }

    private static func hexDigits(of digest: UnsafeRawBufferPointer, count digits: Int) -> String {
        let count = min(digits, digest.count * 2)
        return String(unsafeUninitializedCapacity: count) { out in
            for index in 0..<count {
                let byte = digest[index / 2]
                out[index] = hexDigits[Int(index % 2 == 0 ? byte >> 4 : byte & 0x0F)]
            }
            return count
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The key of a note: its video and file name, so a note moved to another
    /// folder keeps its cards while two notes of one video stay apart.
    public static func sourceKey(videoId: String?, file: String) -> String {
        let name: String
        if ByteScan.isASCII(file) { // Characters are bytes: what follows the last `/` that has something after it
            let utf8 = file.utf8
            var end = utf8.endIndex
            while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: "/") {
                end = utf8.index(before: end)
            }
            let start = utf8[..<end].lastIndex(of: UInt8(ascii: "/")).map(utf8.index(after:)) ?? utf8.startIndex
            name = start < end ? String(file[start..<end]) : file
        } else {
            name = file.split(separator: "/").last.map(String.init) ?? file
        }
        let stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        return videoId.map { "\($0)/\(stem)" } ?? stem
    }
}
