import Foundation
import RecallKit

// In-process figures for scripts/bench.sh, measured the way Anki's
// anki_sched.py measures its own (wall clock around library calls, no
// process start-up). Prints one JSON object.
//
//   recall-perf compare N [--answer M] [--repeat R]   fresh collection: add N cards, queue, answer M, due counts
//   recall-perf collection DB [--answer M]            an existing (large) collection: first card, answer
//                                                     commit latency, stats, due counts, apkg export, peak memory
//   recall-perf make-collection N DB [--reviews-per-card R] [--from PATH]...
//                                                     a synthetic collection of N cards with a year of answers
//                                                     (scripts/make-collection.sh); prints one line, not JSON
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "compare":
        let options = Options(arguments.dropFirst())
        try print(CompareScenario(cards: options.count, answers: options.answer, repeats: options.repeats).run().json)
    case "collection":
        let options = Options(arguments.dropFirst())
        try print(CollectionScenario(path: options.path, answers: options.answer, repeats: options.repeats).run().json)
    case "make-collection":
        let options = Options(arguments.dropFirst())
        try print(MakeCollection(options).run())
    default:
        FileHandle.standardError.write(Data("usage: recall-perf compare N [--answer M] [--repeat R] | collection DB [--answer M] | make-collection N DB [--reviews-per-card R] [--from PATH]...\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("recall-perf: \(error)\n".utf8))
    exit(1)
}
