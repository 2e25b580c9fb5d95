import Foundation

/// recall's one Anki note type: fields Front, Back and Source, one card
/// whose back shows the answer and the cited moment. Its id and `mod` never
/// change unless the note type does, so every export reuses the copy Anki
/// already has.
enum AnkiNoteType {
    static let name = "recall Front/Back/Source"
    static let id: Int64 = 1_700_000_000_001
    static let fieldNames = ["Front", "Back", "Source"]

    static let front = "{{Front}}"
    static let back = """
        {{FrontSide}}

        <hr id=answer>

        {{Back}}

        <div class="recall-source">{{Source}}</div>
        """
    static let css = """
        .card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }
        .recall-source { margin-top: 1.2em; font-size: 15px; color: #666; }
        .recall-source a { color: inherit; }
        """

    /// The note type as schema 11 stores it in `col.models`.
    static var json: [String: Any] {
        [
            "css": css, "did": 1, "id": String(id), "mod": AnkiCollection.fixedMod, "name": name, "sortf": 0,
            "tags": [String](), "type": 0, "usn": -1, "vers": [Int](), "latexsvg": false,
            "latexPre": "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
            "latexPost": "\\end{document}",
            "req": [[0, "all", [0]] as [Any]],
            "flds": fieldNames.enumerated().map { index, name in
                ["name": name, "ord": index, "font": "Arial", "media": [String](), "rtl": false, "size": 20,
                 "sticky": false] as [String: Any]
            },
            "tmpls": [[
                "name": "Card 1", "ord": 0, "qfmt": front, "afmt": back, "bqfmt": "", "bafmt": "", "bfont": "",
                "bsize": 0, "did": NSNull(),
            ] as [String: Any]],
        ]
    }
}
