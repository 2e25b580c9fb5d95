import Foundation
import RecallKit

// In-process benchmarks for figures a process start-up would blur.
// Usage: recall-bench parse FILE... [--repeat N]
//        recall-bench dump FILE...   (everything the pipeline produces, to diff two builds)
//        recall-bench explain|coverage|uncovered|cards|stages FILE..., lex WORD...
let arguments = Array(CommandLine.arguments.dropFirst())
let commands: [String: ([String]) -> Void] = [
    "dump": Dump.run, "stages": Stages.run, "uncovered": Uncovered.run, "lex": Lex.run,
    "coverage": Coverage.run, "cards": CardDump.run, "explain": Explain.run,
]
if let name = arguments.first, let command = commands[name] {
    command(Array(arguments.dropFirst()))
    exit(0)
}
guard arguments.first == "parse" else {
    print("usage: recall-bench parse FILE... [--repeat N] | \(commands.keys.sorted().map { "\($0) ARGS..." }.joined(separator: " | "))")
    exit(2)
}
var files: [String] = []
var repeats = 1
var index = 1
while index < arguments.count {
    if arguments[index] == "--repeat", index + 1 < arguments.count {
        repeats = Int(arguments[index + 1]) ?? 1
        index += 2
    } else {
        files.append(arguments[index])
        index += 1
    }
}
let notes = files.map { (path: $0, bytes: [UInt8](FileManager.default.contents(atPath: $0) ?? Data())) }
let totalBytes = notes.reduce(0) { $0 + $1.bytes.count } * repeats
var cards = 0
let start = DispatchTime.now().uptimeNanoseconds
for _ in 0..<repeats {
    for note in notes {
        if let prepared = try? PreparedNote(bytes: note.bytes, file: note.path) { cards += prepared.cards.count }
    }
}
let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
let parseStart = DispatchTime.now().uptimeNanoseconds
var claims = 0
for _ in 0..<repeats {
    for note in notes {
        if let parsed = try? NoteParser.parse(bytes: note.bytes, file: note.path) { claims += ClaimExtractor.claims(of: parsed).count }
    }
}
let parseSeconds = Double(DispatchTime.now().uptimeNanoseconds - parseStart) / 1e9
print(String(format: "parse alone: %.1f MB/s (%d claims)", Double(totalBytes) / 1_000_000 / parseSeconds, claims))
let megabytes = Double(totalBytes) / 1_000_000
print(String(format: "parse+generate: %.2f MB in %.3f s = %.1f MB/s, %d cards (%.0f cards/s), one core",
             megabytes, seconds, megabytes / seconds, cards, Double(cards) / seconds))
