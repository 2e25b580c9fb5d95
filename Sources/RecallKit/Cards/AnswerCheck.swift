/// Whether a front reveals its answer, verbatim or as an obvious variant.
///
/// Words are compared on their bytes when they are ASCII; other words go
/// through their lowercase strings, so Unicode is read as before.
enum AnswerCheck {
    static func sameText(_ a: String, _ b: String) -> Bool {
        guard ByteScan.isASCII(a), ByteScan.isASCII(b) else { return a.lowercased() == b.lowercased() }
        return a.utf8.elementsEqual(b.utf8) { WordKey.fold($0) == WordKey.fold($1) }
    }

    /// True when `text` holds the answer, or every content word of it (or a
    /// variant such as a plural or another ending of the same stem).
    static func givesAway(_ answer: Tokens, in text: Tokens) -> Bool {
        if startsAWord(answer.bytes, in: text.bytes) || spellsAcronym(answer, text) { return true }
        return text.bytes.withUnsafeBufferPointer { textBytes in
            text.words.withUnsafeBufferPointer { textWords in
                for word in answer.words where !word.isStopWord {
                    // Two ASCII words are variants only with the same first letter: most are told apart here.
                    let initial = WordKey.fold(answer.bytes[word.range.lowerBound])
                    guard textWords.contains(where: { other in
                        if word.isASCII, other.isASCII, WordKey.fold(textBytes[other.range.lowerBound]) != initial {
                            return false
                        }
                        return isVariant(word, in: answer, other, in: text)
                    }) else { return false }
                }
                return true // every content word is there, or there are none
            }
        }
    }

    // MARK: - Acronyms

    /// `Reinforcement Learning` beside `(RL)`, or `LLMs` beside
    /// `Large Language Models`: one spells the other.
    static func spellsAcronym(_ answer: Tokens, _ text: Tokens) -> Bool {
        guard answer.isASCII, text.isASCII else {
            return spellsAcronym(answer.spelled, text.spelled)
        }
        // Only a word read as an acronym (`Word.isAcronym`) can have an acronym's length.
        if answer.words.count >= 2, answer.words.allSatisfy(\.isCapitalized),
           text.words.contains(where: { $0.isAcronym && acronym($0, in: text, spelling: answer) }) { return true }
        guard answer.words.count == 1, answer.words[0].isAcronym, acronymLength(answer.words[0], in: answer) >= 2 else {
            return false
        }
        let word = answer.words[0]
        let letters = answer.bytes[word.range.lowerBound..<(word.range.lowerBound + acronymLength(word, in: answer))]
        var index = 0
        while index + letters.count <= text.words.count {
            if spells(letters, initialsOf: text.words[index..<(index + letters.count)], in: text) { return true }
            index += 1
        }
        return false
    }

    /// Whether the words are capitalised and their first letters are `letters`
    /// (any case): `initials(words) == letters` read in place.
    private static func spells(_ letters: ArraySlice<UInt8>, initialsOf words: ArraySlice<Word>, in tokens: Tokens) -> Bool {
        guard words.count >= 2, words.count == letters.count else { return false }
        return zip(words, letters).allSatisfy { word, letter in
            word.isCapitalized && WordKey.fold(tokens.bytes[word.range.lowerBound]) == WordKey.fold(letter)
        }
    }

