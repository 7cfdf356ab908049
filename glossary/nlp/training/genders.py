"""Noun gender table from the UD Dutch treebanks: ``python -m glossary.nlp.training.genders``.

Each singular noun with a gold ``Gender`` feature votes for its form (lower case); a form is
kept when its votes agree (no more than one in three against). Written to
``glossary/data/model/noun_gender.tsv`` (``form<TAB>Neut|Com``), which extraction uses when
the text itself shows no article for a noun (:mod:`glossary.nlp.dutch.gender`). Derived from the
treebanks, so shared under their licence with the pipeline (``LICENSE-MODEL.md``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from glossary.nlp.dutch.gender import COMMON, NEUTER
from glossary.nlp.training.conllu import Sentence, read_conllu
from glossary.paths import GENDER_TABLE, PACKAGE_DIR
from glossary.store.atomic import write_text

GENDERS = (COMMON, NEUTER)


def gender_table(sentences: Iterable[Sentence]) -> dict[str, str]:
    """Singular noun form (lower case) → ``Neut`` or ``Com``, where the treebank agrees."""
    votes: dict[str, Counter[str]] = {}
    for sent in sentences:
        for word in sent.words:
            if word.upos != "NOUN":
                continue
            feats = dict(f.split("=", 1) for f in word.feats.split("|") if "=" in f)
            if feats.get("Number") == "Sing" and feats.get("Gender") in GENDERS:
                votes.setdefault(word.form.lower(), Counter())[feats["Gender"]] += 1
    table = {}
    for form, counts in votes.items():
        (best, n), *rest = counts.most_common()
        if not rest or n >= 3 * rest[0][1]:
            table[form] = best
    return table


def write_table(table: dict[str, str], out: Path) -> None:
    lines = [f"{form}\t{gender}\n" for form, gender in sorted(table.items())]
    write_text(
        out, "# form\tgender (from UD Dutch; CC BY-SA 4.0, see LICENSE-MODEL.md)\n" + "".join(lines)
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m glossary.nlp.training.genders", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--ud",
        type=Path,
        default=PACKAGE_DIR.parent.parent / "shared" / "ud",
        help="UD treebank folder",
    )
    parser.add_argument("--out", type=Path, default=GENDER_TABLE, help="table to write")
    args = parser.parse_args(argv)
    files = sorted(args.ud.glob("*/*.conllu"))
    if not files:
        print(f"error: {args.ud}: no .conllu files found (use --ud)", file=sys.stderr)
        return 2
    table = gender_table(s for path in files for s in read_conllu(path))
    write_table(table, args.out)
    neuter = sum(1 for g in table.values() if g == "Neut")
    print(f"{args.out}: {len(table)} nouns ({neuter} neuter) from {len(files)} treebank files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
