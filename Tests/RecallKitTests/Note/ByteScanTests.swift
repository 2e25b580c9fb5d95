import Testing
@testable import RecallKit

@Suite struct ByteScanTests {
    private let text = Array(String(repeating: "plain ascii text, ", count: 4).utf8) + Array("é\n?".utf8)

    @Test func findsTheFirstByteAcrossBlocksOfSixteen() {
        #expect(ByteScan.firstIndex(of: 0x0A, in: text) == text.count - 2)
        #expect(ByteScan.firstIndex(of: UInt8(ascii: ","), in: text, from: 17) == 34)
        #expect(ByteScan.firstIndex(of: 0x00, in: text) == nil)
        #expect(ByteScan.firstIndex(of: (UInt8(ascii: "?"), UInt8(ascii: "!"), 0x0A), in: text) == text.count - 2)
    }

    @Test func findsTheFirstByteBeyondASCII() {
        #expect(ByteScan.firstNonASCII(in: text) == text.count - 4)
        #expect(ByteScan.isASCII("plain") && !ByteScan.isASCII("café"))
    }

    @Test func comparesRunsOfAnyLength() {
        let other = text
        var changed = text
        changed[40] = UInt8(ascii: "X")
        text.withUnsafeBufferPointer { a in
            other.withUnsafeBufferPointer { #expect(ByteScan.equal(a, $0)) }
            changed.withUnsafeBufferPointer { #expect(!ByteScan.equal(a, $0)) }
            #expect(!ByteScan.equal(a, UnsafeBufferPointer(rebasing: a.dropLast())))
        }
    }

    @Test func anASCIIByteFollowedByACombiningMarkIsNoCharacterOfItsOwn() {
        let text = TextBytes(Array("# a\u{301} b".utf8))
        #expect(text.isCharacter(UInt8(ascii: "#"), at: 0))
        #expect(!text.standsAlone(2)) // `a` with its accent
        #expect(text.isBlank(at: 1) && text.standsAlone(6))
    }
}
