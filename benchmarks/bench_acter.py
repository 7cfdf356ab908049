"""Term extraction on ACTER's Dutch corpora: precision, recall and F1 against its annotations.

ACTER (Rigouts Terryn, Hoste and Lefever, Ghent University; CC BY-NC-SA 4.0) annotates terms
and names in four Dutch corpora: corruption, dressage, heart failure and wind energy. Its
licence keeps it out of this repository: the benchmark reads a checkout named by
``ACTER_DIR`` (default ``../ACTER`` beside the project; ``git clone
https://github.com/AylaRT/ACTER``) and is skipped without one.

The real ``glossary extract`` reads each corpus's annotated texts (no term base) and its
default output is scored against the corpus's list of unique annotations (lower-cased, not
lemmatised), with and without named entities:

* per candidate: a candidate is one prediction, right when one of its surface forms is an
  annotation, and an annotation is found when it is a surface form of a candidate; the
  extractor gives lemmas with their forms, and an inflected annotation (``patiënten`` beside
  ``patiënt``) is found through its lemma;
* per string (TermEval 2020's list protocol): the predictions are every surface form of every
  candidate, lower-cased.

Heart failure (htfl) is the corpus issue 16 names; no rule was developed on it. Every
candidate, unranked, is given beside the default output, to show what the ranking's cut is
worth, and the entries of a ``glossary build`` of the same texts, to show what a translator
is given.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from _util import ROOT, glossary_build, glossary_extract_all, machine, rst_table, write_page

DOMAINS = {"corp": "corruption", "equi": "dressage", "wind": "wind energy", "htfl": "heart failure"}


def acter_dir() -> Path:
    """The ACTER checkout: ``$ACTER_DIR`` or ``../ACTER`` beside the project."""
    return Path(os.environ.get("ACTER_DIR") or ROOT.parent / "ACTER")


def annotated_terms(root: Path, domain: str, names: bool) -> set[str]:
    """The corpus's unique annotations, lower-cased (with named entities when ``names``)."""
    lists = root / "nl" / domain / "annotated" / "annotations" / "unique_annotation_lists"
    path = lists / f"{domain}_nl_terms{'_nes' if names else ''}.tsv"
    with path.open(encoding="utf-8") as fh:
        return {line.split("\t", 1)[0].strip().lower() for line in fh if line.strip()}


def glossary_entries(texts: list[Path], out: Path) -> list[dict]:
    """The entries of a fresh offline ``glossary build`` of ``texts``, as candidates (lemma and
    forms)."""
    entries = glossary_build(texts, out)["entries"]
    return [{"term": e["lemma"], "forms": e.get("forms", [])} for e in entries]


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 of one list of predictions, with their counts."""

    predicted: int
    right: int
    gold: int
    found: int

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def cells(self) -> tuple[str, str, str, str]:
        return (
            str(self.predicted),
            f"{100 * self.precision:.1f}",
            f"{100 * self.recall:.1f}",
            f"**{100 * self.f1:.1f}**",
        )


def forms_of(cand: dict) -> set[str]:
    return {f.lower() for f in (cand["term"], *cand.get("forms", []))}


def per_candidate(cands: list[dict], gold: set[str]) -> Score:
    surface = set().union(*(forms_of(c) for c in cands)) if cands else set()
    right = sum(1 for c in cands if forms_of(c) & gold)
    return Score(len(cands), right, len(gold), len(surface & gold))


def per_string(cands: list[dict], gold: set[str]) -> Score:
    surface = set().union(*(forms_of(c) for c in cands)) if cands else set()
    hits = len(surface & gold)
    return Score(len(surface), hits, len(gold), hits)


PROTOCOLS = (("per candidate", per_candidate), ("per string", per_string))


def main() -> None:
    from glossary.extract.score import DEFAULT_MIN_SCORE

    root = acter_dir()
    if not (root / "nl").is_dir():
        print(f"  ACTER not found at {root} (set ACTER_DIR to a checkout): skipped", flush=True)
        return
    rows: list[tuple[str, ...]] = []
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for domain, title in DOMAINS.items():
            texts = sorted((root / "nl" / domain / "annotated" / "texts").glob("*.txt"))
            start = time.perf_counter()
            every = glossary_extract_all(texts)
            seconds[domain] = time.perf_counter() - start
            default = [c for c in every if round(c["score"], 4) >= DEFAULT_MIN_SCORE]
            built = glossary_entries(texts, Path(tmp) / f"{domain}-glossary.json")
            for names in (True, False):
                gold = annotated_terms(root, domain, names)
                label = f"{title} ({domain}), {'terms and names' if names else 'terms only'}"
                outputs = (("default", default), ("every candidate", every), ("glossary", built))
                for output, cands in outputs:
                    for protocol, fn in PROTOCOLS:
                        s = fn(cands, gold)
                        rows.append((label, output, protocol, *s.cells()))
                        if output == "default" and names:
                            print(
                                f"  {domain} {protocol}: P {100 * s.precision:.1f} "
                                f"R {100 * s.recall:.1f} F1 {100 * s.f1:.1f}",
                                flush=True,
                            )
    write_page("acter", render(rows, seconds, root))


def render(rows: list[tuple[str, ...]], seconds: dict[str, float], root: Path) -> str:
    commit = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    head = ("corpus and gold list", "output", "protocol", "predictions", "P %", "R %", "F1 %")
    times = ", ".join(f"{d} {s:.1f} s" for d, s in seconds.items())
    return f"""Term extraction on ACTER (Dutch)
================================

Generated by ``make bench BENCH=acter`` (``benchmarks/bench_acter.py``); do not edit by hand.

`ACTER <https://github.com/AylaRT/ACTER>`_ 1.5 (checkout {commit or "of unknown commit"};
CC BY-NC-SA 4.0, read from ``ACTER_DIR``, not shipped) annotates the terms and names of four
Dutch corpora. ``glossary extract`` reads each corpus's annotated texts without a term base;
*default* is its default output (score at least the glossary cut), *every candidate* the
unranked list, *glossary* the entries of ``glossary build`` (the shipped term base and CLDR
seed and lift names; a candidate seen once enters only when something attests it).
*Per candidate*: each candidate (a lemma with its surface forms) is one prediction, right
when one of its forms is an annotation; an annotation is found when it is a form of a
candidate. *Per string*: the predictions are all surface forms, lower-cased
(TermEval 2020's protocol). No rule was developed on heart failure (htfl), the corpus issue 16
names.

Machine: {machine()}. Extraction took {times}.

{rst_table(head, rows)}"""


if __name__ == "__main__":
    main()
