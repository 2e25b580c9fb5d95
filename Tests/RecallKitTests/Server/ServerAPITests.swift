import Foundation
import Testing

/// `recall-server` as a client sees it (PRODUCT.md §7): every endpoint of
/// `openapi.yaml`, 401 without a token, the JSON errors, answers that count
/// once, and learners walled off from each other.
@Suite(.serialized) struct ServerAPITests {
    /// A running server with learners `alice` and `bob`; alice has a note of three cards.
    private func setUp() throws -> (ServerProcess, alice: String, bob: String) {
        let server = try ServerProcess()
        let alice = try server.addLearner("alice")
        let bob = try server.addLearner("bob")
        try server.start()
        let added = try server.addNote(Notes.manyClaims(3), name: "claims.md", token: alice)
        #expect(added.status == 201, "\(added.text)")
        #expect(added.object["added"] as? Int == 3)
        return (server, alice, bob)
    }

    /// The paths `openapi.yaml` lists.
    private static func documentedPaths() throws -> [String] {
        let text = try String(contentsOf: Fixture.repositoryRoot.appendingPathComponent("Sources/recall-server/openapi.yaml"),
                              encoding: .utf8)
        return text.split(separator: "\n").filter { $0.hasPrefix("  /") && $0.hasSuffix(":") }.map { String($0.dropFirst(2).dropLast()) }
    }

