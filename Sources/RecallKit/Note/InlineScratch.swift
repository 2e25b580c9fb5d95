/// Buffers the inline scanner reuses from one block to the next, so reading
/// a note allocates them a few times rather than once for every block.
/// Each is handed back empty, with its capacity kept.
struct InlineScratch {
    /// The scanner's output.
    var out: [UInt8] = []
    /// The anchors found in a block, before they are placed.
    var anchors: [Anchor] = []
    /// The code spans of the output.
    var codeRanges: [Range<Int>] = []
    /// The lines of a block of several lines, joined by spaces, and where each starts.
    var joined: [UInt8] = []
    var lineStarts: [(offset: Int, line: Int)] = []
    /// Where each anchor mark lands in the kept text.
    var offsets: [Int] = []
    /// The bounds of the code spans in the output, and where each lands in the kept text.
    var bounds: [Int] = []
    var landed: [Int] = []

    /// Takes `buffer` out, emptied and keeping its capacity. (Emptying goes
    /// through `replaceSubrange`, a hundred instructions or so: skipped for
    /// the buffers most blocks leave empty.)
    static func take<Element>(_ buffer: inout [Element]) -> [Element] {
        var taken: [Element] = []
        swap(&taken, &buffer)
        if !taken.isEmpty { taken.removeAll(keepingCapacity: true) }
        return taken
    }

    /// Puts `buffer` back as `slot` (whose own buffer, an empty one, is
    /// dropped), leaving `buffer` empty: a move, with no retain or release.
    static func handBack<Element>(_ buffer: inout [Element], to slot: inout [Element]) {
        swap(&slot, &buffer)
    }
}
