/// Turns a note's claims into cards: every form offers candidates for each
/// claim, the best that passes the card rules and is no twin is kept, and
/// each card gets its context line, moments, siblings and id.
/// Deterministic: the same note always gives the same cards.
public struct CardGenerator {
    private let note: Note
    private let source: String
    private let vocabulary: NoteVocabulary
    private var lexicon: Lexicon { vocabulary.lexicon }

    public init(note: Note, source: String, lexicon: Lexicon = .english) {
        self.note = note
        self.source = source
        vocabulary = NoteVocabulary(note: note, lexicon: lexicon)
    }

    public static func generate(_ note: Note, source: String) -> [CardDraft] {
        CardGenerator(note: note, source: source).cards(for: ClaimExtractor.claims(of: note))
    }

    /// A card chosen for a claim, before it has its id.
    private struct Choice {
        let claim: Claim
        let candidate: CardCandidate
        var front: String
        /// Claims just after it in its paragraph that made no card of their
        /// own, shown after it on the front: their moments join the card's.
        var following: [Claim] = []
    }

    public func cards(for claims: [Claim]) -> [CardDraft] {
        var twins = TwinFilter()
        var choices: [Choice] = []
        var lastWithCard: Int?
        for claim in claims {
            // A sentence before the claim that made no card of its own is
            // shown with it, so the card carries its moments too.
            let previousBare = claim.context.previous.map { previous in
                claim.context.previousInBlock && claim.ordinal > 0 && claims[claim.ordinal - 1].text == previous.text && lastWithCard != claim.ordinal - 1
                    && Word.words(of: previous.text).count <= Self.longestContext
            } ?? false
            if let choice = (previousBare ? choose(for: claim, showingPrevious: true, twins: &twins) : nil)
                ?? choose(for: claim, showingPrevious: false, twins: &twins) {
                choices.append(choice)
                lastWithCard = claim.ordinal
            }
        }
        attachFollowing(claims, to: &choices)
        let siblings = SiblingGroups(choices.map { ($0.claim, $0.candidate.showsPrevious) }, claims: claims)
        var ids: [String: Int] = [:]
        return choices.map { draft($0, sibling: siblings.key(of: $0.claim), ids: &ids) }
    }

    /// The longest sentence shown with a claim it does not belong to, in words.
    static let longestContext = 40
    /// At most this many sentences follow a cloze on its front.
    static let mostFollowing = 2

    /// Shows each claim that made no card after the cloze of the claim just
    /// before it in the same paragraph, when the front still passes the card rules.
    private func attachFollowing(_ claims: [Claim], to choices: inout [Choice]) {
        var holder: [Int: Int] = [:] // claim ordinal → index of the choice whose front shows it
        for (index, choice) in choices.enumerated() { holder[choice.claim.ordinal] = index }
        for claim in claims where holder[claim.ordinal] == nil && claim.ordinal > 0 {
            guard claim.context.previousInBlock, claim.context.previous?.text == claims[claim.ordinal - 1].text,
                  let index = holder[claim.ordinal - 1], choices[index].candidate.form.name == CardForm.cloze.name,
                  choices[index].following.count < Self.mostFollowing,
                  Word.words(of: claim.text).count <= Self.longestContext else { continue }
            let front = choices[index].front + " " + claim.text
            let card = CardCase(form: CardForm.cloze.name, front: front, back: choices[index].candidate.answer,
                                leadIn: nil, lexicon: lexicon)
            guard Rule.firstRejecting(CardRules.all, card) == nil else { continue }
            choices[index].front = front
            choices[index].following.append(claim)
            holder[claim.ordinal] = index
        }
    }

    /// The best candidate of the claim that passes the card rules and is no twin.
    private func choose(for claim: Claim, showingPrevious: Bool, twins: inout TwinFilter) -> Choice? {
        for candidate in candidates(for: claim, showingPrevious: showingPrevious) where candidate.score >= Score.minimum {
            guard case .success(let front) = check(candidate, claim: claim),
                  twins.admit(front: front, back: candidate.answer) else { continue }
            return Choice(claim: claim, candidate: candidate, front: front)
        }
        return nil
    }

    /// The candidate's front when it passes the card rules, else why not.
    func check(_ candidate: CardCandidate, claim: Claim) -> Result<String, Rejection> {
        guard let front = front(for: candidate, claim: claim) else { return .failure(Rejection("not the topic")) }
        let card = CardCase(form: candidate.form.name, front: front, back: candidate.answer, leadIn: candidate.leadIn,
                            lexicon: lexicon)
        if let rule = Rule.firstRejecting(CardRules.all, card) { return .failure(Rejection(rule.name)) }
        return .success(front)
    }

