import Testing
@testable import RecallKit

@Suite struct TimestampTests {
    @Test func twoFieldsAreMinutesAndSecondsEvenPastAnHour() {
        #expect(Timestamp("72:00")?.seconds(in: .hoursMinutesSeconds) == 4320)
        #expect(Timestamp("01:27")?.seconds(in: .minutesSecondsFrames) == 87)
    }

    @Test func threeFieldsFollowTheDocumentMode() {
        let stamp = Timestamp("02:44:11")!
        #expect(stamp.seconds(in: .minutesSecondsFrames) == 164)
        #expect(stamp.seconds(in: .hoursMinutesSeconds) == 9851)
    }

    @Test func rejectsWhatIsNotAStamp() {
        #expect(Timestamp("") == nil)
        #expect(Timestamp("12") == nil)
        #expect(Timestamp("1:2:3:4") == nil)
        #expect(Timestamp("10:75") == nil)
        #expect(Timestamp("ab:cd") == nil)
        #expect(Timestamp("1234:00") == nil)
    }

    @Test func aFirstFieldAbove12MeansFrames() {
        let stamps = ["02:44:11", "43:07:00"].compactMap(Timestamp.init)
        #expect(TimestampMode.detect(stamps) == .minutesSecondsFrames)
    }

    @Test func threeStampsAllEndingInZeroMeanFrames() {
        let frames = ["01:47:00", "02:08:00", "11:00:00"].compactMap(Timestamp.init)
        #expect(TimestampMode.detect(frames) == .minutesSecondsFrames)
        let twoOnly = ["01:47:00", "02:08:00"].compactMap(Timestamp.init)
        #expect(TimestampMode.detect(twoOnly) == .hoursMinutesSeconds)
        let mixed = ["0:57:00", "0:11:14", "0:41:42"].compactMap(Timestamp.init)
        #expect(TimestampMode.detect(mixed) == .hoursMinutesSeconds)
    }

    @Test func twoFieldStampsDoNotDecideTheMode() {
        let stamps = ["72:00", "00:01:31", "00:02:08", "00:03:02"].compactMap(Timestamp.init)
        #expect(TimestampMode.detect(stamps) == .hoursMinutesSeconds)
    }
}

/// The readings PRODUCT.md §1 pins for the real notes.
@Suite struct DocumentTimestampTests {
    private func seconds(of stamp: String, in note: Note) -> Int? {
        note.anchors.first { $0.text == stamp || $0.stampText == stamp }?.seconds(in: note.timestampMode)
    }

    @Test func seedReadsMinutesSecondsFrames() throws {
        let note = try Notes.seed()
        #expect(note.timestampMode == .minutesSecondsFrames)
        #expect(seconds(of: "02:44:11", in: note) == 164)
        #expect(seconds(of: "43:07:00", in: note) == 2587)
    }

    @Test func subsetsNoteReadsFramesWhenEveryStampEndsInZero() throws {
        let note = try Notes.corpus("02_")
        #expect(note.timestampMode == .minutesSecondsFrames)
        #expect(note.anchors.first { $0.text == "0:31:39" }?.seconds(in: note.timestampMode) == 1899)
    }

    @Test func cnnNoteReadsSeventyTwoMinutes() throws {
        let note = try Notes.corpus("08_")
        #expect(note.anchors.first { $0.text == "01:12:00" }?.seconds(in: note.timestampMode) == 4320)
    }

    @Test func gumloopNoteReadsHoursMinutesSeconds() throws {
        let note = try Notes.corpus("13_")
        #expect(note.timestampMode == .hoursMinutesSeconds)
        #expect(seconds(of: "0:57:00", in: note) == 3420)
    }

    @Test func subsetsNoteReadsFifteenFiftyTwoAsSecond952() throws {
        let note = try Notes.corpus("02_")
        #expect(note.anchors.first { $0.text == "0:15:52" }?.seconds(in: note.timestampMode) == 952)
    }

    @Test func transformerNoteReadsHoursMinutesSeconds() throws {
        let note = try Notes.corpus("01_")
        #expect(note.timestampMode == .hoursMinutesSeconds)
        #expect(seconds(of: "00:15:56", in: note) == 956)
    }

    @Test func shownTextThatDisagreesWithDataTIsReportedWithItsLine() throws {
        let note = try Notes.seed()
        let warning = note.diagnostics.first { $0.message.contains("[16:16:18]") }
        #expect(warning?.line == 70)
        #expect(warning?.file.hasSuffix("progress-and-bottlenecks-in-ai-and-robotics.md") == true)
        #expect(seconds(of: "16:18:14", in: note) == 978)
    }

    @Test func shownTextInPlainHoursAgreesWithFramesDataT() throws {
        let note = try Notes.corpus("02_")
        #expect(!note.diagnostics.contains { $0.message.contains("does not match") })
    }
}
