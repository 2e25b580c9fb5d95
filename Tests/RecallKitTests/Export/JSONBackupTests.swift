import Foundation
import Testing
@testable import RecallKit

@Suite struct JSONBackupTests {
    @Test func aRoundTripThroughANewCollectionGivesTheSameBytes() throws {
        let (database, ids) = try ExportFixtures.reviewed()
        let first = try JSONBackup.encode(try database.backup())
        let restored = try AppDatabase.inMemory()
        let report = try restored.restore(try JSONBackup.decode(first, file: "backup.json"))
        #expect(report == RestoreReport(decksAdded: 1, documentsAdded: 1, cardsAdded: 75, reviewsAdded: 5))
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
        #expect(backup.format == "recall-backup" && backup.version == 1)
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
        #expect(again == RestoreReport(cardsUpdated: 1, cardsUnchanged: 74, reviewsPresent: 5))
        #expect(try target.reviewLog().count == 5)
        #expect(try target.cards(on: Collections.today).count == 75)
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
        #expect(again == RestoreReport(cardsUnchanged: 75, reviewsPresent: 7))
        #expect(again.changedNothing)
        #expect(try JSONBackup.encode(try target.backup()) == before)
        let onItself = try database.restore(backup)
        #expect(onItself == RestoreReport(cardsUnchanged: 75, reviewsPresent: 7))
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
              "version" : 1
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
        var text = String(decoding: before, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"version\" : 1", with: "\"version\" : 2")
        #expect(throws: ImportError.newerVersion(file: "b.json", version: 2)) {
            try JSONBackup.decode(Data(text.utf8), file: "b.json")
        }
        #expect("\(ImportError.newerVersion(file: "b.json", version: 2))" == "b.json was written by a newer recall (backup format version 2; this recall reads up to 1); upgrade recall to import it; nothing was changed")
        #expect(try JSONBackup.encode(try database.backup()) == before)
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
        let index = try #require(backup.cards.firstIndex { $0.seconds == 164 })
        var text = String(decoding: try JSONBackup.encode(backup), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"seconds\" : 164,", with: "\"seconds\" : \"164\",")
        #expect(throws: ImportError.invalid(file: "b.json", problems: ["cards[\(index)].seconds: expected a whole number"])) {
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