    /// The name of the rule that rejected a candidate.
    struct Rejection: Error {
        let rule: String
        init(_ rule: String) { self.rule = rule }
    }

    /// Every form's candidates for the claim, best first (the earliest of equals).
    func candidates(for claim: Claim, showingPrevious: Bool = false) -> [CardCandidate] {
        let input = FormInput(claim: claim, vocabulary: vocabulary, topic: topic(of: claim), showsPrevious: showingPrevious)
        let all = CardForm.all.flatMap { $0.make(input) }
        return all.enumerated().sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }.map(\.element)
    }

    /// Base forms of the content words of the title and the claim's headings.
    func topic(of claim: Claim) -> Set<String> {
        let words = ([note.title] + claim.section).flatMap(Word.words(of:))
        return Set(words.filter { !FunctionWords.contains($0.key) }.map { lexicon.stem($0.key) }).union(vocabulary.subject)
    }

    /// The front: the richest context line that does not give the answer
    /// away (`Title › Section`, `Title › Parent`, `Title`), then the body.
    /// Nil when even the title gives it away: the answer is the video's topic.
    private func front(for candidate: CardCandidate, claim: Claim) -> String? {
        let answer = Word.words(of: candidate.answer)
        let check = LeakCheck(lexicon: lexicon)
        let line = contextLines(claim.section).first { !check.leaks(answer: answer, front: Word.words(of: $0)) }
        return line.map { "\($0)\n\(candidate.body)" }
    }

    private func contextLines(_ section: [String]) -> [String] {
        let headings = section.filter { $0 != note.title }
        var lines: [String] = []
        if let deepest = headings.last { lines.append("\(note.title) › \(deepest)") }
        if headings.count >= 2 { lines.append("\(note.title) › \(headings[headings.count - 2])") }
        lines.append(note.title)
        return lines
    }

    private func draft(_ choice: Choice, sibling: Int, ids: inout [String: Int]) -> CardDraft {
        let claim = choice.claim, candidate = choice.candidate
        var moments = claim.moments
        let shown = (candidate.showsPrevious ? claim.context.previousMoments : []) + choice.following.flatMap(\.moments)
        for moment in shown where !moments.contains(where: { $0.seconds == moment.seconds }) { moments.append(moment) }
        let base = CardIdentity.id(source: source, section: claim.section, seconds: moments[0].seconds,
                                   kind: candidate.form.kind, answer: candidate.answer)
        let occurrence = ids[base, default: 0]
        ids[base] = occurrence + 1
        let id = occurrence == 0 ? base : CardIdentity.id(source: source, section: claim.section,
            seconds: moments[0].seconds, kind: candidate.form.kind, answer: candidate.answer, occurrence: occurrence)
        return CardDraft(id: id, kind: candidate.form.kind, front: choice.front, back: candidate.answer,
                         claim: claimText(claim), section: claim.section, moments: moments, tags: tags(claim),
                         sibling: "\(source)#\(sibling)", ordinal: claim.ordinal, line: claim.line,
                         score: candidate.score)
    }

    private func claimText(_ claim: Claim) -> String {
        if case .tableCell(let row, let column, _) = claim.shape { return "\(row) — \(column): \(claim.text)" }
        return claim.text
    }

    private func tags(_ claim: Claim) -> [String] {
        [note.channel, claim.section.last].compactMap { $0.map(Self.tag) }
    }

    /// Anki-safe tag: words joined by `_`, no spaces or `::`.
    static func tag(_ text: String) -> String {
        Word.words(of: text).map(\.text).joined(separator: "_")
    }
}

/// Which chosen cards are siblings: those of one claim or one list, and a
/// card with the card of the sentence its front shows.
struct SiblingGroups {
    private var parent: [Int: Int] = [:]

    init(_ chosen: [(claim: Claim, showsPrevious: Bool)], claims: [Claim]) {
        var byGroup: [String: Int] = [:]
        for (claim, showsPrevious) in chosen {
            if let group = claim.group {
                if let first = byGroup[group] { union(first, claim.ordinal) } else { byGroup[group] = claim.ordinal }
            }
            if showsPrevious, let previous = claim.context.previous,
               let before = claims.last(where: { $0.ordinal < claim.ordinal && $0.text == previous.text }) {
                union(before.ordinal, claim.ordinal)
            }
        }
    }

    /// The key shared by a claim's siblings: the first claim of its group.
    func key(of claim: Claim) -> Int { find(claim.ordinal) }

    private func find(_ ordinal: Int) -> Int {
        var current = ordinal
        while let next = parent[current], next != current { current = next }
        return current
    }

    private mutating func union(_ a: Int, _ b: Int) {
        let (rootA, rootB) = (find(a), find(b))
        if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
    }
}
