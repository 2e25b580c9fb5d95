import Testing
@testable import RecallKit

@Suite struct TimestampTests {
    private func reading(_ stamps: [String]) -> TimestampReading {
        TimestampReading(stamps: stamps.compactMap(Timestamp.init))
    }

    @Test func twoFieldsAreMinutesAndSecondsEvenPastAnHour() {
        let any = reading([])
        #expect(any.seconds(of: Timestamp("72:00")!) == 4320)
        #expect(any.seconds(of: Timestamp("01:27")!) == 87)
    }

    @Test func rejectsWhatIsNotAStamp() {
        for text in ["", "12", "1:2:3:4", "10:75", "ab:cd", "1234:00", "1:", ":30"] {
            #expect(Timestamp(text) == nil, "\(text)")
        }
    }

    @Test func aFirstFieldAboveFourMeansFrames() {
        let howTo = reading(["00:04:04", "03:10:12", "08:25:27"])
        #expect(howTo.mode == .minutesSecondsFrames)
        #expect(howTo.seconds(of: Timestamp("08:25:27")!) == 505)
        let podcast = reading(["00:04:04", "01:10:12", "03:25:27"])
        #expect(podcast.mode == .hoursMinutesSeconds)
        #expect(podcast.seconds(of: Timestamp("03:25:27")!) == 12327)
    }

    @Test func threeStampsAllEndingInZeroMeanFrames() {
        #expect(reading(["01:47:00", "02:08:00", "03:00:00"]).mode == .minutesSecondsFrames)
        #expect(reading(["01:47:00", "02:08:00"]).mode == .hoursMinutesSeconds)
        #expect(reading(["0:57:00", "0:11:14", "0:41:42"]).mode == .hoursMinutesSeconds)
    }

    @Test func aZeroEndingStampFarPastTheOthersIsMinutesAndSeconds() {
        let note = reading(["00:01:10", "00:13:13", "02:03:00", "00:00:40"])
        #expect(note.mode == .hoursMinutesSeconds)
        #expect(note.seconds(of: Timestamp("02:03:00")!) == 123)
        #expect(note.isShifted(Timestamp("02:03:00")!))
        #expect(note.seconds(of: Timestamp("00:13:13")!) == 793)
        let near = reading(["0:11:14", "0:41:42", "0:57:00"])
        #expect(near.seconds(of: Timestamp("0:57:00")!) == 3420)
    }

    @Test func twoFieldStampsDoNotDecideTheMode() {
        #expect(reading(["72:00", "00:01:31", "00:02:08", "00:03:02"]).mode == .hoursMinutesSeconds)
    }
}

/// The readings PRODUCT.md §1 pins for the real notes.
@Suite struct NoteTimestampTests {
    private func seconds(of stamp: String, in note: Note) -> Int? {
        note.anchors.first { $0.shown == stamp || $0.stamp.text == stamp }.map { note.reading.seconds(of: $0.stamp) }
    }

    @Test func seedReadsMinutesSecondsFrames() throws {
        let note = try Notes.seed()
        #expect(note.reading.mode == .minutesSecondsFrames)
        #expect(seconds(of: "02:44:11", in: note) == 164)
        #expect(seconds(of: "43:07:00", in: note) == 2587)
    }

    @Test func subsetsNoteReadsFramesAndItsShownHours() throws {
        let note = try Notes.corpus("02_")
        #expect(note.reading.mode == .minutesSecondsFrames)
        #expect(seconds(of: "0:31:39", in: note) == 1899)
        #expect(seconds(of: "0:15:52", in: note) == 952)
        #expect(!note.diagnostics.contains { $0.message.contains("does not match") })
    }

    @Test func cnnNoteReadsSeventyTwoMinutes() throws {
        #expect(seconds(of: "01:12:00", in: try Notes.corpus("08_")) == 4320)
    }

    @Test func gumloopNoteReadsHoursMinutesSeconds() throws {
        let note = try Notes.corpus("13_")
        #expect(note.reading.mode == .hoursMinutesSeconds)
        #expect(seconds(of: "0:57:00", in: note) == 3420)
    }

    @Test func transformerNoteReadsHoursMinutesSeconds() throws {
        let note = try Notes.corpus("01_")
        #expect(note.reading.mode == .hoursMinutesSeconds)
        #expect(seconds(of: "00:15:56", in: note) == 956)
    }

    @Test func shownTextThatDisagreesWithDataTIsReportedWithItsLine() throws {
        let note = try Notes.seed()
        let warning = note.diagnostics.first { $0.message.contains("[16:16:18]") }
        #expect(warning?.line == 70)
        #expect(seconds(of: "16:18:14", in: note) == 978)
    }
}
