import Testing
@testable import RecallKit

@Suite struct InlineTextTests {
    private func inline(_ text: String) -> (InlineText, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let parsed = InlineText.parse([SourceLine(number: 7, text: Substring(text))], file: "n.md", diagnostics: &diagnostics)
        return (parsed, diagnostics)
    }

    @Test func liftsAnchorsOutAndTidiesTheFullStop() {
        let (text, _) = inline("Efficiency in AI systems \(Notes.anchor("02:44:11")). Next one.")
        #expect(text.text == "Efficiency in AI systems. Next one.")
        #expect(text.anchors.map(\.offset) == [24])
        #expect(text.anchors.first?.anchor.text == "02:44:11")
        #expect(text.anchors.first?.anchor.line == 7)
    }

    @Test func readsEveryAnchorForm() {
        let (text, _) = inline("a <a class=\"yt-timstamp\" data-t=\"01:02\">[01:02]</a> b [03:04] c [05:06](<a class=\"yt-timestamp\" data-t=\"05:06\">[05:06]</a>. d")
        #expect(text.anchors.map(\.anchor.text) == ["01:02", "03:04", "05:06"])
        #expect(text.anchors.map { $0.anchor.shownStamp == nil } == [false, true, false])
        #expect(text.text == "a b c. d")
    }

    /// The usual anchor is read by a shortcut; written any other way (here
    /// with a second space or upper case), the general path must agree with it.
    @Test func readsTheUsualAnchorAsTheGeneralPathDoes() {
        let shapes = [("02:44:11", "02:44:11"), ("1:02", "01:02"), ("75", "1:15"), ("", "3:04"), ("5:06", ""), ("1234567890123", "1:00")]
        for (dataT, shown) in shapes {
            let usual = inline("See <a class=\"yt-timestamp\" data-t=\"\(dataT)\">[\(shown)]</a>. Then")
            let general = inline("See <a  class=\"yt-timestamp\" data-t=\"\(dataT)\">[\(shown)]</A>. Then")
            #expect(usual.0 == general.0)
            #expect(usual.1.map(\.message) == general.1.map(\.message))
        }
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
        #expect(text.codeRanges.count == 1)
    }

    @Test func readsMarkdownLinksAsTheirText() {
        let (text, _) = inline("see [the docs](https://example.com) and ![img](x.png) now")
        #expect(text.text == "see the docs and now")
    }

    @Test func anUnclosedAnchorStillCitesAndWarns() {
        let (text, warnings) = inline("claim <a class=\"yt-timestamp\" data-t=\"01:02\">[01:02] and more")
        #expect(text.anchors.map(\.anchor.text) == ["01:02"])
        #expect(text.text == "claim and more")
        #expect(warnings.map(\.line) == [7])
    }

    @Test func aTagCutShortDropsItsRest() {
        let (text, warnings) = inline("claim <a class=\"yt-timestamp\" data-t=\"01:02\"")
        #expect(text.text == "claim")
        #expect(text.anchors.count == 1)
        #expect(warnings.count == 1)
    }

    @Test func controlCharactersNeverReachTheText() {
        let (text, _) = inline("a\u{01}b\u{7F}c")
        #expect(text.text == "abc")
    }
}
