import Testing
@testable import RecallKit

@Suite struct AnswerCheckTests {
    private func starts(_ answer: String, _ text: String) -> Bool {
        AnswerCheck.startsAWord(Array(answer.utf8), in: Array(text.utf8))
    }

    @Test func anAnswerStartingAWordIsFound() {
        #expect(starts("bank", "Investment banking grew."))
        #expect(starts("3", "GPT 32 came later"))
        #expect(starts("rl", "RL is used to force"))
        #expect(starts("$4", "it cost $4.3M"))
        #expect(!starts("ank", "Investment banking grew.")) // inside a word
        #expect(!starts("banks", "bank"))
    }

    @Test func everyPlaceIsReadAroundTheBlocksOfSixteen() {
        // The answer at each place of a 40-byte text: in a block, across two, in the tail.
        let filler = Array(repeating: UInt8(ascii: "."), count: 40)
        for place in 0...36 {
            var text = filler
            text.replaceSubrange(place..<(place + 4), with: Array("Deep".utf8))
            #expect(AnswerCheck.startsAWord(Array("deep".utf8), in: text), "at \(place)")
            text[place] = UInt8(ascii: "x")
            #expect(!AnswerCheck.startsAWord(Array("deep".utf8), in: text), "at \(place)")
        }
    }

    /// The search against its plain reading, on many small texts of few letters.
    @Test func agreesWithAPlainReading() {
        var random = SplitMix(seed: 42)
        let alphabet = Array("aAbB 1-é.".utf8)
        func text(_ length: Int) -> [UInt8] { (0..<length).map { _ in alphabet[random.next(alphabet.count)] } }
        for _ in 0..<3000 {
            let haystack = text(random.next(70)), needle = text(1 + random.next(4))
            #expect(AnswerCheck.startsAWord(needle, in: haystack) == Self.plain(needle, haystack),
                    "\(needle) in \(haystack)")
        }
    }

    private static func plain(_ needle: [UInt8], _ haystack: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            (start == 0 || !isWordByte(haystack[start - 1]))
                && needle.indices.allSatisfy { WordKey.fold(haystack[start + $0]) == WordKey.fold(needle[$0]) }
        }
    }
}

/// A small seeded generator, so the same cases run every time.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
    }
}
