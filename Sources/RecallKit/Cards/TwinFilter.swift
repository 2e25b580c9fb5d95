/// Keeps a deck free of twins (CARD-QUALITY.md rule 7): no two cards with the
/// same front, and no two with the same answer to nearly the same question.
/// Fronts and answers are compared as their lowercase words (keys).
struct TwinFilter {
    /// Fronts seen, by the key of their content words in order.
    private var fronts: WordTable
    /// Answers seen, by the key of their words in order.
    private var answers: WordTable
    /// The content words of every front admitted, one after another
    /// (`frontWords[frontRanges[i]]` for front `i`): flat, so admitting a
    /// card allocates nothing once the arrays have grown.
    private var frontWords: [WordKey] = []
    private var frontRanges: [Range<Int>] = []
    /// For each answer, its last front; for each front, the one before it
    /// with the same answer (-1: none).
    private var lastFront: [Int] = []
    private var previousFront: [Int] = []

    /// A filter for about `capacity` cards.
    init(capacity: Int = 8) {
        fronts = WordTable(capacity: capacity)
        answers = WordTable(capacity: capacity)
        frontWords.reserveCapacity(capacity * 24) // a front has about twenty content words
        frontRanges.reserveCapacity(capacity)
        lastFront.reserveCapacity(capacity)
        previousFront.reserveCapacity(capacity)
    }

    /// Whether a card with these front and back words asks something new;
    /// if so it is remembered.
    mutating func admit(front: Tokens, back: Tokens) -> Bool {
        // The front's content words, read into a buffer on the stack (keys
        // are plain integers: nothing to deinitialize).
        withUnsafeTemporaryAllocation(of: WordKey.self, capacity: front.words.count) { buffer in
            var count = 0
            for word in front.words where !word.isStopWord {
                buffer.initializeElement(at: count, to: word.key)
                count += 1
            }
            return admit(content: UnsafeBufferPointer(rebasing: buffer[..<count]), back: back)
        }
    }

    private mutating func admit(content: UnsafeBufferPointer<WordKey>, back: Tokens) -> Bool {
        let frontKey = WordKey(sequence: content)
        guard fronts.index(of: frontKey) == nil else { return false }
        let answerKey = WordKey(sequence: back.words.lazy.map(\.key))
        let answer = answers.index(of: answerKey)
        if let answer {
            let wordSet = Self.sortedSet(Array(content))
            var other = lastFront[answer]
            while other >= 0 {
                if Self.overlap(wordSet, Self.sortedSet(Array(frontWords[frontRanges[other]]))) >= 0.5 { return false }
                other = previousFront[other]
            }
        }
        _ = fronts.insert(frontKey)
        frontRanges.append(frontWords.count..<(frontWords.count + content.count))
        frontWords.append(contentsOf: content)
        if let answer {
            previousFront.append(lastFront[answer])
            lastFront[answer] = frontRanges.count - 1
        } else {
            _ = answers.insert(answerKey)
            previousFront.append(-1)
            lastFront.append(frontRanges.count - 1)
        }
        return true
    }

    private static func sortedSet(_ words: [WordKey]) -> [WordKey] {
        var set = words
        set.sort { $0.value < $1.value }
        var kept = 0
        for index in set.indices where kept == 0 || set[index] != set[kept - 1] {
            set[kept] = set[index]
            kept += 1
        }
        set.removeLast(set.count - kept)
        return set
    }

    /// Shared words over all words of two sorted sets (Jaccard).
    private static func overlap(_ a: [WordKey], _ b: [WordKey]) -> Double {
        var shared = 0, i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i].value == b[j].value {
                shared += 1
                i += 1
                j += 1
            } else if a[i].value < b[j].value {
                i += 1
            } else {
                j += 1
            }
        }
        let union = a.count + b.count - shared
        return union == 0 ? 1 : Double(shared) / Double(union)
    }
}
