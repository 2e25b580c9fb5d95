import Foundation
import Testing
@testable import RecallKit

@Suite struct AtomicFileTests {
    private func entries(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func aMissingFolderIsNamedAndNothingIsWritten() throws {
        let folder = try Collections.temporaryDirectory()
        let path = folder.appendingPathComponent("missing/deck.apkg").path
        #expect(throws: ExportError.missingFolder(path: path, folder: folder.appendingPathComponent("missing").path)) {
            try CollectionExport.write(.apkg, from: try ExportFixtures.seeded(), to: path, clock: ExportFixtures.clock)
        }
        #expect(try entries(folder).isEmpty)
        #expect("\(ExportError.missingFolder(path: "a/b.tsv", folder: "a"))" == "cannot write a/b.tsv: the folder a does not exist (nothing was written)")
    }

    @Test func aFailedRenameLeavesNoTemporaryFile() throws {
        let folder = try Collections.temporaryDirectory()
        let target = folder.appendingPathComponent("taken")
        try FileManager.default.createDirectory(at: target.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: ExportError.self) {
            try CollectionExport.write(.tsv, from: try ExportFixtures.seeded(), to: target.path, clock: ExportFixtures.clock)
        }
        #expect(try entries(folder) == ["taken"])
        #expect(try entries(target) == ["inside"])
    }

    @Test func aFailingWriterLeavesNeitherFileNorTemporary() throws {
        let folder = try Collections.temporaryDirectory()
        let path = folder.appendingPathComponent("out.json").path
        struct Boom: Error {}
        #expect(throws: ExportError.cannotWrite(path: path, reason: "half written")) {
            try AtomicFile.write(to: path) { temporary in
                try Data("half".utf8).write(to: temporary)
                throw ExportError.cannotWrite(path: path, reason: "half written")
            }
        }
        #expect(try entries(folder).isEmpty)
    }

    @Test func anExistingFileIsReplacedWhole() throws {
        let folder = try Collections.temporaryDirectory()
        let path = folder.appendingPathComponent("out.txt").path
        try AtomicFile.write(Data("old and longer".utf8), to: path)
        try AtomicFile.write(Data("new".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(try entries(folder) == ["out.txt"])
    }

    @Test func aParentThatIsAFileIsNamed() throws {
        let folder = try Collections.temporaryDirectory()
        let file = folder.appendingPathComponent("plain")
        try Data().write(to: file)
        let path = file.appendingPathComponent("deck.md").path
        #expect(throws: ExportError.cannotWrite(path: path, reason: "\(file.path) is a file, not a folder")) {
            try AtomicFile.write(Data("x".utf8), to: path)
        }
    }

    @Test func aLinkIsWrittenThroughAndAReplacedFileKeepsItsMode() throws {
        let folder = try Collections.temporaryDirectory()
        let real = folder.appendingPathComponent("real.txt").path, link = folder.appendingPathComponent("link.txt").path
        try AtomicFile.write(Data("old".utf8), to: real)
        #expect(chmod(real, 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.txt")
        try AtomicFile.write(Data("new".utf8), to: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.txt")
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "new")
        var info = stat()
        #expect(stat(real, &info) == 0 && info.st_mode & 0o7777 == 0o600)
        #expect(try entries(folder) == ["link.txt", "real.txt"])
    }

    @Test func whatIsNotARegularFileIsRefusedUntouched() throws {
        let folder = try Collections.temporaryDirectory()
        let fifo = folder.appendingPathComponent("fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: ExportError.notARegularFile(path: fifo, kind: "a named pipe (fifo)")) {
            try AtomicFile.write(Data("x".utf8), to: fifo)
        }
        #expect(throws: ExportError.notARegularFile(path: folder.path, kind: "a folder")) {
            try AtomicFile.write(Data("x".utf8), to: folder.path)
        }
        #expect(throws: ExportError.notARegularFile(path: "/dev/null", kind: "a device")) {
            try AtomicFile.write(Data("x".utf8), to: "/dev/null")
        }
        #expect(try entries(folder) == ["fifo"])
        #expect("\(ExportError.notARegularFile(path: "/dev/null", kind: "a device"))"
            == "cannot write /dev/null: it is a device, not a regular file (nothing was written; - writes to standard output)")
    }
}
