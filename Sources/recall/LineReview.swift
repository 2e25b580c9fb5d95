import Foundation
import RecallKit

/// The review when standard input is not a terminal: for each card the
/// front, back and citation are printed, then one line is read (the same
/// words as the keys: 0–5, again/hard/good/easy, a/h/g/e, u, s, x, q). End of
/// input quits. Scripts and tests drive the same session this way.
struct LineReview {
    let session: ReviewSession

    func run() throws {
        while let shown = try session.current() {
            print(describe(shown, number: session.summary.answers + 1))
            let started = DispatchTime.now().uptimeNanoseconds
            guard let command = readCommand() else { return }
            let elapsed = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
            switch command {
            case .quit: return
            case .undo: print(try session.undo() ? "undone" : "nothing to undo")
            case .suspend:
                try session.suspend()
                print("suspended")
            case .bury:
                try session.bury()
                print("buried until tomorrow")
            case .grade(let grade):
                guard let result = try session.answer(grade, durationMs: elapsed) else { return }
                let due = result.outcome.schedule.dueDay?.isoDate ?? "-"
                var line = "answered \(grade.rawValue): due \(due) (\(result.outcome.schedule.intervalDays)d)"
                if result.redrill { line += ", again later today" }
                print(line)
                if let notice = TerminalReview.notice(for: result) { print(notice) }
            }
        }
    }

    private func describe(_ shown: SessionCard, number: Int) -> String {
        let card = shown.card
        let counts = session.counts
        let intervals = TextLayout.gradeNames.map { "\($0.1) \(TextLayout.interval(shown.intervals[$0.0] ?? 1))" }
        return """
            --- card \(number) · \(shown.kind.rawValue) · left: \(counts.new) new, \(counts.review) review, \(counts.redrill) again
            id: \(card.id)
            deck: \(card.deck)
            front: \(card.front.replacingOccurrences(of: "\n", with: " — "))
            back: \(card.back)
            claim: \(card.claim)
            source: \(card.citation.timestamp) (\(card.citation.seconds) s) \(card.citation.url ?? "no video link")\(Self.moreMoments(card))
            next: \(intervals.joined(separator: " · "))
            """
    }

    /// The moments after the cited one, one line: `also: 09:16:03 (556 s) URL; …`.
    private static func moreMoments(_ card: CardListing) -> String {
        let more = card.moments.dropFirst().map { "\($0.timestamp) (\($0.seconds) s) \($0.url ?? "no video link")" }
        return more.isEmpty ? "" : "\nalso: " + more.joined(separator: "; ")
    }

    private enum Command { case grade(Grade), undo, bury, suspend, quit }

    private func readCommand() -> Command? {
        fflush(nil) // a script waiting for the card must see it before we wait for its answer
        while let line = readLine() {
            let word = line.trimmingCharacters(in: .whitespaces).lowercased()
            switch word {
            case "q", "quit": return .quit
            case "u", "undo": return .undo
            case "s", "bury", "skip": return .bury
            case "x", "suspend": return .suspend
            case "": continue
            default:
                if let grade = Grade(key: word) { return .grade(grade) }
                print("unknown answer \"\(word)\": use 0–5, again/hard/good/easy (a/h/g/e), u, s, x or q")
            }
        }
        return nil
    }
}
