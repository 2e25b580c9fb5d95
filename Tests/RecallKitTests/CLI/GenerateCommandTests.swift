import Foundation
import Testing

@Suite(.serialized) struct GenerateCommandTests {
    @Test func generatingTheSeedsTwiceAddsThenChangesNothing() throws {
        let (recall, _) = try RecallProcess.withFreshCollection()
        let first = try #require(try recall.json(["generate", "seeds/", "--json"]) as? [String: Any])
        let added = try #require(first["added"] as? Int)
        #expect(added == (try Notes.seedCardCount()))
        let documents = try #require(first["documents"] as? [[String: Any]])
        #expect(documents.first?["title"] as? String == "Progress and bottlenecks in AI and robotics")
        let warnings = try #require(first["warnings"] as? [[String: Any]])
        #expect(warnings.contains { ($0["line"] as? Int) == 70 && ($0["file"] as? String)?.hasSuffix(".md") == true })
        let second = try #require(try recall.json(["generate", "seeds/", "--json"]) as? [String: Any])
        #expect(second["added"] as? Int == 0)
        #expect(second["updated"] as? Int == 0)
        #expect(second["retired"] as? Int == 0)
        #expect(second["unchanged"] as? Int == added)
    }

    @Test func cardsJSONCitesTheSecondOfEachClaim() throws {
        let (recall, folder) = try RecallProcess.withFreshCollection()
        // Stamps like the seed's: `43:07:00` cannot be hours, so every three-field stamp is minutes, seconds and frames.
        let note = folder.appendingPathComponent("stamps.md")
        try Data(Notes.note("""
            ## Moments

            The lab built a "model factory" for everything \(Notes.anchor("02:44:11")).

            The team used a "data engine" to improve \(Notes.anchor("03:34:25")).

            The company bet on "ambient computing" early \(Notes.anchor("43:07:00")).
            """, title: "Stamps", videoId: "AU9Fdgs0ZaI").utf8).write(to: note)
        #expect(try recall.run(["generate", note.path]).status == 0)
        let cards = try #require(try recall.json(["cards", "--json"]) as? [[String: Any]])
        let seconds = Dictionary(cards.compactMap { card -> (String, Int)? in
            guard let source = card["source"] as? [String: Any], let text = source["timestamp"] as? String,
                  let value = source["seconds"] as? Int else { return nil }
            return (text, value)
        }, uniquingKeysWith: { first, _ in first })
        #expect(seconds["02:44:11"] == 164)
        #expect(seconds["03:34:25"] == 214)
        #expect(seconds["43:07:00"] == 2587)
        #expect(cards.count == 3)
        let card = try #require(cards.first)
        for key in ["id", "deck", "type", "front", "back", "claim", "section", "tags", "source", "schedule"] {
            #expect(card[key] != nil, "\(key)")
        }
        let schedule = try #require(card["schedule"] as? [String: Any])
        #expect(schedule["state"] as? String == "new")
        #expect(schedule["easiness"] as? Double == 2.5)
        let source = try #require(card["source"] as? [String: Any])
        #expect(source["url"] as? String == "https://www.youtube.com/watch?v=AU9Fdgs0ZaI&t=164s")
    }

    @Test func aDryRunShowsThePlanAndWritesNothing() throws {
        let (recall, _) = try RecallProcess.withFreshCollection()
        let cards = try Notes.seedCardCount()
        let output = try recall.run(["generate", "seeds/", "--dry-run"])
        #expect(output.status == 0)
        #expect(output.stdout.hasSuffix("Plan for 1 note: \(cards) added, 0 updated, 0 unchanged, 0 retired (dry run: nothing was written).\n"))
        // Not even an empty collection is made.
        #expect(!FileManager.default.fileExists(atPath: recall.database))
        #expect(try recall.run(["generate", "seeds/"]).status == 0)
        let again = try recall.run(["generate", "seeds/", "--dry-run"])
        #expect(again.stdout.hasSuffix("Plan for 1 note: 0 added, 0 updated, \(cards) unchanged, 0 retired (dry run: nothing was written).\n"))
    }

    @Test func badUsageExitsWithTwo() throws {
        let (recall, _) = try RecallProcess.withFreshCollection()
        #expect(try recall.run(["generate"]).status == 2)
        #expect(try recall.run(["cards", "--now", "yesterday-ish"]).status == 2)
        #expect(try recall.run(["frobnicate"]).status == 2)
    }
}
