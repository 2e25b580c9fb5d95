import Foundation
import Testing

/// Where `recall export -o` and `recall stats --html` write: a regular file
/// only (through a symbolic link to its target), never over a device, fifo
/// or folder; an existing file keeps its mode and owner; `-` is standard
/// output; the extension names the format when `--format` does not.
@Suite(.serialized) struct ExportDestinationTests {
    private func seeded() throws -> (RecallProcess, URL) {
        let (recall, folder) = try RecallProcess.withFreshCollection()
        #expect(try recall.run(["generate", "seeds/"]).status == 0)
        return (recall, folder)
    }

    private func data(_ url: URL) throws -> Data { try Data(contentsOf: url) }

    private func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    @Test func aSymbolicLinkIsWrittenThroughAndStaysALink() throws {
        let (recall, folder) = try seeded()
        let out = try Collections.temporaryDirectory()
        let real = out.appendingPathComponent("real.json"), link = out.appendingPathComponent("link.json")
        try Data("old backup".utf8).write(to: real)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real.json")
        let output = try recall.run(["export", "-o", link.path])
        #expect(output.status == 0, "\(output.stderr)")
        #expect(output.stderr == "Wrote \(try Notes.seedCardCount()) cards to \(link.path).\n")
        #expect(fileType(link.path) == S_IFLNK)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real.json")
        let direct = folder.appendingPathComponent("direct.json")
        #expect(try recall.run(["export", "-o", direct.path]).status == 0)
        #expect(try data(real) == (try data(direct)))
        // A link to nothing yet makes its target.
        let dangling = out.appendingPathComponent("sheet.md")
        try FileManager.default.createSymbolicLink(atPath: dangling.path, withDestinationPath: "sheets/today.md")
        try FileManager.default.createDirectory(at: out.appendingPathComponent("sheets"), withIntermediateDirectories: true)
        #expect(try recall.run(["export", "-o", dangling.path]).status == 0)
        #expect(fileType(dangling.path) == S_IFLNK)
        #expect(String(decoding: try data(out.appendingPathComponent("sheets/today.md")), as: UTF8.self).hasPrefix("# redpointai::"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["link.json", "real.json", "sheet.md", "sheets"])
    }

    @Test func devicesFifosAndFoldersAreRefusedUntouched() throws {
        let (recall, _) = try seeded()
        let out = try Collections.temporaryDirectory()
        let fifo = out.appendingPathComponent("pipe.md").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let folder = out.appendingPathComponent("folder.md")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("inside"), withIntermediateDirectories: true)
        // Links to system devices: were they written over, only the links would go.
        let null = out.appendingPathComponent("null.md").path
        try FileManager.default.createSymbolicLink(atPath: null, withDestinationPath: "/dev/null")
        let stdout = out.appendingPathComponent("stdout.md").path
        try FileManager.default.createSymbolicLink(atPath: stdout, withDestinationPath: "/dev/stdout")
        let before = try FolderState(out)
        let refusals: [(String, String)] = [
            (fifo, "a named pipe (fifo)"), (folder.path, "a folder"), (null, "a device"), (stdout, "a named pipe (fifo)"),
        ]
        for (path, kind) in refusals {
            for command in [["export", "-o", path], ["stats", "--html", path]] {
                let output = try recall.run(command)
                #expect(output.status == 1, "\(command)")
                #expect(output.stderr == "recall: error: cannot write \(path): it is \(kind), not a regular file "
                    + "(nothing was written; - writes to standard output)\n", "\(command)")
            }
        }
        #expect(try FolderState(out) == before)
        #expect(fileType(fifo) == S_IFIFO && fileType(null) == S_IFLNK && fileType(stdout) == S_IFLNK)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["inside"])
        #expect(fileType("/dev/null") == S_IFCHR)
    }

    @Test func anExistingFileKeepsItsModeAndOwner() throws {
        let (recall, _) = try seeded()
        let out = try Collections.temporaryDirectory()
        let backup = out.appendingPathComponent("backup.json").path, report = out.appendingPathComponent("report.html").path
        let owner: (uid_t, gid_t) = geteuid() == 0 ? (65534, 65534) : (geteuid(), getegid())
        for (path, mode) in [(backup, mode_t(0o600)), (report, mode_t(0o640))] {
            try Data("old".utf8).write(to: URL(fileURLWithPath: path))
            #expect(chmod(path, mode) == 0)
            #expect(chown(path, owner.0, owner.1) == 0)
        }
        #expect(try recall.run(["export", "-o", backup]).status == 0)
        #expect(try recall.run(["stats", "--html", report]).status == 0)
        for (path, mode) in [(backup, mode_t(0o600)), (report, mode_t(0o640))] {
            var info = stat()
            #expect(stat(path, &info) == 0)
            #expect(info.st_mode & 0o7777 == mode, "\(path)")
            #expect(info.st_uid == owner.0 && info.st_gid == owner.1, "\(path)")
            #expect(try data(URL(fileURLWithPath: path)).count > 1000)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["backup.json", "report.html"])
    }

    @Test func aDashWritesToStandardOutput() throws {
        let (recall, folder) = try seeded()
        let cards = try Notes.seedCardCount()
        let stray = Fixture.repositoryRoot.appendingPathComponent("-")
        defer { try? FileManager.default.removeItem(at: stray) }
        for format in ["json", "md", "tsv"] {
            let file = folder.appendingPathComponent("deck.\(format)")
            #expect(try recall.run(["export", "-o", file.path]).status == 0)
            let output = try recall.run(["export", "--format", format, "-o", "-"])
            #expect(output.status == 0)
            #expect(output.stderr == "Wrote \(cards) cards to standard output.\n")
            #expect(Data(output.stdout.utf8) == (try data(file)), "\(format)")
        }
        let report = folder.appendingPathComponent("report.html")
        #expect(try recall.run(["stats", "--html", report.path]).status == 0)
        let page = try recall.run(["stats", "--html", "-"])
        #expect(page.status == 0)
        #expect(Data(page.stdout.utf8) == (try data(report)))
        #expect(!FileManager.default.fileExists(atPath: stray.path))
    }

    @Test func theFormatComesFromTheExtension() throws {
        let (recall, folder) = try seeded()
        let starts = ["deck.apkg": "PK", "deck.TSV": "#separator:tab", "deck.csv": "#separator:comma",
                      "deck.json": "{\n  \"cards\" : [", "deck.md": "# redpointai::"]
        for (name, start) in starts {
            let output = try recall.run(["export", "-o", folder.appendingPathComponent(name).path])
            #expect(output.status == 0, "\(name): \(output.stderr)")
            #expect(String(decoding: try data(folder.appendingPathComponent(name)).prefix(start.utf8.count), as: UTF8.self) == start)
        }
        let unknown = folder.appendingPathComponent("deck.txt").path
        let refused = try recall.run(["export", "-o", unknown])
        #expect(refused.status == 2)
        #expect(refused.stderr.hasPrefix("recall: error: cannot tell the format of \(unknown) from its extension; "
            + "name the file .apkg, .tsv, .csv, .json or .md, or give --format\n"))
        #expect(!FileManager.default.fileExists(atPath: unknown))
        let dash = try recall.run(["export", "-o", "-"])
        #expect(dash.status == 2)
        #expect(dash.stderr.hasPrefix("recall: error: -o - (standard output) needs --format apkg|tsv|csv|json|md\n"))
        let given = folder.appendingPathComponent("cards.txt")
        #expect(try recall.run(["export", "--format", "tsv", "-o", given.path]).status == 0)
        #expect(String(decoding: try data(given).prefix(14), as: UTF8.self) == "#separator:tab")
    }
}
