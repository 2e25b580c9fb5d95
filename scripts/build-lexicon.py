#!/usr/bin/env python3
"""Builds the English lexicon that RecallKit embeds, from Princeton WordNet 3.0.

Reads the WordNet database (Debian: `apt-get install -y wordnet-base`) and
writes two files, the same input always giving the same bytes:

  Sources/RecallKit/Lexicon/WordNetText.swift   the resource, as one raw string literal
  Sources/RecallKit/Lexicon/LICENSE-WordNet.txt the WordNet 3.0 licence it is shipped under

The resource is plain text. Lines starting with `#` are comments (the licence
notice travels in them). Up to the line `%exceptions`, one line per lowercase
lemma, sorted:

    lemma<TAB>classes[<TAB>family]

`classes` is a letter per word class the lemma has, n (noun), v (verb), a
(adjective, satellites included), r (adverb), each followed by its tag count
in WordNet's semantically tagged corpus when that is not 0 (cntlist.rev:
the counts of all the lemma's senses in that class, added up). `family` is a
number shared by the lemmas of one derivational family; a lemma alone in its
family has none. After `%exceptions`, WordNet's irregular forms (*.exc), one
line per form and class:

    form<TAB>class letter<TAB>base form[ base form…]

Families: lemmas linked by WordNet's derivationally-related-form (`+`),
pertainym (`\\`) and participle (`<`) pointers are joined with union-find, but
only links whose two lemmas share a stem (the same first three letters, the
whole of a shorter word, once a common prefix such as un-, non- or inter- is
set aside). The other links are suppletive or compound ones (cat/feline,
law/legal, medicolegal/legal) and would chain unrelated words together:
with them, law, lawyer, medicine and judge end up in one family.

Usage:
  scripts/build-lexicon.py [--wordnet DIR] [--licence FILE]   write the files
  scripts/build-lexicon.py --check                            exit 1 when they are out of date
"""
import argparse
import collections
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(REPO, "Sources", "RecallKit", "Lexicon")
SWIFT_FILE = os.path.join(OUT_DIR, "WordNetText.swift")
LICENCE_FILE = os.path.join(OUT_DIR, "LICENSE-WordNet.txt")

FILES = [("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")]
CLASS_ORDER = "nvar"
# cntlist.rev sense keys name the class with a number; 5 is an adjective satellite.
SENSE_KEY_CLASS = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
FAMILY_POINTERS = {"+", "\\", "<"}
# A prefix set aside before two linked lemmas are compared for a shared stem.
PREFIXES = ["un", "in", "im", "il", "ir", "non", "dis", "de", "re", "pre", "anti", "mis",
            "over", "under", "counter", "inter", "intra", "sub", "super", "trans", "co", "self"]


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def read_lemmas(wordnet):
    """lemma -> set of class letters, from the index files."""
    classes = collections.defaultdict(set)
    for name, letter in FILES:
        for line in read_lines(os.path.join(wordnet, "index." + name)):
            if line.startswith(" "):
                continue  # the licence header
            classes[line.split(" ", 1)[0]].add(letter)
    return classes


def read_counts(wordnet, lemmas):
    """(lemma, class letter) -> tag count summed over the lemma's senses."""
    counts = collections.Counter()
    for line in read_lines(os.path.join(wordnet, "cntlist.rev")):
        sense_key, _sense_number, tag_count = line.split()
        lemma, rest = sense_key.split("%", 1)
        lemma = lemma.lower()
        letter = SENSE_KEY_CLASS[rest[0]]
        if letter in lemmas.get(lemma, ()):
            counts[(lemma, letter)] += int(tag_count)
    return counts


def word_of(entry):
    """A lemma as written in a data file: lowercase, without the adjective marker `(a)`, `(p)`, `(ip)`."""
    return entry.split("(", 1)[0].lower()


def read_links(wordnet):
    """Undirected pairs of lemmas joined by a family pointer."""
    synsets = {}  # (offset, class letter) -> words
    pointers = []  # (source word, target offset, target class letter, target word number)
    for name, letter in FILES:
        for line in read_lines(os.path.join(wordnet, "data." + name)):
            if line.startswith(" "):
                continue
            fields = line.split(" | ", 1)[0].split()
            word_count = int(fields[3], 16)
            words = [word_of(fields[4 + 2 * i]) for i in range(word_count)]
            synsets[(fields[0], letter)] = words
            at = 4 + 2 * word_count
            pointer_count = int(fields[at])
            at += 1
            for _ in range(pointer_count):
                symbol, offset, target_class, source_target = fields[at:at + 4]
                at += 4
                source, target = int(source_target[:2], 16), int(source_target[2:], 16)
                if symbol in FAMILY_POINTERS and source and target:
                    pointers.append((words[source - 1], offset, target_class.replace("s", "a"), target))
    pairs = set()
    for source, offset, target_class, target in pointers:
        other = synsets[(offset, target_class)][target - 1]
        if source != other:
            pairs.add((min(source, other), max(source, other)))
    return pairs


def stems(word):
    plain = word.replace("_", "").replace("-", "")
    return [plain] + [plain[len(p):] for p in PREFIXES if plain.startswith(p) and len(plain) > len(p)]


def share_stem(a, b):
    for x in stems(a):
        for y in stems(b):
            common = os.path.commonprefix([x, y])
            if len(common) >= min(3, len(x), len(y)):
                return True
    return False


