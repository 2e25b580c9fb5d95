import Testing
@testable import RecallKit

@Suite struct InlineReaderTests {
    private func inline(_ text: String) -> (Inline, [Diagnostic]) {
        InlineReader.read([(7, Substring(text))], file: "n.md")
    }

    @Test func liftsAnchorsOutAndTidiesTheFullStop() {
        let (text, _) = inline("Efficiency in AI systems \(Notes.anchor("02:44:11")). Next one.")
        #expect(text.text == "Efficiency in AI systems. Next one.")
        #expect(text.anchors.map(\.offset) == [24])
        #expect(text.anchors.first?.anchor.shown == "02:44:11")
        #expect(text.anchors.first?.anchor.line == 7)
    }

    @Test func readsEveryAnchorSyntax() {
        let (text, _) = inline("a <a class=\"yt-timstamp\" data-t=\"01:02\">[01:02]</a> b [03:04] c [05:06](<a class=\"yt-timestamp\" data-t=\"05:06\">[05:06]</a>. d <a class=\"yt-timestamp\" data-t=\"07:08\">07:08</a> e <a class=\"yt-timestamp\" data-t=\"09:10\"></a>")
        #expect(text.anchors.map(\.anchor.stamp.text) == ["01:02", "03:04", "05:06", "07:08", "09:10"])
        #expect(text.anchors.map(\.anchor.shown) == ["01:02", "03:04", "05:06", "07:08", ""])
        #expect(text.text == "a b c. d e")
    }

    @Test func everyAnchorSyntaxReadsItsOwnExample() {
        for syntax in AnchorSyntax.all {
            #expect(syntax.read(Array(syntax.example), 0) != nil, "\(syntax.name)")
        }
    }

    @Test func readsGluedAnchorsAsSeveral() {
        let (text, _) = inline("x \(Notes.anchor("00:01:02"))\(Notes.anchor("00:01:05"))\(Notes.anchor("00:01:09")) y")
        #expect(text.anchors.count == 3)
        #expect(text.text == "x y")
    }

    @Test func dropsTheCommaBetweenTwoAnchors() {
        let (text, _) = inline("approaches 4 \(Notes.anchor("01:27")), \(Notes.anchor("01:33")).")
        #expect(text.text == "approaches 4.")
        #expect(text.anchors.count == 2)
    }

    @Test func readsWikiLinksAsTheirLabels() {
        let (text, _) = inline("[[a|Alpha]], [[b | Beta]], [[Gamma]] and [[c\\|Delta]]")
        #expect(text.text == "Alpha, Beta, Gamma and Delta")
    }

    @Test func removesEmphasisCodeTicksTagsAndEntities() {
        let (text, _) = inline("**bold** *it* _em_ `f(x) = 2 * 3` snake_case a * b &amp; &quot;q&quot;<br/>end")
        #expect(text.text == "bold it em f(x) = 2 * 3 snake_case a * b & \"q\" end")
        #expect(text.code == [11..<23])
    }

    @Test func keepsMathWholeAndMoneyAsText() {
        let (math, _) = inline("The map is $x_{n+1} = R * x_n$ here")
        #expect(math.text == "The map is x_{n+1} = R * x_n here")
        #expect(math.code == [11..<28])
        let (money, _) = inline("It costs $5 and $10 today")
        #expect(money.text == "It costs $5 and $10 today")
        #expect(money.code.isEmpty)
    }

    @Test func readsMarkdownLinksAsTheirText() {
        let (text, _) = inline("see [the docs](https://example.com) and ![img](x.png) now")
        #expect(text.text == "see the docs and now")
    }

    @Test func anUnclosedAnchorStillCitesAndWarns() {
        let (text, warnings) = inline("claim <a class=\"yt-timestamp\" data-t=\"01:02\">[01:02] and more")
        #expect(text.anchors.map(\.anchor.shown) == ["01:02"])
        #expect(text.text == "claim and more")
        #expect(warnings.map(\.line) == [7])
    }

    @Test func aTagCutShortDropsItsRest() {
        let (text, warnings) = inline("claim <a class=\"yt-timestamp\" data-t=\"01:02\"")
        #expect(text.text == "claim")
        #expect(text.anchors.count == 1)
        #expect(warnings.count == 1)
    }

    @Test func anUnreadableDataTFallsBackToTheShownStamp() {
        let (text, warnings) = inline("claim <a class=\"yt-timestamp\" data-t=\"soon\">[01:02]</a>.")
        #expect(text.anchors.map(\.anchor.stamp.text) == ["01:02"])
        #expect(warnings.map(\.message) == ["data-t=\"soon\" is not a timestamp; using the shown [01:02]"])
    }

    @Test func aLessThanSignIsText() {
        let (text, _) = inline("when x < 3 and y <= 4")
        #expect(text.text == "when x < 3 and y <= 4")
    }

    @Test func controlCharactersNeverReachTheText() {
        let (text, _) = inline("a\u{01}b\u{7F}c")
        #expect(text.text == "abc")
    }
}
