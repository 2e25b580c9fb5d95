/// Turns a note's claims into cards: every form offers candidates for each
/// claim, the best that passes the card rules and is no twin is kept, and
/// each card gets its context line, moments, siblings and id.
/// Deterministic: the same note always gives the same cards.
public struct CardGenerator {
    private let note: Note
    private let source: String
    private let vocabulary: NoteVocabulary
    /// What the cards of each section share, by heading path.
    private let sections: [[String]: SectionContext]
    private var lexicon: Lexicon { vocabulary.lexicon }

    public init(note: Note, source: String, sentences: NoteSentences, lexicon: Lexicon = .english) {
        self.note = note
        self.source = source
        let vocabulary = NoteVocabulary(note: note, sentences: sentences, lexicon: lexicon)
        self.vocabulary = vocabulary
        var sections: [[String]: SectionContext] = [:]
        for block in note.blocks where sections[block.section] == nil {
            sections[block.section] = SectionContext(title: note.title, section: block.section, vocabulary: vocabulary)
        }
        self.sections = sections
    }

    /// A section's topic and the context lines its cards may open with.
    struct SectionContext: Sendable {
        /// Base forms of the words of the title and the headings, and of what the whole note is about.
        let topic: Set<String>
        /// `Title › Section`, `Title › Parent`, `Title`, richest first, with their words.
        let lines: [(text: String, words: [Word])]

        init(title: String, section: [String], vocabulary: NoteVocabulary) {
            let lexicon = vocabulary.lexicon
            let words = ([title] + section).flatMap(Word.words(of:))
            let stems = Set(words.filter { !FunctionWords.contains($0.key) }.map { $0.facts.stem }).union(vocabulary.subject)
            topic = topicKeys(stems, lexicon: lexicon)
            let headings = section.filter { $0 != title }
            var lines: [String] = []
            if let deepest = headings.last { lines.append("\(title) › \(deepest)") }
            if headings.count >= 2 { lines.append("\(title) › \(headings[headings.count - 2])") }
            lines.append(title)
            self.lines = lines.map { ($0, Word.words(of: $0)) }
        }
    }

    func section(of claim: Claim) -> SectionContext {
        sections[claim.section] ?? SectionContext(title: note.title, section: claim.section, vocabulary: vocabulary)
    }

    /// What the forms read of a claim, read once.
    func input(for claim: Claim) -> FormInput {
        FormInput(claim: claim, vocabulary: vocabulary, topic: section(of: claim).topic)
    }

    public static func generate(_ note: Note, source: String) -> [CardDraft] {
        let (claims, sentences) = ClaimExtractor.read(note)
        return CardGenerator(note: note, source: source, sentences: sentences).cards(for: claims)
    }

    /// A card chosen for a claim, before it has its id.
    private struct Choice {
        let claim: Claim
        let candidate: CardCandidate
        var front: String
        var frontWords: [Word]
        /// Claims just after it in its paragraph that made no card of their
        /// own, shown after it on the front: their moments join the card's.
        var following: [Claim] = []
    }