def families(lemmas, pairs):
    """lemma -> family number (1, 2, …, numbered in lemma order) for lemmas not alone in their family."""
    parent = {}

    def find(x):
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    kept = 0
    for a, b in sorted(pairs):
        if a in lemmas and b in lemmas and share_stem(a, b):
            kept += 1
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    members = collections.defaultdict(list)
    for lemma in sorted(lemmas):
        members[find(lemma)].append(lemma)
    numbers = {}
    sizes = []
    for lemma in sorted(lemmas):
        group = members[find(lemma)]
        if len(group) > 1 and group[0] == lemma:
            sizes.append((len(group), lemma))
            for member in group:
                numbers[member] = len(sizes)
    return numbers, kept, sizes


def read_exceptions(wordnet, lemmas):
    """(form, class letter) -> base forms that are lemmas of that class, in the file's order."""
    exceptions = {}
    for name, letter in FILES:
        for line in read_lines(os.path.join(wordnet, name + ".exc")):
            form, *bases = line.split()
            bases = [b for b in dict.fromkeys(bases) if b != form and letter in lemmas.get(b, ())]
            if bases:
                exceptions[(form, letter)] = bases
    return exceptions


def read_licence(path):
    """The WordNet 3.0 licence paragraph of a Debian copyright file, as plain text."""
    lines = read_lines(path)
    start = lines.index("License: WordNet3.0") + 1
    text = []
    for line in lines[start:]:
        if not line.startswith(" "):
            break
        text.append("" if line == " ." else line[1:])
    return "\n".join(text).strip("\n") + "\n"


def resource_text(wordnet, licence):
    lemmas = read_lemmas(wordnet)
    counts = read_counts(wordnet, lemmas)
    numbers, kept, sizes = families(lemmas, read_links(wordnet))
    exceptions = read_exceptions(wordnet, lemmas)
    out = ["# English lexicon from Princeton WordNet 3.0, made by scripts/build-lexicon.py.",
           "# It is distributed under this licence:", "#"]
    out += [("# " + line).rstrip() for line in licence.splitlines()]
    out += ["#", "# lemma<TAB>classes (n v a r, each with its tag count when not 0)[<TAB>family]"]
    for lemma in sorted(lemmas):
        field = ""
        for letter in CLASS_ORDER:
            if letter in lemmas[lemma]:
                count = counts[(lemma, letter)]
                field += letter + (str(count) if count else "")
        line = lemma + "\t" + field
        if lemma in numbers:
            line += "\t" + str(numbers[lemma])
        out.append(line)
    out += ["%exceptions", "# form<TAB>class<TAB>base forms"]
    for (form, letter), bases in sorted(exceptions.items(), key=lambda item: (item[0][0], CLASS_ORDER.index(item[0][1]))):
        out.append(form + "\t" + letter + "\t" + " ".join(bases))
    text = "\n".join(out) + "\n"
    stats = {
        "lemmas": len(lemmas),
        "multiword lemmas": sum("_" in lemma for lemma in lemmas),
        "lemmas with a tag count": len({lemma for lemma, _ in counts}),
        "family links kept": kept,
        "families": len(sizes),
        "lemmas in families": len(numbers),
        "largest family": max(sizes)[0] if sizes else 0,
        "exception lines": len(exceptions),
    }
    return text, stats


def swift_source(text):
    if '"#' in text:
        sys.exit("build-lexicon: the data holds \"#, which would end the raw string literal")
    return ("// Generated by scripts/build-lexicon.py from Princeton WordNet 3.0. Do not edit.\n"
            "// WordNet 3.0 Copyright 2006 by Princeton University; licence: LICENSE-WordNet.txt beside this file.\n\n"
            "extension Lexicon {\n"
            "    /// WordNet 3.0 in the text format `LexiconResource` reads (see scripts/build-lexicon.py).\n"
            "    static let wordNetText = #\"\"\"\n"
            + text +
            "\"\"\"#\n"
            "}\n")


def main():
    parser = argparse.ArgumentParser(description="Build RecallKit's WordNet lexicon.")
    parser.add_argument("--wordnet", default="/usr/share/wordnet", help="WordNet 3.0 dict folder")
    parser.add_argument("--licence", default="/usr/share/doc/wordnet-base/copyright",
                        help="Debian copyright file holding the WordNet3.0 licence")
    parser.add_argument("--check", action="store_true", help="exit 1 when the checked-in files differ")
    args = parser.parse_args()

    licence = read_licence(args.licence)
    text, stats = resource_text(args.wordnet, licence)
    wanted = {SWIFT_FILE: swift_source(text), LICENCE_FILE: licence}
    if args.check:
        stale = []
        for path, content in wanted.items():
            try:
                with open(path, encoding="utf-8", newline="") as f:
                    same = f.read() == content
            except FileNotFoundError:
                same = False
            if not same:
                stale.append(os.path.relpath(path, REPO))
        if stale:
            print("build-lexicon: out of date: " + ", ".join(stale) + " (run scripts/build-lexicon.py)", file=sys.stderr)
            sys.exit(1)
        print("build-lexicon: up to date")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    for path, content in wanted.items():
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(content)
    for key, value in stats.items():
        print(f"{key}: {value:,}")
    print(f"resource: {len(text.encode()):,} bytes")


if __name__ == "__main__":
    main()
