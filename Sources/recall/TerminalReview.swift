import Foundation
import RecallKit

/// The review on a terminal: one key per action, the screen redrawn per
/// card, to the terminal's size at every key (and when it is resized).
struct TerminalReview {
    let session: ReviewSession
    let style: Style
    let links: Bool
    /// Shown on the first card (the seeds just generated, say).
    var firstNotice: String? = nil

    func run() throws {
        RawTerminal.enable()
        Terminal.standardOutput.write(Screen.enter)
        defer {
            Terminal.standardOutput.write(Screen.leave)
            RawTerminal.restore()
        }
        var notice = firstNotice
        while let shown = try session.current() {
            let started = DispatchTime.now().uptimeNanoseconds
            var action = waitForReveal(shown, notice: notice)
            notice = nil
            if action == .reveal { action = waitForGrade(shown) }
            switch action {
            case .reveal: continue
            case .quit: return
            case .grade(let grade):
                let elapsed = Int((DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
                if let result = try session.answer(grade, durationMs: elapsed) { notice = Self.notice(for: result) }
            case .undo:
                notice = try Self.undoNotice(session.undoLast())
            case .bury:
                try session.bury()
                notice = "Buried until tomorrow (u to undo)."
            case .suspend:
                try session.suspend()
                notice = "Suspended: out of review until you unsuspend it (u to undo; recall unsuspend \(shown.card.id))."
            case .edit:
                notice = try edit(shown)
            }
        }
    }

    /// Opens the card in the learner's editor, the review screen left while
    /// it runs; what was changed, or why not, as a notice.
    private func edit(_ shown: SessionCard) throws -> String {
        Terminal.standardOutput.write(Screen.leave)
        RawTerminal.restore()
        defer {
            RawTerminal.enable()
            Terminal.standardOutput.write(Screen.enter)
        }
        let edited: (front: String, back: String)?
        do {
            let text = try session.shownText()
            edited = try EditorFile.edit(id: shown.card.id, front: text.front, back: text.back)
        } catch let failure as CommandFailure {
            return failure.message
        }
        guard let edited else { return "The file was left unchanged or emptied: nothing changed." }
        let changes = try session.edit(front: edited.front, back: edited.back)
        return changes.first.map { $0.changed ? "\($0.line) (recall edit \(shown.card.id) --generated restores it)" : $0.line }
            ?? "Nothing changed."
    }

    static func undoNotice(_ undone: ReviewSession.Undone?) -> String {
        switch undone {
        case .answer: "Last answer undone."
        case .bury: "Bury undone: the card is back in today's review."
        case .suspend: "Suspension undone: the card is back in today's review."
        case nil: "Nothing to undo."
        }
    }

    static func notice(for result: AnswerResult) -> String? {
        guard result.outcome.becameLeech else { return nil }
        let link = result.card.citation.url.map { " Re-watch the moment: \($0)" } ?? ""
        return "This card became a leech (\(result.outcome.schedule.lapses) lapses) and is suspended.\(link)"
    }

    /// What the learner asked for on a card.
    private enum Action: Equatable { case reveal, grade(Grade), undo, bury, suspend, edit, quit }

    /// The keys both sides of a card take.
    private func common(_ key: RawTerminal.Key) -> Action? {
        switch key {
        case .interrupt, .end, .character("q"), .character("Q"): .quit
        case .character("u"): .undo
        case .character("s"): .bury
        case .character("x"): .suspend
        case .character("E"): .edit
        default: nil
        }
    }

    /// The screen for the terminal's size now.
    private func screen() -> ReviewScreen {
        let size = Terminal.size(Terminal.standardOutput) ?? (80, 24)
        return ReviewScreen(width: max(20, min(size.columns, 100)), height: max(8, size.rows), style: style, links: links)
    }

    /// Draws the card (scrolled by `scroll`) and returns how far it can scroll and a page.
    private func draw(_ shown: SessionCard, revealed: Bool, notice: String?, scroll: inout Int) -> Int {
        let frame = screen().render(shown, counts: session.counts, revealed: revealed, notice: notice, scroll: scroll)
        scroll = min(scroll, frame.maxScroll)
        Terminal.standardOutput.write(frame.text)
        return frame.page
    }

    /// Moves `scroll` for a scrolling key; false for any other key.
    private func scrolled(_ key: RawTerminal.Key, _ scroll: inout Int, page: Int) -> Bool {
        switch key {
        case .down, .character("j"): scroll += 1
        case .up, .character("k"): scroll = max(0, scroll - 1)
        case .pageDown: scroll += max(1, page - 1)
        case .pageUp: scroll = max(0, scroll - max(1, page - 1))
        case .resize: break
        default: return false
        }
        return true
    }

    private func waitForReveal(_ shown: SessionCard, notice: String?) -> Action {
        var scroll = 0
        while true {
            let page = draw(shown, revealed: false, notice: notice, scroll: &scroll)
            let key = RawTerminal.readKey()
            if scrolled(key, &scroll, page: page) { continue }
            if key == .space || key == .enter { return .reveal }
            if let action = common(key) { return action }
        }
    }

    private func waitForGrade(_ shown: SessionCard) -> Action {
        var scroll = 0
        var notice: String?
        while true {
            let page = draw(shown, revealed: true, notice: notice, scroll: &scroll)
            let key = RawTerminal.readKey()
            if scrolled(key, &scroll, page: page) { continue }
            if let action = common(key) { return action }
            switch key {
            case .character("o"): notice = MomentOpener.open(shown.card.citation)
            case .character(let key):
                if let grade = Grade(key: String(key)) { return .grade(grade) }
            default: continue
            }
        }
    }
}
