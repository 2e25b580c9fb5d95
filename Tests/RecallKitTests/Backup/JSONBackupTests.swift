import Foundation
import Testing
@testable import RecallKit

@Suite struct JSONBackupTests {
    @Test func aRoundTripThroughANewCollectionGivesTheSameBytes() throws {
        let (database, ids) = try ExportFixtures.reviewed()
        let first = try JSONBackup.encode(try database.backup())
        let restored = try AppDatabase.inMemory()
        let report = try restored.restore(try JSONBackup.decode(first, file: "backup.json"))
        #expect(report == RestoreReport(decksAdded: 1, documentsAdded: 1, cardsAdded: try Notes.seedCardCount(), reviewsAdded: 5))
        let second = try JSONBackup.encode(try restored.backup())
        #expect(first == second)
        #expect(try restored.reviewLog().map(\.cardId) == [ids[0], ids[1], ids[1], ids[2], ids[2]])
        #expect(try restored.reviewLog() == (try database.reviewLog()))
        let card = try #require(try restored.card(id: ids[2], on: Collections.today))
        #expect(card.schedule == CardSchedule(repetitions: 2, easinessHundredths: 246, intervalDays: 6,
                                              dueDay: StudyDay(year: 2026, month: 11, day: 27),
                                              lastReviewDay: StudyDay(year: 2026, month: 11, day: 21)))
    }

    @Test func theFileHoldsAVersionAndReadableValues() throws {
        let (database, ids) = try ExportFixtures.reviewed()
        let backup = try database.backup()
        #expect(backup.format == "recall-backup" && backup.version == 3 && Backup.currentVersion == 3)
        #expect(backup.decks == [Backup.Deck(name: ExportFixtures.seedDeck)])
        #expect(backup.cards.map(\.id) == backup.cards.map(\.id).sorted())
        let card = try #require(backup.cards.first { $0.id == ids[2] })
        #expect(card.schedule == Backup.Schedule(repetitions: 2, easiness: 246, intervalDays: 6, due: "2026-11-27",
                                                 lapses: 0, lastReview: "2026-11-21", suspended: false, leech: false,
                                                 buriedUntil: nil, introduced: "2026-11-20"))
        #expect(backup.reviewLog.last == Backup.Review(
            id: 5, card: ids[2], reviewedAt: "2026-11-21T09:00:00+01:00", day: "2026-11-21", grade: 3, kind: "review",
            easinessBefore: 260, easinessAfter: 246, intervalBefore: 1, intervalAfter: 6, repetitionsBefore: 1,
            repetitionsAfter: 2, lapsesAfter: 0, dueBefore: "2026-11-21", dueAfter: "2026-11-27", durationMs: 4321))
        let text = String(decoding: try JSONBackup.encode(backup), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"cards\" : ["))
        #expect(!text.contains("\\/"))
    }

    @Test func importingTwiceDuplicatesNothingAndUpdatesCardsById() throws {
        let (database, _) = try ExportFixtures.reviewed()
        let backup = try database.backup()
        let target = try AppDatabase.inMemory()
        _ = try target.restore(backup)
        var edited = backup
        edited.cards[0].back = "changed"
        let again = try target.restore(edited)
        let cards = try Notes.seedCardCount()
        #expect(again == RestoreReport(cardsUpdated: 1, cardsUnchanged: cards - 1, reviewsPresent: 5))
        #expect(try target.reviewLog().count == 5)
        #expect(try target.cards(on: Collections.today).count == cards)
        #expect(try target.card(id: backup.cards[0].id, on: Collections.today)?.back == "changed")
    }

    @Test func identicalAnswersInTheSameSecondAreTwoAnswersAfterARoundTrip() throws {
        let (database, ids) = try ExportFixtures.reviewed()
        // Card 1 missed again twice in the same second: two re-drills with the same content.
        let day = StudyDay(year: 2026, month: 11, day: 20)
        for _ in 0..<2 {
            try ExportFixtures.answer(database, ids[1], .wrongRecognised, day: day, at: "2026-11-20T09:00:40+01:00")
        }
        let first = try JSONBackup.encode(try database.backup())
        let restored = try AppDatabase.inMemory()
        let report = try restored.restore(try JSONBackup.decode(first, file: "backup.json"))
        #expect(report.reviewsAdded == 7 && report.reviewsPresent == 0)
        #expect(try JSONBackup.encode(try restored.backup()) == first)
        let drills = try restored.reviewLog().filter { $0.reviewedAt == "2026-11-20T09:00:40+01:00" }
        #expect(drills.map(\.id) == [6, 7])
        #expect(drills.map(\.kind) == [.drill, .drill])
    }

    @Test func restoringTheSameBackupTwiceChangesNothing() throws {
        let (database, ids) = try ExportFixtures.reviewed()
        let day = StudyDay(year: 2026, month: 11, day: 20)
        for _ in 0..<2 {
            try ExportFixtures.answer(database, ids[1], .wrongRecognised, day: day, at: "2026-11-20T09:00:40+01:00")
        }
        let backup = try database.backup()
        let target = try AppDatabase.inMemory()
        _ = try target.restore(backup)
        let before = try JSONBackup.encode(try target.backup())
        let again = try target.restore(backup)
        let cards = try Notes.seedCardCount()
        #expect(again == RestoreReport(cardsUnchanged: cards, reviewsPresent: 7))
        #expect(again.changedNothing)
        #expect(try JSONBackup.encode(try target.backup()) == before)
        let onItself = try database.restore(backup)
        #expect(onItself == RestoreReport(cardsUnchanged: cards, reviewsPresent: 7))
    }

    @Test func anEmptyCollectionIsBackedUpAndRestored() throws {
        let empty = try AppDatabase.inMemory()
        let path = try ExportFixtures.temporaryFile("empty.json")
        let summary = try CollectionExport.write(.json, from: empty, to: path, clock: ExportFixtures.clock)
        #expect(summary == ExportSummary(cards: 0, reviews: 0))
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(String(decoding: data, as: UTF8.self) == """
            {
              "cards" : [

              ],
              "decks" : [

              ],
              "documents" : [

              ],
              "format" : "recall-backup",
              "reviewLog" : [

              ],
              "version" : 3
            }

            """)
        let target = try AppDatabase.inMemory()
        #expect(try target.restore(try JSONBackup.decode(data, file: path)) == RestoreReport())
        #expect(try target.isEmpty())
    }

    @Test func answersAlreadyThereUnderOtherIdsAreNotAddedAgain() throws {
        let (database, _) = try ExportFixtures.reviewed()
        var backup = try database.backup()
        backup.reviewLog = backup.reviewLog.map { review in
            var moved = review
            moved.id += 100
            return moved
        }
        let report = try database.restore(backup)
        #expect(report.reviewsAdded == 0 && report.reviewsPresent == 5)
        #expect(try database.reviewLog().map(\.id) == [1, 2, 3, 4, 5])
    }

    @Test func aNewerVersionIsRefusedAndNothingChanges() throws {
        let (database, _) = try ExportFixtures.reviewed()
        let before = try JSONBackup.encode(try database.backup())
        let current = String(decoding: before, as: UTF8.self)
        let text = current.replacingOccurrences(of: "\"version\" : 3", with: "\"version\" : 9")
        #expect(text != current)
        #expect(throws: ImportError.newerVersion(file: "b.json", version: 9)) {
            try JSONBackup.decode(Data(text.utf8), file: "b.json")
        }
        #expect("\(ImportError.newerVersion(file: "b.json", version: 9))" == "b.json was written by a newer recall (backup format version 9; this recall reads up to 3); upgrade recall to import it; nothing was changed")
        // The next version is refused too: 3 is the newest this recall reads.
        let next = current.replacingOccurrences(of: "\"version\" : 3", with: "\"version\" : 4")
        #expect(throws: ImportError.newerVersion(file: "b.json", version: 4)) {
            try JSONBackup.decode(Data(next.utf8), file: "b.json")
        }
        #expect(try JSONBackup.encode(try database.backup()) == before)
    }

    @Test func aVersionOneBackupWithAnchorsIsStillRead() throws {
        let (database, _) = try ExportFixtures.reviewed()
        let backup = try database.backup()
        // The same file as version 1 wrote it: each card's moments as seconds alone (`anchors`), no sibling key.
        var object = try #require(try JSONSerialization.jsonObject(with: try JSONBackup.encode(backup)) as? [String: Any])
        object["version"] = 1
        object["cards"] = try #require(object["cards"] as? [[String: Any]]).map { card -> [String: Any] in
            var old = card
            old["anchors"] = (card["moments"] as? [[String: Any]] ?? []).compactMap { $0["seconds"] as? Int }
            old["moments"] = nil
            old["sibling"] = nil
            return old
        }
        let text = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        #expect(text.contains("\"anchors\"") && !text.contains("\"moments\"") && !text.contains("\"sibling\""))
        let read = try JSONBackup.decode(Data(text.utf8), file: "v1.json")
        #expect(read.version == 1)
        #expect(read.cards.map(\.id) == backup.cards.map(\.id))
        for (old, new) in zip(read.cards, backup.cards) {
            #expect(old.moments.map(\.seconds) == new.moments.map(\.seconds), "card \(old.id)")
            #expect(old.moments.first?.timestamp == new.timestamp, "card \(old.id)")
            #expect(old.sibling == "")
            #expect(old.front == new.front && old.back == new.back && old.schedule == new.schedule, "card \(old.id)")
        }
        let restored = try AppDatabase.inMemory()
        let report = try restored.restore(read)
        #expect(report == RestoreReport(decksAdded: 1, documentsAdded: 1, cardsAdded: backup.cards.count, reviewsAdded: 5))
        #expect(try restored.reviewLog() == (try database.reviewLog()))
        #expect(try restored.backup().version == 3)
    }

    @Test func aVersionTwoBackupWithoutLearnerChangesIsStillRead() throws {
        let (database, _) = try ExportFixtures.reviewed()
        let backup = try database.backup()
        var object = try #require(try JSONSerialization.jsonObject(with: try JSONBackup.encode(backup)) as? [String: Any])
        object["version"] = 2
        let text = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        #expect(!text.contains("\"learner"))
        let read = try JSONBackup.decode(Data(text.utf8), file: "v2.json")
        #expect(read.version == 2)
        #expect(read.cards == backup.cards)
        #expect(read.cards.allSatisfy { $0.learnerFront == nil && $0.learnerBack == nil && !$0.learnerRetired })
        let restored = try AppDatabase.inMemory()
        #expect(try restored.restore(read).cardsAdded == backup.cards.count)
        #expect(try JSONBackup.encode(try restored.backup()) == (try JSONBackup.encode(backup)))
    }

    @Test func malformedFilesAreRefusedWithWhereAndWhat() throws {
        #expect(throws: ImportError.notJSON(file: "b.json", reason: "Unexpected end of file during JSON parse")) {
            try JSONBackup.decode(Data("{\"format\": ".utf8), file: "b.json")
        }
        #expect(throws: ImportError.notABackup(file: "b.json", reason: "it has no \"format\": \"recall-backup\" field")) {
            try JSONBackup.decode(Data("{\"cards\": []}".utf8), file: "b.json")
        }
        #expect(throws: ImportError.notABackup(file: "b.json", reason: "the top level: expected an object")) {
            try JSONBackup.decode(Data("[1, 2]".utf8), file: "b.json")
        }
        let (database, _) = try ExportFixtures.reviewed()
        let backup = try database.backup()
        // Every "seconds" of the first card's second as a string: the card's own is read first.
        let seconds = try #require(backup.cards.first).seconds
        var text = String(decoding: try JSONBackup.encode(backup), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"seconds\" : \(seconds),", with: "\"seconds\" : \"\(seconds)\",")
        #expect(throws: ImportError.invalid(file: "b.json", problems: ["cards[0].seconds: expected a whole number"])) {
            try JSONBackup.decode(Data(text.utf8), file: "b.json")
        }
    }

    @Test func unsoundContentIsRefusedAndNothingChanges() throws {
        let (database, ids) = try ExportFixtures.reviewed()
        let before = try JSONBackup.encode(try database.backup())
        var backup = try database.backup()
        backup.cards[1].back = "would change"
        backup.cards[2].kind = "essay"
        backup.reviewLog[0].grade = 7
        backup.reviewLog[1].day = "2026-13-01"
        #expect(throws: BackupProblems([
            "cards[2].kind: \"essay\" is not a card type (cloze, qa, list)",
            "reviewLog[0].grade: 7 is not an SM-2 grade (0–5)",
            "reviewLog[1].day: \"2026-13-01\" is not a date (YYYY-MM-DD)",
        ])) { try database.restore(backup) }
        backup = try database.backup()
        backup.cards[1].back = "would change"
        backup.reviewLog[0].card = "0000000000000000"
        #expect(throws: BackupProblems(["reviewLog[0].card: no card \"0000000000000000\" in the file or the collection"])) {
            try database.restore(backup)
        }
        #expect(try JSONBackup.encode(try database.backup()) == before)
        #expect(ids.count == 3)
    }

    @Test func theTrickyCardSurvivesJSON() throws {
        let (database, id) = try ExportFixtures.withTrickyCard()
        let data = try JSONBackup.encode(try database.backup())
        let card = try #require(try JSONBackup.decode(data, file: "b.json").cards.first { $0.id == id })
        #expect(card.front == ExportFixtures.trickyFront)
        #expect(card.back == ExportFixtures.trickyBack)
        #expect(card.schedule.leech)
    }
}
