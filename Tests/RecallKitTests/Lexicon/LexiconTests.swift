import Testing
@testable import RecallKit

/// The bundled WordNet 3.0 lexicon, on words whose answers were read off WordNet itself.
@Suite struct LexiconTests {
    let english = Lexicon.english

    /// Each base form of `word` with its classes, as in "halt verb".
    private func bases(_ word: String, in lexicon: Lexicon = .english) -> [String] {
        lexicon.baseForms(of: word).map { "\($0.lemma) \($0.classes)" }
    }

    @Test func classesComeThroughBaseForms() {
        #expect(english.classes(of: "significant") == .adjective)
        #expect(english.classes(of: "improvement") == .noun)
        #expect(english.classes(of: "changes") == [.noun, .verb])
        #expect(english.classes(of: "quickly") == .adverb)
        #expect(english.classes(of: "Halting") == [.verb, .adjective])
        #expect(english.classes(of: "blorptastic") == [])
    }

    @Test func baseFormsFollowMorphy() {
        #expect(bases("halting") == ["halt verb", "halting adjective"])
        #expect(bases("halts") == ["halt noun+verb"])
        #expect(bases("studies") == ["study noun+verb"])
        #expect(bases("better") == ["better noun+verb+adjective+adverb", "good adjective", "well adjective+adverb"])
        #expect(bases("mice") == ["mouse noun"])
        #expect(bases("ran") == ["run verb"])
        #expect(bases("glasses") == ["glasses noun", "glass noun+verb"])
        #expect(bases("Stock Markets") == ["stock_market noun"])
        #expect(bases("blorptastic") == [])
    }

    @Test func familiarityIsTheTagCountOfTheBaseForms() {
        #expect(english.familiarity(of: "make") == 1613)
        #expect(english.familiarity(of: "make", as: .verb) == 1612)
        #expect(english.familiarity(of: "agonist") == 0)
        #expect(english.familiarity(of: "make") > english.familiarity(of: "agonist"))
        #expect(english.familiarity(of: "changes") == 273)
        #expect(english.familiarity(of: "changes", as: .noun) == 125)
        #expect(english.familiarity(of: "ran") == 268) // run as a verb only: "ran" is no noun
        #expect(english.familiarity(of: "blorptastic") == 0)
    }

    @Test func familiesHoldDerivedWords() {
        #expect(english.family(of: "run") == ["run", "runner", "runniness", "running", "runny"])
        #expect(english.family(of: "scalable") == ["scalable", "scalability"])
        #expect(english.family(of: "halting") == ["halt", "halting"])
        #expect(english.family(of: "verification") == ["verifiable", "verification", "verificatory", "verifier", "verify"])
        #expect(!english.family(of: "run").contains("cat"))
        #expect(english.family(of: "blorptastic") == [])
    }

    @Test func familiesStaySmall() {
        // Links between lemmas without a shared stem (cat/feline, law/legal) are left out, so that
        // no chain of them merges unrelated families: the largest has 20 lemmas (sense, sensory, …).
        #expect(english.resource.families.map(\.count).max() == 20)
        #expect(english.resource.families.count - 1 == 10_936)
        #expect(english.family(of: "law") == ["law", "lawyer"])
    }

    @Test func relatedWordsShareABaseFormOrAFamily() {
        #expect(english.areRelated("halts", "halting"))
        #expect(english.areRelated("scalable", "scalability"))
        #expect(english.areRelated("interpolation", "interpolate"))
        #expect(english.areRelated("verify", "verification"))
        #expect(english.areRelated("compute", "computation"))
        #expect(english.areRelated("mice", "mouse"))
        #expect(english.areRelated("GPU", "gpu"))
        #expect(!english.areRelated("cat", "catalog"))
        #expect(!english.areRelated("medicine", "law"))
        #expect(!english.areRelated("blorp", "blorptastic"))
    }

    @Test func collocationsAreLemmasOfSeveralWords() {
        #expect(english.isCollocation(["return", "on", "investment"]))
        #expect(english.isCollocation(["Stock", "Market"]))
        #expect(english.isCollocation(["stock", "markets"]))
        #expect(english.isCollocation(["attorneys", "general"]))
        #expect(english.isCollocation(["gave", "up"]))
        #expect(!english.isCollocation(["machine", "learning"])) // not in WordNet 3.0
        #expect(!english.isCollocation(["stock"]))
        #expect(!english.isCollocation(["the", "stock"]))
    }

    @Test func collocationLengthFindsTheLongestRunFromTheStart() {
        #expect(english.collocationLength(at: ["in", "the", "long", "run", "prices", "fall"]) == 4)
        #expect(english.collocationLength(at: ["return", "on", "investment", "ratio"]) == 3)
        #expect(english.collocationLength(at: ["stock", "markets", "fell"]) == 2)
        #expect(english.collocationLength(at: ["the", "stock", "market"]) == 0)
        #expect(english.collocationLength(at: ["the", "stock", "market"].dropFirst()) == 2)
        #expect(english.collocationLength(at: ["stock"]) == 0)
        #expect(english.collocationLength(at: []) == 0)
    }

    @Test func functionWordsAreNotInWordNet() {
        for word in ["the", "of", "which", "and", "to", "with", "they", "would"] {
            #expect(english.classes(of: word) == [], "\(word)")
        }
    }

    @Test func aHandMadeResourceIsRead() {
        let lexicon = Lexicon(resource: """
            # a comment
            glass\tn3\t1
            glassy\ta\t1
            mouse\tn14
            run\tn29v268\t2
            runner\tn\t2
            stock_market\tn5
            not a lemma line
            odd\tq9
            %exceptions
            # form, class, base forms
            mice\tn\tmouse
            ran\tv\trun
            """)
        #expect(bases("glasses", in: lexicon) == ["glass noun"])
        #expect(bases("ran", in: lexicon) == ["run verb"])
        #expect(bases("mice", in: lexicon) == ["mouse noun"])
        #expect(lexicon.classes(of: "run") == [.noun, .verb])
        #expect(lexicon.classes(of: "odd") == [])
        #expect(lexicon.familiarity(of: "runs") == 297)
        #expect(lexicon.familiarity(of: "runs", as: .noun) == 29)
        #expect(lexicon.familiarity(of: "mice") == 14)
        #expect(lexicon.familiarity(of: "runner") == 0)
        #expect(lexicon.family(of: "glassy") == ["glass", "glassy"])
        #expect(lexicon.family(of: "mouse") == ["mouse"])
        #expect(lexicon.areRelated("runners", "ran"))
        #expect(!lexicon.areRelated("glass", "runner"))
        #expect(lexicon.isCollocation(["Stock", "markets"]))
        #expect(lexicon.collocationLength(at: ["stock", "market", "crash"]) == 2)
    }
}
