#!/usr/bin/env python3
"""Imports each given .apkg twice into ONE fresh Anki collection (with
scheduling, Anki's default "update if newer") and checks that the second
import duplicates nothing: the note, card and revlog counts stay as the
first import left them. With --then LATER.apkg (a later export of the same
cards, some edited), that is imported last into the first collection and
must update notes without adding any. Run it with the anki venv's python
(check-anki.sh does). Prints one line per import and RESULT: PASS or FAIL;
exits 0 or 1.

    anki-import-twice.py --expect-notes N FILE.apkg [FILE.apkg ...] [--then LATER.apkg]
"""
import argparse
import os
import shutil
import sys
import tempfile

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition as Cond


def counts(col):
    return (col.note_count(), col.card_count(), col.db.scalar("select count() from revlog") or 0)


def import_package(col, path):
    options = ImportAnkiPackageOptions(
        merge_notetypes=False, with_scheduling=True, with_deck_configs=True,
        update_notes=Cond.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
        update_notetypes=Cond.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER)
    log = col.import_anki_package(ImportAnkiPackageRequest(package_path=path, options=options)).log
    return {name: len(getattr(log, name)) for name in ("new", "updated", "duplicate", "conflicting")}


def check_later(col, path, before):
    log = import_package(col, os.path.abspath(path))
    notes, cards, revlog = counts(col)
    print(f"{os.path.basename(path)} imported over it: log {log}; collection notes={notes} cards={cards} revlog={revlog}")
    errors = []
    if log["new"] or (notes, cards) != before[:2]:
        errors.append(f"{path}: the later export added notes ({before[0]} -> {notes}, new={log['new']})")
    if not log["updated"]:
        errors.append(f"{path}: the later export updated no note")
    return errors


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("packages", nargs="+")
    ap.add_argument("--expect-notes", type=int, required=True)
    ap.add_argument("--then", metavar="LATER.apkg")
    a = ap.parse_args()
    errors = []
    for path in a.packages:
        folder = tempfile.mkdtemp(prefix="anki-twice-")
        col = Collection(os.path.join(folder, "collection.anki2"))
        try:
            after = []
            for attempt in (1, 2):
                log = import_package(col, os.path.abspath(path))
                notes, cards, revlog = counts(col)
                after.append((notes, cards, revlog))
                print(f"{os.path.basename(path)} import {attempt}: log {log}; collection notes={notes} cards={cards} revlog={revlog}")
                if attempt == 2 and log["new"]:
                    errors.append(f"{path}: the second import added {log['new']} new notes")
            if after[0] != after[1]:
                errors.append(f"{path}: counts changed on the second import: {after[0]} -> {after[1]}")
            if after[1][0] != a.expect_notes or after[1][1] != a.expect_notes:
                errors.append(f"{path}: expected {a.expect_notes} notes and cards, found {after[1][0]} and {after[1][1]}")
            if a.then and path == a.packages[0]:
                errors += check_later(col, a.then, after[1])
        finally:
            col.close()
            shutil.rmtree(folder, ignore_errors=True)
    for error in errors:
        print(f"ERROR: {error}")
    print("RESULT: PASS" if not errors else f"RESULT: FAIL ({len(errors)} problem(s))")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
