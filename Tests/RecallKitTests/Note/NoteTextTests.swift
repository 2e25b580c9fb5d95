import Testing
@testable import RecallKit

@Suite struct NoteTextTests {
    @Test func dropsTheByteOrderMarkAndCRLF() throws {
        let text = try NoteText(bytes: [0xEF, 0xBB, 0xBF] + Array("a\r\nb\rc".utf8), file: "n.md")
        #expect(text.text == "a\nb\nc")
        #expect(text.diagnostics.isEmpty)
    }

    @Test func readsInvalidUTF8AsWindows1252AndSaysWhere() throws {
        let bytes = Array("line one\nit\u{2019}s ".utf8) + [0x93, 0x71, 0x94] + Array("\n".utf8)
        let text = try NoteText(bytes: bytes, file: "n.md")
        #expect(text.text == "line one\nit\u{2019}s \u{201C}q\u{201D}\n")
        #expect(text.diagnostics.map(\.line) == [2])
    }

    @Test func repairsMojibake() throws {
        let text = try NoteText(bytes: Array("Amdahl\u{00E2}\u{20AC}\u{201C}s law, it\u{00E2}\u{20AC}\u{2122}s\n".utf8), file: "n.md")
        #expect(text.text == "Amdahl\u{2013}s law, it\u{2019}s\n")
        #expect(text.diagnostics.first?.line == 1)
    }

    @Test func leavesAccentedTextAlone() throws {
        let text = try NoteText(bytes: Array("Beno\u{00EE}t Mandelbrot, caf\u{00E9}\n".utf8), file: "n.md")
        #expect(text.text == "Beno\u{00EE}t Mandelbrot, caf\u{00E9}\n")
        #expect(text.diagnostics.isEmpty)
    }

    @Test func refusesBinaryAndEmptyFiles() {
        #expect(throws: NoteError.binary(file: "x")) { try NoteText(bytes: [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], file: "x") }
        #expect(throws: NoteError.empty(file: "x")) { try NoteText(bytes: [], file: "x") }
        #expect(throws: NoteError.empty(file: "x")) { try NoteText(bytes: Array(" \n\t\n".utf8), file: "x") }
    }

    @Test func readsUTF16WithItsMark() throws {
        let bytes: [UInt8] = [0xFF, 0xFE] + Array("hi".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(try NoteText(bytes: bytes, file: "x").text == "hi")
    }
}