    /// Letters of an acronym word (`RL`, `LLMs` without its `s`); 0 for a word that is no acronym.
    private static func acronymLength(_ word: Word, in tokens: Tokens) -> Int {
        var end = word.range.upperBound
        if tokens.bytes[end - 1] == UInt8(ascii: "s") { end -= 1 }
        let letters = tokens.bytes[word.range.lowerBound..<end]
        guard letters.count >= 2, letters.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) else { return 0 }
        return letters.count
    }

    /// Whether `word` is an acronym of the first letters of the words of
    /// `phrase` (`RL` for Reinforcement Learning), any case.
    private static func acronym(_ word: Word, in tokens: Tokens, spelling phrase: Tokens) -> Bool {
        let length = acronymLength(word, in: tokens)
        guard length >= 2, length == phrase.words.count else { return false }
        let start = word.range.lowerBound
        return phrase.words.indices.allSatisfy { index in
            WordKey.fold(tokens.bytes[start + index]) == WordKey.fold(phrase.bytes[phrase.words[index].range.lowerBound])
        }
    }

    /// The same rule on strings, for words beyond ASCII.
    private static func spellsAcronym(_ answerWords: [SpelledWord], _ textWords: [SpelledWord]) -> Bool {
        let answerInitials = initials(answerWords)
        if answerInitials.count >= 2, textWords.contains(where: { acronymLetters($0) == answerInitials }) { return true }
        guard answerWords.count == 1, let letters = acronymLetters(answerWords[0]), letters.count >= 2 else { return false }
        var index = 0
        while index + letters.count <= textWords.count {
            if initials(Array(textWords[index..<(index + letters.count)])) == letters { return true }
            index += 1
        }
        return false
    }

    private static func initials(_ words: [SpelledWord]) -> String {
        guard words.count >= 2, words.allSatisfy({ $0.isCapitalized }) else { return "" }
        return String(words.compactMap { $0.lower.first })
    }

    private static func acronymLetters(_ word: SpelledWord) -> String? {
        var text = Substring(word.text)
        if text.hasSuffix("s") { text = text.dropLast() }
        guard text.count >= 2, text.allSatisfy({ $0.isUppercase }) else { return nil }
        return text.lowercased()
    }

    // MARK: - Words

    /// The answer starting a word of the text (`bank` in `banking`, `3` in `32`).
    static func startsAWord(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        return needle.withUnsafeBufferPointer { needle in
            haystack.withUnsafeBufferPointer { startsAWord(needle, in: $0) }
        }
    }

    /// The same on buffers: the places where the answer's first letter (in
    /// either case) stands are found sixteen at a time, and only those are
    /// compared.
    private static func startsAWord(_ needle: UnsafeBufferPointer<UInt8>,
                                    in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = WordKey.fold(needle[0])
        let last = haystack.count - needle.count // the last place the answer fits
        func startsAt(_ start: Int) -> Bool {
            if start > 0, isWordByte(haystack[start - 1]) { return false }
            var offset = 1
            while offset < needle.count, WordKey.fold(haystack[start + offset]) == WordKey.fold(needle[offset]) {
                offset += 1
            }
            return offset == needle.count
        }
        var start = 0
        if let base = haystack.baseAddress {
            // A letter's two cases differ in 0x20 alone: setting it in every
            // byte leaves the lowercase letter where either case stood.
            let caseBit = SIMD16<UInt8>(repeating: first &- 0x61 < 26 ? 0x20 : 0)
            let target = SIMD16<UInt8>(repeating: first)
            while start + 16 <= haystack.count, start <= last {
                let chunk = UnsafeRawPointer(base).loadUnaligned(fromByteOffset: start, as: SIMD16<UInt8>.self)
                let lanes = unsafeBitCast((chunk | caseBit) .== target, to: SIMD2<UInt64>.self)
                for half in 0..<2 {
                    var bits = UInt64(littleEndian: lanes[half]) // a lane found is a byte of ones
                    while bits != 0 {
                        let shift = bits.trailingZeroBitCount
                        let place = start + half * 8 + shift / 8
                        if place <= last, startsAt(place) { return true }
                        bits &= ~(0xFF << UInt64(shift))
                    }
                }
                start += 16
            }
        }
        while start <= last {
            if WordKey.fold(haystack[start]) == first, startsAt(start) { return true }
            start += 1
        }
        return false
    }

    /// `model`/`models`, `efficient`/`efficiency`: equal, a plural, or a
    /// shared stem of at least five letters covering all but three.
    static func isVariant(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        if a + "s" == b || b + "s" == a || a + "es" == b || b + "es" == a { return true }
        let length = max(5, min(a.count, b.count) - 3)
        guard a.count >= length, b.count >= length else { return false }
        return a.prefix(length) == b.prefix(length)
    }

    /// The same test on two words, on their bytes when both are ASCII.
    private static func isVariant(_ a: Word, in first: Tokens, _ b: Word, in second: Tokens) -> Bool {
        guard a.isASCII, b.isASCII else { return isVariant(first.lower(a), second.lower(b)) }
        // Every way to be a variant keeps the first letter.
        guard WordKey.fold(first.bytes[a.range.lowerBound]) == WordKey.fold(second.bytes[b.range.lowerBound]) else {
            return false
        }
        let (aCount, bCount) = (a.range.count, b.range.count)
        let extra = abs(aCount - bCount)
        guard (aCount == bCount && a.key == b.key) || extra == 1 || extra == 2 || min(aCount, bCount) >= 5 else {
            return false
        }
        let aBytes = first.bytes[a.range], bBytes = second.bytes[b.range]
        if aCount == bCount, a.key == b.key, samePrefix(aBytes, bBytes, aCount) { return true }
        if isPlural(bBytes, of: aBytes) || isPlural(aBytes, of: bBytes) { return true }
        let length = max(5, min(aCount, bCount) - 3)
        guard aCount >= length, bCount >= length else { return false }
        return samePrefix(aBytes, bBytes, length)
    }

    /// `plural` is `word` + `s` or `word` + `es` (ASCII, any case).
    private static func isPlural(_ plural: ArraySlice<UInt8>, of word: ArraySlice<UInt8>) -> Bool {
        let extra = plural.count - word.count
        guard extra == 1 || extra == 2, WordKey.fold(plural.last!) == UInt8(ascii: "s") else { return false }
        if extra == 2, WordKey.fold(plural[plural.endIndex - 2]) != UInt8(ascii: "e") { return false }
        return samePrefix(plural, word, word.count)
    }

    private static func samePrefix(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>, _ length: Int) -> Bool {
        var offset = 0
        while offset < length {
            if WordKey.fold(a[a.startIndex + offset]) != WordKey.fold(b[b.startIndex + offset]) { return false }
            offset += 1
        }
        return true
    }
}
