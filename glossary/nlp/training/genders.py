"""Noun gender table from the UD Dutch treebanks: ``python -m glossary.nlp.training.genders``.

Each singular noun with a gold ``Gender`` feature votes for its form (lower case); a form is
kept when its votes agree (no more than one in three against). The votes come from the three
current files and the older 2017 LassySmall file (:data:`GENDER_FILES`), which agree with each
other: added to a table of the training split, the 2017 file raises the share of held-out
nouns the table knows at the same accuracy (:func:`compare_tables`, reported in
``docs/measurements/pipeline.rst``). Written to
``glossary/data/model/noun_gender.tsv`` (``form<TAB>Neut|Com``), which extraction uses when
the text itself shows no article for a noun (:mod:`glossary.nlp.dutch.gender`). Derived from the
treebanks, so shared under their licence with the pipeline (``LICENSE-MODEL.md``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from glossary.nlp.dutch.gender import COMMON, NEUTER
from glossary.nlp.training.conllu import Sentence, Word, read_conllu
from glossary.nlp.training.convert import UD_FILES
from glossary.nlp.training.extra import EXTRA_FILE
from glossary.paths import GENDER_TABLE, PACKAGE_DIR
from glossary.store.atomic import write_text

GENDERS = (COMMON, NEUTER)
GENDER_FILES = (*UD_FILES, EXTRA_FILE)


def gold_gender(word: Word) -> str | None:
    """``Neut`` or ``Com`` for a singular noun with one gold gender, else None."""
    if word.upos != "NOUN":
        return None
    feats = dict(f.split("=", 1) for f in word.feats.split("|") if "=" in f)
    gender = feats.get("Gender")
    return gender if feats.get("Number") == "Sing" and gender in GENDERS else None


def gender_table(sentences: Iterable[Sentence]) -> dict[str, str]:
    """Singular noun form (lower case) → ``Neut`` or ``Com``, where the treebank agrees."""
    votes: dict[str, Counter[str]] = {}
    for sent in sentences:
        for word in sent.words:
            gender = gold_gender(word)
            if gender:
                votes.setdefault(word.form.lower(), Counter())[gender] += 1
    table = {}
    for form, counts in votes.items():
        (best, n), *rest = counts.most_common()
        if not rest or n >= 3 * rest[0][1]:
            table[form] = best
    return table


@dataclass(frozen=True)
class GenderCheck:
    """How many held-out singular nouns with a gold gender a table knows, and gets right."""

    nouns: int
    known: int
    correct: int

    @property
    def coverage(self) -> float:
        return 100.0 * self.known / self.nouns if self.nouns else 0.0

    @property
    def accuracy(self) -> float:
        return 100.0 * self.correct / self.known if self.known else 0.0


def gender_check(table: dict[str, str], heldout: Iterable[Sentence]) -> GenderCheck:
    """Score ``table`` on the gold genders of the held-out split's singular nouns."""
    nouns = known = correct = 0
    for sentence in heldout:
        for word in sentence.words:
            gender = gold_gender(word)
            if not gender:
                continue
            nouns += 1
            found = table.get(word.form.lower())
            known += found is not None
            correct += found == gender
    return GenderCheck(nouns, known, correct)


def compare_tables(
    train: list[Sentence], extra: list[Sentence], heldout: list[Sentence]
) -> tuple[GenderCheck, GenderCheck]:
    """Held-out scores of a table of the training split, without and with the 2017 file."""
    return (
        gender_check(gender_table(train), heldout),
        gender_check(gender_table([*train, *extra]), heldout),
    )


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
    files = [args.ud / name for name in GENDER_FILES]
    missing = [str(path) for path in files if not path.is_file()]
    if missing:
        print(f"error: {', '.join(missing)}: treebank file missing (use --ud)", file=sys.stderr)
        return 2
    table = gender_table(s for path in files for s in read_conllu(path))
    write_table(table, args.out)
    neuter = sum(1 for g in table.values() if g == "Neut")
    print(f"{args.out}: {len(table)} nouns ({neuter} neuter) from {len(files)} treebank files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
