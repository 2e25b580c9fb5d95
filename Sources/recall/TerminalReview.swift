import Foundation
import RecallKit

/// The review on a terminal: one key per action, the screen redrawn per card.
struct TerminalReview {
    let session: ReviewSession
    let style: Style
    let links: Bool

    func run() throws {
        RawTerminal.enable()
        Terminal.standardOutput.write(Screen.enter)
        defer {
            Terminal.standardOutput.write(Screen.leave)
            RawTerminal.restore()
        }
        var notice: String?
        while let shown = try session.current() {
            let width = max(40, min(Terminal.width(Terminal.standardOutput) ?? 80, 100))
            let screen = ReviewScreen(width: width, style: style, links: links)
            let started = DispatchTime.now().uptimeNanoseconds
            draw(screen.render(shown, counts: session.counts, revealed: false, notice: notice))
            notice = nil
            switch waitForReveal() {
            case .quit: return
            case .undo:
                notice = try session.undo() ? "Last answer undone." : "Nothing to undo."
                continue
            case .bury:
                try session.bury()
                notice = "Buried until tomorrow (u to undo)."
                continue
            case .reveal: break
            }
            draw(screen.render(shown, counts: session.counts, revealed: true, notice: nil))
            guard let action = waitForGrade() else { return }
            switch action {
            case .grade(let grade):
                let elapsed = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
                if let result = try session.answer(grade, durationMs: elapsed) { notice = Self.notice(for: result) }
            case .undo:
                notice = try session.undo() ? "Last answer undone." : "Nothing to undo."
            case .bury:
                try session.bury()
                notice = "Buried until tomorrow (u to undo)."
            }
        }
    }

    static func notice(for result: AnswerResult) -> String? {
        guard result.outcome.becameLeech else { return nil }
        let link = result.card.citation.url.map { " Re-watch the moment: \($0)" } ?? ""
        return "This card became a leech (\(result.outcome.schedule.lapses) lapses) and is suspended.\(link)"
    }

    private enum Reveal { case reveal, undo, bury, quit }
    private enum Action { case grade(Grade), undo, bury }

    private func waitForReveal() -> Reveal {
        while true {
            switch RawTerminal.readKey() {
            case .space, .enter: return .reveal
            case .interrupt, .end: return .quit
            case .character("q"), .character("Q"): return .quit
            case .character("u"): return .undo
            case .character("s"): return .bury
            default: continue
            }
        }
    }

    private func waitForGrade() -> Action? {
        while true {
            switch RawTerminal.readKey() {
            case .interrupt, .end: return nil
            case .character("q"), .character("Q"): return nil
            case .character("u"): return .undo
            case .character("s"): return .bury
            case .character(let key):
                if let grade = Grade(key: String(key)) { return .grade(grade) }
            default: continue
            }
        }
    }

    private func draw(_ text: String) { Terminal.standardOutput.write(text) }
}