    public func cards(for claims: [Claim]) -> [CardDraft] {
        var twins = TwinFilter()
        var choices: [Choice] = []
        var lastWithCard: Int?
        for claim in claims {
            let input = self.input(for: claim)
            // A sentence before the claim that made no card of its own is
            // shown with it, so the card carries its moments too.
            let previousBare = claim.context.previous.map { previous in
                guard claim.context.previousInBlock, claim.ordinal > 0, claims[claim.ordinal - 1].text == previous.text,
                      lastWithCard != claim.ordinal - 1 else { return false }
                let words = vocabulary.words(of: previous.text)
                return words.count <= Self.longestContext
                    && !FunctionWords.refersBack(words.map(\.text)) // it would need its own antecedent
            } ?? false
            if let choice = (previousBare ? choose(for: input, showingPrevious: true, twins: &twins) : nil)
                ?? choose(for: input, showingPrevious: false, twins: &twins) {
                choices.append(choice)
                lastWithCard = claim.ordinal
            }
        }
        attachFollowing(claims, to: &choices)
        let (kept, shown) = spoilers(choices, claims: claims)
        // A sentence shown after a cloze joins its card's group, so a card whose answer it states is a sibling too.
        let following = kept.flatMap { choice in choice.following.map { (choice.claim.ordinal, $0.ordinal) } }
        let siblings = SiblingGroups(kept.map { ($0.claim, $0.candidate.showsPrevious) }, claims: claims,
                                     showing: shown + following)
        var ids: [String: Int] = [:]
        return kept.map { draft($0, sibling: siblings.key(of: $0.claim), ids: &ids) }
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
                  vocabulary.words(of: claim.text).count <= Self.longestContext else { continue }
            let front = choices[index].front + " " + claim.text
            let words = choices[index].frontWords + vocabulary.words(of: claim.text)
            let card = CardCase(form: CardForm.cloze.name, front: front, back: choices[index].candidate.answer,
                                leadIn: nil, lexicon: lexicon, frontWords: words)
            guard Rule.firstRejecting(CardRules.all, card) == nil else { continue }
            choices[index].front = front
            choices[index].frontWords = words
            choices[index].following.append(claim)
            holder[claim.ordinal] = index
        }
    }

    /// Cards whose whole answer other claims of the note show. An answer that
    /// three other claims or more say is what the note keeps talking about,
    /// no fact to recall: its card goes. One that fewer other claims say
    /// makes the cards siblings, so one session never shows both. A list
    /// card goes when a label question asks for one of its items.
    private func spoilers(_ choices: [Choice], claims: [Claim]) -> (kept: [Choice], siblings: [(Int, Int)]) {
        let check = LeakCheck(lexicon: lexicon)
        let claimWords = claims.map { vocabulary.words(of: $0.text) }
        let kin = claimWords.map { check.kinship(of: $0) }
        let questions = Set(choices.filter { $0.candidate.form.name == CardForm.labelQuestion.name }.map(\.candidate.answer))
        var kept: [Choice] = [], siblings: [(Int, Int)] = []
        for choice in choices {
            let ordinal = choice.claim.ordinal
            if choice.candidate.form.name == CardForm.listRecall.name,
               choice.candidate.answer.components(separatedBy: "; ").contains(where: questions.contains) { continue }
            let answer = Word.words(of: choice.candidate.answer)
            let showing = claims.indices.filter { index in
                let other = claims[index]
                // A list claim holds its items, and a claim of the same list is a sibling already.
                if case .list = other.shape { return false }
                if other.group != nil, other.group == choice.claim.group { return false }
                return index != ordinal && other.text != choice.claim.text
                    && check.showsAll(of: answer, frontKin: kin[index])
            }
            if showing.count >= Self.mostShowing { continue }
            kept.append(choice)
            siblings += showing.map { (ordinal, $0) }
        }
        return (kept, siblings)
    }

    /// An answer said by this many other claims of the note is its subject.
    static let mostShowing = 3

    /// The best candidate of the claim that passes the card rules and is no twin.
    private func choose(for input: FormInput, showingPrevious: Bool, twins: inout TwinFilter) -> Choice? {
        let claim = input.claim
        for candidate in candidates(for: input, showingPrevious: showingPrevious) where candidate.score >= Score.minimum {
            guard case .success(let front) = check(candidate, claim: claim),
                  twins.admit(front: front.words, back: candidate.answer) else { continue }
            return Choice(claim: claim, candidate: candidate, front: front.text, frontWords: front.words)
        }
        return nil
    }

    /// The candidate's front when it passes the card rules, else why not.
    func check(_ candidate: CardCandidate, claim: Claim) -> Result<(text: String, words: [Word]), Rejection> {
        guard let front = front(for: candidate, claim: claim) else { return .failure(Rejection("not the topic")) }
        let card = CardCase(form: candidate.form.name, front: front.text, back: candidate.answer, leadIn: candidate.leadIn,
                            lexicon: lexicon, frontWords: front.words)
        if let rule = Rule.firstRejecting(CardRules.all, card) { return .failure(Rejection(rule.name)) }
        return .success(front)
    }

    /// The name of the rule that rejected a candidate.
    struct Rejection: Error {
        let rule: String
        init(_ rule: String) { self.rule = rule }
    }

    /// Every form's candidates for the claim, best first (the earliest of equals).
    func candidates(for input: FormInput, showingPrevious: Bool = false) -> [CardCandidate] {
        var input = input
        input.showsPrevious = showingPrevious
        let all = CardForm.all.flatMap { $0.make(input) }
        return all.enumerated().sorted { ($0.element.score, -$0.offset) > ($1.element.score, -$1.offset) }.map(\.element)
    }

    /// The front: the richest context line that does not give the answer
    /// away (`Title › Section`, `Title › Parent`, `Title`), then the body.
    /// Nil when even the title gives it away: the answer is the video's topic.
    private func front(for candidate: CardCandidate, claim: Claim) -> (text: String, words: [Word])? {
        let answer = Word.words(of: candidate.answer)
        let check = LeakCheck(lexicon: lexicon)
        let line = section(of: claim).lines.first { !check.leaks(answer: answer, front: $0.words) }
        return line.map { ("\($0.text)\n\(candidate.body)", $0.words + candidate.bodyWords) }
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

    /// `showing`: pairs of claim ordinals where one claim says the other's card's answer.
    init(_ chosen: [(claim: Claim, showsPrevious: Bool)], claims: [Claim], showing: [(Int, Int)] = []) {
        for (a, b) in showing { union(a, b) }
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
