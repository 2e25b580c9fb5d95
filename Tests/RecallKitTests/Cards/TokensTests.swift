import Testing
@testable import RecallKit

@Suite struct TokensTests {
    private func texts(_ tokens: Tokens) -> [String] { tokens.words.map(tokens.text) }

    @Test func wordsKeepTheirJoiners() {
        let tokens = Tokens("Don't fine-tune GPT-3 on 12,288 rows (5.8% of $4.3M).")
        #expect(texts(tokens) == ["Don't", "fine-tune", "GPT-3", "on", "12,288", "rows", "5.8%", "of", "$4.3M"])
        #expect(tokens.isASCII)
    }

    @Test func wordsBeyondASCIIAreReadAsCharacters() {
        let tokens = Tokens("Benoît Mandelbrot’s “fractals”")
        #expect(texts(tokens) == ["Benoît", "Mandelbrot", "s", "fractals"])
        #expect(!tokens.isASCII)
        #expect(tokens.words[0].isCapitalized && tokens.words[0].length == 6)
    }

    @Test func wordsKnowTheirShape() {
        let words = Tokens("NVIDIA LLMs LeCun 42 the").words
        #expect(words[0].isAcronym && words[1].isAcronym && !words[2].isAcronym)
        #expect(words[2].hasInnerCapital && words[2].isNameLike)
        #expect(words[3].isNumber)
        #expect(words[4].isStopWord && !words[0].isStopWord)
    }

    @Test func aCutInsideOrBesideAJoinedWordIsRefused() {
        let tokens = Tokens("GPT-3 is big.")
        #expect(tokens.canCut(at: 0) && tokens.canCut(at: 5) && tokens.canCut(at: 6))
        #expect(!tokens.canCut(at: 2)) // inside `GPT-3`
        #expect(!tokens.canCut(at: 4)) // `GPT-` would end with a joiner
        #expect(tokens.spells("GPT-3 is big.") && !tokens.spells("GPT-3 is big"))
    }

    @Test func builtTextHasTheWordsOfTokenizingItAgain() {
        let sentence = Tokens("The transformer uses self-attention heavily.")
        var builder = TokensBuilder(bytes: 64, words: 12)
        builder.append(Tokens("Deep Learning › Models"))
        builder.append(separator: TokensBuilder.lineBreak)
        builder.append(sentence, range: 0..<16)
        builder.append(separator: Array("[…]".utf8))
        builder.append(sentence, range: 35..<sentence.bytes.count) // from the space after `self-attention`
        let text = String(decoding: builder.bytes, as: UTF8.self)
        let fresh = Tokens(text)
        #expect(text == "Deep Learning › Models\nThe transformer […] heavily.")
        #expect(builder.tokens.words.map(\.range) == fresh.words.map(\.range))
        #expect(builder.tokens.words.map(\.key) == fresh.words.map(\.key))
    }
}