    @Test func everyDocumentedEndpointExistsAndAsksForAToken() throws {
        let (server, _, _) = try setUp()
        let paths = try Self.documentedPaths()
        #expect(paths == ["/health", "/openapi.yaml", "/v1/decks", "/v1/cards", "/v1/cards/{id}", "/v1/review/next",
                          "/v1/review/answers", "/v1/review/undo", "/v1/review/bury", "/v1/stats", "/v1/notes", "/v1/export",
                          "/v1/import"])
        let posts: Set = ["/v1/review/answers", "/v1/review/undo", "/v1/review/bury", "/v1/notes", "/v1/import"]
        for path in paths where path.hasPrefix("/v1") {
            let reply = try server.request(posts.contains(path) ? "POST" : "GET", path.replacingOccurrences(of: "{id}", with: "abcdef12"))
            #expect(reply.status == 401, "\(path): \(reply.status)")
            #expect(reply.code == "unauthorized" && reply.headers["www-authenticate"] == "Bearer", "\(path)")
            if !posts.contains(path) { // five wrong tokens: fewer than slow an address down
                let wrong = try server.request("GET", path.replacingOccurrences(of: "{id}", with: "abcdef12"), token: "rcl_not-a-token")
                #expect(wrong.status == 401 && wrong.code == "unauthorized", "\(path)")
            }
        }
        #expect(try server.request("GET", "/health").text == #"{"status":"ok"}"#)
        let document = try server.request("GET", "/openapi.yaml")
        #expect(document.status == 200 && document.headers["content-type"] == "application/yaml")
        #expect(document.body == (try Data(contentsOf: Fixture.repositoryRoot.appendingPathComponent("Sources/recall-server/openapi.yaml"))))
        let missing = try server.request("GET", "/v1/nothing")
        #expect(missing.status == 404 && missing.code == "not_found")
    }

    @Test func aSessionThroughTheAPI() throws {
        let (server, alice, _) = try setUp()
        let decks = try #require(try server.request("GET", "/v1/decks", token: alice).json as? [[String: Any]])
        #expect(decks.map { $0["name"] as? String } == ["channel::Many claims"])
        let first = try server.request("GET", "/v1/review/next", token: alice)
        #expect(first.status == 200)
        let card = try #require(first.object["card"] as? [String: Any])
        let id = try #require(card["id"] as? String)
        #expect(first.object["kind"] as? String == "new")
        #expect(first.object["remaining"] as? [String: Int] == ["new": 3, "review": 0, "again": 0])
        #expect(first.object["intervals"] as? [String: Int] == ["0": 1, "1": 1, "2": 1, "3": 1, "4": 1, "5": 1])
        #expect(first.object["can_undo"] as? Bool == false)
        #expect(((card["source"] as? [String: Any])?["moments"] as? [Any])?.count == 1)

        // An answer is stored once, however often the client sends it.
        let answer: [String: Any] = ["card": id, "grade": 4, "id": "8c1d2f0e-1111-4d1e-9a55-0a0b0c0d0e0f", "duration_ms": 1500]
        let stored = try server.json("POST", "/v1/review/answers", token: alice, answer)
        #expect(stored.status == 201, "\(stored.text)")
        #expect(stored.object["duplicate"] as? Bool == false && stored.object["redrill"] as? Bool == false)
        #expect(((stored.object["card"] as? [String: Any])?["schedule"] as? [String: Any])?["due"] as? String == "2026-11-27")
        let again = try server.json("POST", "/v1/review/answers", token: alice, answer)
        #expect(again.status == 200 && again.object["duplicate"] as? Bool == true)
        let detail = try server.request("GET", "/v1/cards/\(id)", token: alice)
        #expect((detail.object["reviews"] as? [Any])?.count == 1, "\(detail.text)")

        // The card answered is no longer the one to answer; the next one is.
        let stale = try server.json("POST", "/v1/review/answers", token: alice, ["card": id, "grade": 4, "id": "second"])
        #expect(stale.status == 409 && stale.code == "not_current")
        let second = try #require((try server.request("GET", "/v1/review/next", token: alice).object["card"] as? [String: Any])?["id"] as? String)
        #expect(second != id)
        // The answer's reply carried that next card already.
        #expect(((stored.object["next"] as? [String: Any])?["card"] as? [String: Any])?["id"] as? String == second)
        #expect(try server.json("POST", "/v1/review/bury", token: alice, ["card": second]).object["buried"] as? String == second)
        let undone = try server.request("POST", "/v1/review/undo", token: alice)
        #expect(undone.status == 200 && undone.object["undone"] as? String == "bury")
        #expect(try server.json("POST", "/v1/review/answers", token: alice, ["card": second, "grade": 1, "id": "b"]).object["redrill"] as? Bool == true)
        #expect(try server.request("POST", "/v1/review/undo", token: alice).object["undone"] as? String == "answer")
        #expect(try server.request("POST", "/v1/review/undo", token: alice).object["undone"] as? String == "answer") // the first
        let nothing = try server.request("POST", "/v1/review/undo", token: alice)
        #expect(nothing.status == 409 && nothing.code == "nothing_to_undo")

        // Everything undone: answer all three, and the session ends with 204.
        var answered = 0
        var lastReply: ServerProcess.Reply?
        while case let next = try server.request("GET", "/v1/review/next", token: alice), next.status == 200 {
            let nextId = try #require((next.object["card"] as? [String: Any])?["id"] as? String)
            lastReply = try server.json("POST", "/v1/review/answers", token: alice, ["card": nextId, "grade": 5, "id": "r\(answered)"])
            #expect(lastReply?.status == 201)
            answered += 1
        }
        #expect(answered == 3)
        #expect(lastReply?.object["next"] is NSNull) // the last answer's reply says the session is done
        let done = try server.request("GET", "/v1/review/next", token: alice)
        #expect(done.status == 204 && done.body.isEmpty)

        let stats = try server.request("GET", "/v1/stats", token: alice).object
        #expect((stats["today"] as? [String: Any])?["reviewed"] as? Int == 3)
        let cards = try #require(try server.request("GET", "/v1/cards?due=false", token: alice).json as? [[String: Any]])
        #expect(cards.count == 3)
        let html = try server.request("GET", "/v1/stats?format=html", token: alice)
        #expect(html.headers["content-type"] == "text/html; charset=utf-8" && html.text.contains("<svg"))
    }

    @Test func badRequestsGetTheJSONErrorWithTheRightStatus() throws {
        let (server, alice, _) = try setUp()
        let id = try #require((try server.request("GET", "/v1/review/next", token: alice).object["card"] as? [String: Any])?["id"] as? String)
        let cases: [([String: Any], Int, String)] = [
            (["card": id, "grade": 4, "id": "x", "note": "hi"], 400, "unknown_field"),
            (["card": id, "id": "x"], 400, "missing_field"),
            (["card": id, "grade": "4", "id": "x"], 400, "bad_type"),
            (["card": id, "grade": true, "id": "x"], 400, "bad_type"),
            (["card": id, "grade": 6, "id": "x"], 422, "bad_grade"),
            (["card": id, "grade": -1, "id": "x"], 422, "bad_grade"),
            (["card": id, "grade": 4, "id": ""], 422, "bad_answer_id"),
            (["card": id, "grade": 4, "id": "a b"], 422, "bad_answer_id"),
            (["card": id, "grade": 4, "id": "x", "duration_ms": -5], 422, "bad_duration"),
        ]
        for (body, status, code) in cases {
            let reply = try server.json("POST", "/v1/review/answers", token: alice, body)
            #expect(reply.status == status && reply.code == code, "\(body): \(reply.status) \(reply.text)")
        }
        let notJSON = try server.request("POST", "/v1/review/answers", token: alice, body: Data("{grade".utf8))
        #expect(notJSON.status == 400 && notJSON.code == "bad_json")
        let wrongType = try server.request("POST", "/v1/review/answers", token: alice, body: Data("{}".utf8), type: "text/plain")
        #expect(wrongType.status == 415 && wrongType.code == "unsupported_type")
        let tooLarge = try server.request("POST", "/v1/review/answers", token: alice, body: Data(repeating: 32, count: 20_000))
        #expect(tooLarge.status == 413 && tooLarge.code == "too_large")
        let bigNote = try server.addNote(String(repeating: "a", count: 3_000_000), name: "big.md", token: alice)
        #expect(bigNote.status == 413)
        #expect(try server.addNote("# x", name: "../x.md", token: alice).code == "bad_name")
        #expect(try server.addNote("", name: "empty.md", token: alice).code == "bad_note")
        #expect(try server.request("GET", "/v1/export?format=pdf", token: alice).code == "bad_format")
        #expect(try server.request("GET", "/v1/cards?deck=nope", token: alice).status == 404)
        #expect(try server.request("GET", "/v1/cards/ffffffffffffffff", token: alice).code == "unknown_card")
        let badBackup = try server.request("POST", "/v1/import", token: alice, body: Data(#"{"format": "nope"}"#.utf8))
        #expect(badBackup.status == 422 && badBackup.code == "bad_backup", "\(badBackup.text)")
        // Nothing above changed alice's collection.
        let cards = try #require(try server.request("GET", "/v1/cards", token: alice).json as? [[String: Any]])
        #expect(cards.count == 3 && cards.allSatisfy { ($0["schedule"] as? [String: Any])?["state"] as? String == "new" })
    }

    @Test func oneLearnerCannotReachAnothersCollection() throws {
        let (server, alice, bob) = try setUp()
        let aliceCards = try #require(try server.request("GET", "/v1/cards", token: alice).json as? [[String: Any]])
        let aliceId = try #require(aliceCards.first?["id"] as? String)
        // bob sees nothing of alice's, by any id or parameter.
        #expect(try server.request("GET", "/v1/decks", token: bob).text == "[]")
        #expect(try server.request("GET", "/v1/cards", token: bob).text == "[]")
        #expect(try server.request("GET", "/v1/cards?deck=channel::Many%20claims", token: bob).status == 404)
        #expect(try server.request("GET", "/v1/cards/\(aliceId)", token: bob).status == 404)
        #expect(try server.request("GET", "/v1/cards/\(aliceId.prefix(6))", token: bob).status == 404)
        #expect(try server.request("GET", "/v1/review/next", token: bob).status == 204)
        let foreign = try server.json("POST", "/v1/review/answers", token: bob, ["card": aliceId, "grade": 5, "id": "same-id"])
        #expect(foreign.status == 409)
        #expect(try server.json("POST", "/v1/review/bury", token: bob, ["card": aliceId]).status == 409)
        #expect(try server.request("POST", "/v1/review/undo", token: bob).status == 409)
        let bobStats = try server.request("GET", "/v1/stats", token: bob).object
        #expect((bobStats["cards"] as? [String: Any])?["total"] as? Int == 0)
        let bobBackup = try server.request("GET", "/v1/export?format=json", token: bob)
        #expect(bobBackup.status == 200 && !bobBackup.text.contains(aliceId))
        // The same client answer id from alice is hers alone.
        let next = try #require((try server.request("GET", "/v1/review/next", token: alice).object["card"] as? [String: Any])?["id"] as? String)
        #expect(try server.json("POST", "/v1/review/answers", token: alice, ["card": next, "grade": 4, "id": "same-id"]).status == 201)
        // bob importing alice's backup fills bob's collection, not alice's.
        let aliceBackup = try server.request("GET", "/v1/export", token: alice)
        let restored = try server.request("POST", "/v1/import", token: bob, body: aliceBackup.body)
        #expect(restored.object["cards_added"] as? Int == 3 && restored.object["reviews_added"] as? Int == 1, "\(restored.text)")
        #expect(try server.request("GET", "/v1/export", token: alice).body == aliceBackup.body)
        let apkg = try server.request("GET", "/v1/export?format=apkg", token: alice)
        #expect(apkg.status == 200 && apkg.body.prefix(2) == Data("PK".utf8))
    }

    @Test func repeatedWrongTokensFromOneAddressAreSlowedDown() throws {
        let (server, alice, _) = try setUp()
        for attempt in 1...10 {
            #expect(try server.request("GET", "/v1/decks", token: "rcl_guess\(attempt)").status == 401)
        }
        let refused = try server.request("GET", "/v1/decks", token: "rcl_guess11")
        #expect(refused.status == 429 && refused.code == "too_many_attempts" && refused.headers["retry-after"] != nil)
        #expect(try server.request("GET", "/v1/decks", token: alice).status == 429)
        #expect(try server.request("GET", "/health").status == 200)
    }

    @Test func learnersAreAddedListedGivenNewTokensAndRemoved() throws {
        let server = try ServerProcess()
        let old = try server.addLearner("carol")
        #expect(try server.command(["user", "add", "carol"]).stderr == "recall-server: error: a learner \"carol\" exists already\n")
        #expect(try server.command(["user", "add", "Carol Smith"]).status == 1)
        #expect(try server.command(["user", "list"]).stdout.hasPrefix("carol\tsince "))
        let renewed = try server.command(["user", "token", "carol"])
        let new = try #require(renewed.stdout.split(separator: " ").last?.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(new.hasPrefix("rcl_") && new != old)
        // Only hashes are stored.
        let registry = try Data(contentsOf: server.data.appendingPathComponent("learners.sqlite"))
        #expect(registry.range(of: Data(new.utf8)) == nil && registry.range(of: Data(old.utf8)) == nil)
        try server.start()
        #expect(try server.request("GET", "/v1/decks", token: old).status == 401)
        #expect(try server.request("GET", "/v1/decks", token: new).status == 200)
        #expect(try server.addNote(Notes.manyClaims(1), name: "one.md", token: new).status == 201)
        let removed = try server.command(["user", "remove", "carol"])
        #expect(removed.stdout.hasPrefix("Removed carol. Their collection was moved to \(server.data.path)/removed/carol-"))
        #expect(try server.request("GET", "/v1/decks", token: new).status == 401)
        #expect(try server.command(["user", "list"]).stdout == "No learners yet: recall-server user add NAME\n")
    }

    /// The log names each request (method and path) but never a token; SIGTERM stops the server cleanly.
    @Test func theLogNeverShowsATokenAndSIGTERMStopsCleanly() throws {
        let server = try ServerProcess()
        let token = try server.addLearner("dora")
        try server.start(logLevel: "info")
        #expect(try server.request("GET", "/v1/decks", token: token).status == 200)
        #expect(try server.request("GET", "/v1/decks", token: "rcl_wrong-guess").status == 401)
        #expect(try server.addNote(Notes.manyClaims(1), name: "one.md", token: token).status == 201)
        server.stop(signal: SIGTERM)
        #expect(server.process?.terminationStatus == 0)
        let log = try String(contentsOf: server.log, encoding: .utf8)
        #expect(log.contains("/v1/decks") && log.contains("/v1/notes"), "\(log)")
        #expect(!log.contains("rcl_") && !log.contains("Bearer"), "\(log)")
    }
}
