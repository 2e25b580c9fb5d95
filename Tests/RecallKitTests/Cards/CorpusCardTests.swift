import Foundation
import Testing
@testable import RecallKit

/// CARD-QUALITY.md's mechanical rules, checked on every card of the seed and
/// of every corpus note.
@Suite struct CorpusCardTests {
    static func allNotes() throws -> [(note: Note, cards: [CardDraft])] {
        try ([Notes.seedPath] + Notes.corpusFiles()).map { file in
            let note = try Notes.parse(file: file)
            return (note, CardGenerator.generate(note, source: CardIdentity.sourceKey(videoId: note.videoId, file: file)))
        }
    }

    @Test func everyNoteGivesCards() throws {
        for (note, cards) in try Self.allNotes() {
            #expect(cards.count >= 4, "\(note.file)")
        }
    }

    @Test func noCardHoldsMarkupOrMojibake() throws {
        let residue = ["[[", "]]", "**", "<a", "</a>", "data-t", "yt-timestamp", "`", "â€", "Ã", "\u{FFFD}", "<br"]
        for (_, cards) in try Self.allNotes() {
            for card in cards {
                for text in [card.front, card.back, card.claim] {
                    for marker in residue {
                        #expect(!text.contains(marker), "\(marker) in \(text)")
                    }
                    #expect(!CardQuality.containsBracketedStamp(text), "stamp in \(text)")
                }
            }
        }
    }

    /// Whether `answer` starts a word somewhere in `front` (so `bank` is
    /// found in `banking`, `3` in `32`, but `art` not in `start`).
    static func startsAWord(_ answer: String, in front: String) -> Bool {
        let text = front.lowercased(), needle = answer.lowercased()
        var start = text.startIndex
        while let range = text.range(of: needle, range: start..<text.endIndex) {
            if range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
                && !text[text.index(before: range.lowerBound)].isNumber {
                return true
            }
            start = text.index(after: range.lowerBound)
        }
        return false
    }

    @Test func noFrontContainsItsAnswer() throws {
        for (_, cards) in try Self.allNotes() {
            for card in cards {
                let answers = card.kind == .list ? card.back.components(separatedBy: "; ") : [card.back]
                for answer in answers {
                    #expect(!Self.startsAWord(answer, in: card.front), "\(answer) in \(card.front)")
                }
            }
        }
    }

    @Test func noTwoFrontsOfADeckAreTheSame() throws {
        for (note, cards) in try Self.allNotes() {
            #expect(Set(cards.map(\.front)).count == cards.count, "\(note.file)")
        }
    }

    @Test func everyCardCitesItsOwnClaimsFirstAnchor() throws {
        for (note, cards) in try Self.allNotes() {
            let moments = Set(note.anchors.map { $0.seconds(in: note.timestampMode) })
            for card in cards {
                #expect(card.anchorSeconds.first == card.citation.seconds)
                #expect(moments.contains(card.citation.seconds))
                #expect(card.citation.url == note.videoId.map { VideoLink.url(videoId: $0, seconds: card.citation.seconds) })
            }
        }
    }

    @Test func clozesNeverHideAStopWordOrTheFirstWord() throws {
        for (_, cards) in try Self.allNotes() {
            for card in cards where card.kind == .cloze {
                #expect(!Words.stop.contains(card.back.lowercased()), "\(card.back)")
                let body = card.front.split(separator: "\n").last ?? ""
                #expect(!body.hasPrefix(ClozeCard.gap), "\(card.front)")
            }
        }
    }

    @Test func sentencesAboutTheNoteMakeNoCard() throws {
        for (_, cards) in try Self.allNotes() {
            #expect(!cards.contains { $0.claim.hasPrefix("This article") })
        }
    }
}
