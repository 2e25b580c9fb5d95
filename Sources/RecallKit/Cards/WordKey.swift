/// The identity of a word's lowercase form in 64 bits, so word lists and
/// counts compare integers instead of building and hashing strings.
///
/// ASCII words hash their lowercased bytes (FNV-1a). Other words hash their
/// `lowercased()` string with the standard hasher, which keeps String's
/// equality (`é` composed or decomposed is one word) within a run. The two
/// kinds never share a key (the top bit tells them apart), and no key is 0.
struct WordKey: Hashable, Sendable {
    let value: UInt64

    fileprivate init(value: UInt64) { self.value = value }

    /// The key of `bytes` read as ASCII with capitals folded to lowercase.
    init<S: Sequence>(foldingASCII bytes: S) where S.Element == UInt8 {
        var hash = FNV()
        for byte in bytes { hash.add(Self.fold(byte)) }
        self = hash.asciiKey
    }

    /// The key of a word already in lowercase (as `Word.lower` would be).
    init(lowercase text: String) {
        if ByteScan.isASCII(text) {
            var hash = FNV()
            for byte in text.utf8 { hash.add(byte) }
            self = hash.asciiKey
        } else {
            self.init(value: UInt64(bitPattern: Int64(text.hashValue)) | (1 << 63) | 1)
        }
    }

    /// The key of a sequence of words (a front, an answer), for tables of
    /// texts: each word's key mixed in whole.
    init<S: Sequence>(sequence words: S) where S.Element == WordKey {
        var state: UInt64 = 0xCBF2_9CE4_8422_2325
        for word in words {
            state = (state ^ word.value) &* 0xFF51_AFD7_ED55_8CCD
            state ^= state >> 32
        }
        self.init(value: (state & ~(1 << 63)) | 1)
    }

    /// ASCII capitals folded to lowercase; other bytes as they are.
    static func fold(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// FNV-1a over bytes, fed one at a time while a word is scanned.
    struct FNV {
        private var state: UInt64 = 0xCBF2_9CE4_8422_2325

        mutating func add(_ byte: UInt8) { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

        var asciiKey: WordKey { WordKey(value: (state & ~(1 << 63)) | 1) }
    }
}

/// An open-addressing hash table of word keys, each given the index of its
/// insertion: the storage behind word sets and word counts. A slot holds
/// the key and its index side by side, so a lookup reads one cache line.
struct WordTable: Sendable {
    private struct Slot {
        var key: UInt64 = 0 // 0: empty (no key is 0)
        var index: Int32 = 0
    }

    private var slots: [Slot]
    private var shift: UInt64
    private(set) var count = 0

    init(capacity: Int = 8) {
        var size = 8
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: Slot(), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// Every key inserted, in no particular order.
    var keys: [WordKey] { slots.filter { $0.key != 0 }.map { WordKey(value: $0.key) } }

    /// The insertion index of `key`, or nil when it was never inserted.
    @inline(__always)
    func index(of key: WordKey) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            var slot = home(key)
            while true {
                let stored = slots[slot]
                if stored.key == key.value { return Int(stored.index) }
                if stored.key == 0 { return nil }
                slot = (slot + 1) & (slots.count - 1)
            }
        }
    }

    /// The insertion index of `key`, inserting it (as index `count`) when new.
    mutating func insert(_ key: WordKey) -> (index: Int, inserted: Bool) {
        let count = count, home = home(key)
        let (index, inserted) = slots.withUnsafeMutableBufferPointer { slots in
            var slot = home
            while slots[slot].key != 0 {
                if slots[slot].key == key.value { return (Int(slots[slot].index), false) }
                slot = (slot + 1) & (slots.count - 1)
            }
            slots[slot] = Slot(key: key.value, index: Int32(count))
            return (count, true)
        }
        guard inserted else { return (index, false) }
        self.count += 1
        if self.count * 2 > slots.count { grow() }
        return (index, true)
    }

    @inline(__always)
    private func home(_ key: WordKey) -> Int {
        Int(truncatingIfNeeded: (key.value &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        shift -= 1
        for entry in old where entry.key != 0 {
            var slot = home(WordKey(value: entry.key))
            while slots[slot].key != 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = entry
        }
    }
}

/// A fixed list of lowercase words, looked up by key.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    private var table: WordTable

    init<S: Sequence>(_ words: S) where S.Element == String {
        table = WordTable()
        for word in words { _ = table.insert(WordKey(lowercase: word)) }
    }

    init(arrayLiteral words: String...) { self.init(words) }

    @inline(__always)
    func contains(_ key: WordKey) -> Bool { table.index(of: key) != nil }

    var keys: [WordKey] { table.keys }

    @inline(__always)
    func contains(_ word: Word) -> Bool { contains(word.key) }

    /// Whether `word` (lowercase, as `Set<String>.contains` would take it) is in the list.
    func contains(_ word: String) -> Bool { contains(WordKey(lowercase: word)) }
}

/// A one-hash Bloom filter of word keys in 8 KB: `mayContain` is false only
/// for keys never added, so a set behind it is read only for the rest
/// (about one key in twenty beyond those added, for 3,000 keys).
struct WordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    init(_ keys: [WordKey]) {
        for key in keys {
            let bit = Self.bit(key)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    @inline(__always)
    func mayContain(_ key: WordKey) -> Bool {
        let bit = Self.bit(key)
        return bits.withUnsafeBufferPointer { $0[bit >> 6] } & (1 << UInt64(bit & 63)) != 0
    }

    /// 16 bits of the key, mixed by another multiplier than `WordTable`'s.
    @inline(__always)
    private static func bit(_ key: WordKey) -> Int {
        Int(truncatingIfNeeded: (key.value &* 0xD6E8_FEB8_6659_FD93) >> 48)
    }
}
