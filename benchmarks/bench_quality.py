"""Glossary quality on the judged development set: keep-rate, recall, English coverage.

For each set of ``tests/data/quality/`` (the shipped letters; the development excerpts; the
held-out excerpts) the real ``glossary build`` makes a fresh glossary offline, and its entries
are scored against a terminologist's judgments made before the rules were written:

* keep-rate: the share of the glossary's (judged) entries a terminologist keeps (an entry is
  judged by its lemma and kind, else its lemma, else a row of the same loose spelling unless
  that row is a variant naming the entry's lemma as canonical);
* recall: the share of the gold terms of the letters found as an entry (lemma, form or
  expansion, compared ignoring case, accents, hyphens and spaces);
* English: among the kept entries, the share that has English at all, and the share whose
  English is right (the judged English or one of its ``|`` alternatives, compared the same way),
  for all kept entries and for kept terms and acronyms (names excluded).

Each missed gold term is also placed where it was lost, from ``glossary extract --all`` of the
same letters with the same term base: never a candidate, a candidate below the glossary's
cut, or a candidate above the cut that the build held back (seen once with nothing to attest
it, or covered by its parts).

Entries no judgment covers are counted as unjudged and listed in
``benchmarks/_work/quality/unjudged-<set>.tsv`` for judging (see the set's README).
"""

from __future__ import annotations

import csv
import re
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from _util import ROOT, glossary_build, glossary_extract_all, machine, rst_table, write_page

DATA = ROOT / "tests" / "data" / "quality"
LETTERS_DEV = ROOT.parent / "shared" / "letters-dev"
WORK = ROOT / "benchmarks" / "_work" / "quality"
SETS = ("shipped", "dev", "test")
#: The set no rule is developed on: its misses are counted, never listed.
HELD_OUT = "test"
#: Where a missed gold term was lost, in pipeline order.
LOST = ("not a candidate", "below the cut", "held back")


def loose(text: str) -> str:
    """Comparison key: case, accents, hyphens, spaces and apostrophes ignored."""
    from glossary.text import fold

    return re.sub(r"[\s\-‐‑'’.]+", "", fold(text))


def loose_keys(name: str, found: dict) -> set[str]:
    """The loose keys under which a glossary entry or an extracted candidate (``found``,
    named ``name``) counts a gold term as found: its name, forms and expansion."""
    names = [name, *found.get("forms", []), found.get("expansion") or ""]
    return {loose(n) for n in names if n}


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def letter_files(name: str) -> list[Path]:
    """The letter files of a set."""
    if name == "shipped":
        return sorted((ROOT / "terms" / "letters").glob("*.txt"))
    listed = (DATA / f"{name}-files.txt").read_text(encoding="utf-8").split()
    return [LETTERS_DEV / f for f in listed]


@dataclass
class Score:
    """What one set's glossary scores."""

    entries: int = 0
    judged: int = 0
    kept: int = 0
    rejected_by: Counter[str] = field(default_factory=Counter)
    unjudged: list[dict] = field(default_factory=list)
    gold: int = 0
    gold_found: int = 0
    gold_missed: list[str] = field(default_factory=list)
    #: Where each missed gold term was lost (one of :data:`LOST`), by term.
    lost: dict[str, str] = field(default_factory=dict)
    #: Gold terms and found ones by kind (``term``, ``acronym``, ``entity``).
    gold_by_kind: Counter[str] = field(default_factory=Counter)
    found_by_kind: Counter[str] = field(default_factory=Counter)
    kept_with_english: int = 0
    kept_right: int = 0
    kept_terms: int = 0
    kept_terms_right: int = 0
    by_source: Counter[str] = field(default_factory=Counter)
    right_by_source: Counter[str] = field(default_factory=Counter)
    wrong: list[tuple[str, str, str]] = field(default_factory=list)
    #: Loose keys of every lemma, form and expansion in the glossary.
    found_keys: set[str] = field(default_factory=set)

    def pct(self, a: int, b: int) -> str:
        return f"{100 * a / b:.1f}" if b else "—"

    def recall_of(self, *kinds: str) -> str:
        """Recall over the gold terms of ``kinds``, as a percentage."""
        return self.pct(
            sum(self.found_by_kind[k] for k in kinds), sum(self.gold_by_kind[k] for k in kinds)
        )


def judgment_index(rows: list[dict[str, str]]) -> tuple[dict, dict]:
    exact: dict[tuple[str, str], dict[str, str]] = {}
    by_key: dict[str, dict[str, str]] = {}
    for r in rows:
        exact.setdefault((r["term"], r["kind"]), r)
        by_key.setdefault(loose(r["term"]), r)
    return exact, by_key


def judged_row(entry: dict, exact: dict, by_key: dict) -> dict[str, str] | None:
    """The judgment of an entry: its lemma and kind, else its lemma as another kind, else a
    row of the same loose spelling, unless that row is a variant naming this very lemma as its
    canonical form (it judges another spelling; the canonical one is judged on its own)."""
    lemma = entry["lemma"]
    found = exact.get((lemma, entry["kind"])) or next(
        (exact[(lemma, k)] for k in ("term", "entity", "acronym") if (lemma, k) in exact), None
    )
    if found:
        return found
    found = by_key.get(loose(lemma))
    if found and found["reason"] == "variant" and found.get("canonical") == lemma:
        return None
    return found


def english_of(entry: dict) -> str:
    """The entry's English (its translation's text), or ''."""
    return (entry.get("translation") or {}).get("text") or ""


def english_right(entry: dict, judged: dict[str, str]) -> bool:
    """The entry's English is one of the judged renderings (or their acronym/expansion)."""
    wanted = {loose(e) for e in judged["english"].split("|") if e}
    wanted |= {loose(e) for e in judged.get("english_expansion", "").split("|") if e}
    got = english_of(entry)
    return bool(got) and loose(got) in wanted


def judgments(name: str) -> list[dict[str, str]]:
    """The judged rows of a set: the original judgments, then ``added-<set>.tsv`` (entries
    a later change produced, judged before their score was read)."""
    rows = read_tsv(DATA / f"judged-{name}.tsv")
    added = DATA / f"added-{name}.tsv"
    return rows + (read_tsv(added) if added.is_file() else [])


def score(name: str, glossary: dict) -> Score:
    exact, by_key = judgment_index(judgments(name))
    gold = read_tsv(DATA / f"gold-{name}.tsv")
    s = Score()
    entries = [e for e in glossary["entries"] if not e.get("stale")]
    s.entries = len(entries)
    found_keys: set[str] = set()
    for e in entries:
        found_keys |= loose_keys(e["lemma"], e)
        judged = judged_row(e, exact, by_key)
        if judged is None:
            s.unjudged.append(e)
            continue
        s.judged += 1
        if judged["decision"] != "keep":
            s.rejected_by[judged["reason"] or "other"] += 1
            continue
        s.kept += 1
        english = english_of(e)
        if english:
            s.kept_with_english += 1
            s.by_source[(e.get("translation") or {}).get("source", "?")] += 1
        right = english_right(e, judged)
        s.kept_right += right
        if english and right:
            s.right_by_source[(e.get("translation") or {}).get("source", "?")] += 1
        if judged["reason"] != "identical-name" and e["kind"] != "entity":
            s.kept_terms += 1
            s.kept_terms_right += right
        if english and not right:
            s.wrong.append((e["lemma"], english, judged["english"]))
    s.found_keys = found_keys
    terms: dict[str, tuple[str, str]] = {}
    for g in gold:
        terms.setdefault(loose(g["term"]), (g["term"], g["kind"]))
    s.gold = len(terms)
    for key, (term, kind) in sorted(terms.items()):
        s.gold_by_kind[kind] += 1
        if key in found_keys:
            s.gold_found += 1
            s.found_by_kind[kind] += 1
        else:
            s.gold_missed.append(term)
    return s


def share_of(part: set[str], whole: set[str]) -> str:
    """``part`` as a percentage of ``whole``, one decimal (a dash for an empty whole)."""
    return f"{100 * len(part) / len(whole):.1f}" if whole else "—"


def gold_keys(path: Path, *kinds: str) -> set[str]:
    """The loose keys of a gold list's distinct terms (of ``kinds`` only, if given)."""
    return {
        loose(r["term"])
        for r in read_tsv(path)
        if r.get("term") and (not kinds or r.get("kind") in kinds)
    }


def judges_on_terms(name: str, s: Score) -> tuple[list[tuple[str, ...]], Counter[int]]:
    """The target's view of the judges: for terms and acronyms only, how much of each list
    the glossary finds and how much of the project's list each judge lists (a second
    terminologist's recall of it); and the project's missed terms and acronyms counted by
    how many of the judges list them (1: the project's judge alone)."""
    extra = sorted(DATA.glob(f"gold-{name}-*.tsv"))
    if not extra:
        return [], Counter()
    kinds = ("term", "acronym")
    project = gold_keys(DATA / f"gold-{name}.tsv", *kinds)
    everyone = [gold_keys(p) for p in extra]
    rows: list[tuple[str, ...]] = [
        (f"*{name}*, project", str(len(project)), share_of(project & s.found_keys, project), "—")
    ]
    for path, listed in zip(extra, everyone, strict=True):
        own = gold_keys(path, *kinds)
        judge = path.stem.removeprefix(f"gold-{name}-")
        rows.append(
            (
                f"*{name}*, {judge}",
                str(len(own)),
                share_of(own & s.found_keys, own),
                share_of(project & listed, project),
            )
        )
    votes = Counter(1 + sum(k in listed for listed in everyone) for k in project - s.found_keys)
    return rows, votes


def judges(name: str, s: Score) -> list[tuple[str, ...]]:
    """Rows comparing the set's gold with independent judges' gold lists of the same letters
    (``gold-<set>-<judge>.tsv``, written from the texts and the guidelines alone): how much of
    each list the glossary finds, how much of the project's gold each judge lists, and the
    glossary's recall of the terms two or all of the judges list."""
    extra = sorted(DATA.glob(f"gold-{name}-*.tsv"))
    if not extra:
        return []
    lists = {"project": gold_keys(DATA / f"gold-{name}.tsv")}
    lists |= {p.stem.removeprefix(f"gold-{name}-"): gold_keys(p) for p in extra}
    project = lists["project"]
    rows: list[tuple[str, ...]] = [
        (
            f"*{name}*, {judge}",
            str(len(keys)),
            share_of(keys & s.found_keys, keys),
            share_of(keys & project, keys) if judge != "project" else "—",
            share_of(project & keys, project) if judge != "project" else "—",
        )
        for judge, keys in lists.items()
    ]
    votes: dict[str, int] = {}
    for keys in lists.values():
        for k in keys:
            votes[k] = votes.get(k, 0) + 1
    for least, label in ((2, "at least two judges"), (len(lists), "every judge")):
        agreed = {k for k, n in votes.items() if n >= least}
        found = share_of(agreed & s.found_keys, agreed)
        rows.append((f"*{name}*, {label}", str(len(agreed)), found, "—", "—"))
    return rows


def where_lost(missed: list[str], candidates: list[dict], cut: float) -> dict[str, str]:
    """Where each missed gold term was lost (:data:`LOST`): no candidate has it as its term,
    a form or its expansion; the best such candidate scores below ``cut``; or it scores at
    least ``cut`` and the build did not make it an entry."""
    best: dict[str, float] = {}
    for c in candidates:
        for key in loose_keys(c["term"], c):
            best[key] = max(best.get(key, c["score"]), c["score"])
    out: dict[str, str] = {}
    for term in missed:
        score = best.get(loose(term))
        out[term] = LOST[0] if score is None else LOST[1] if score < cut else LOST[2]
    return out


def write_unjudged(name: str, s: Score) -> Path:
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"unjudged-{name}.tsv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("term\tkind\tfreq\tforms\texample\n")
        for e in s.unjudged:
            example = " ".join((e.get("examples") or [{}])[0].get("sentence", "").split())
            fh.write(
                f"{e['lemma']}\t{e['kind']}\t{e.get('freq', '')}\t{'|'.join(e.get('forms', []))}"
                f"\t{example[:300]}\n"
            )
    return path


def main() -> None:
    from glossary.extract.score import DEFAULT_MIN_SCORE
    from glossary.paths import shipped_terms_dir

    results: dict[str, Score] = {}
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in SETS:
            files = letter_files(name)
            if not all(f.is_file() for f in files):
                print(f"  {name}: letters not found, skipped", flush=True)
                continue
            start = time.perf_counter()
            glossary = glossary_build(files, Path(tmp) / f"{name}.json")
            seconds[name] = time.perf_counter() - start
            results[name] = s = score(name, glossary)
            candidates = glossary_extract_all(files, shipped_terms_dir() / "termbase.tsv")
            s.lost = where_lost(s.gold_missed, candidates, DEFAULT_MIN_SCORE)
            path = write_unjudged(name, s)
            print(
                f"  {name}: {s.entries} entries, keep {s.pct(s.kept, s.judged)}% of "
                f"{s.judged} judged ({len(s.unjudged)} unjudged → {path.name}), recall "
                f"{s.pct(s.gold_found, s.gold)}% (terms and acronyms "
                f"{s.recall_of('term', 'acronym')}%, names {s.recall_of('entity')}%), "
                f"English right {s.pct(s.kept_right, s.kept)}%",
                flush=True,
            )
    write_page("quality", render(results, seconds))


def render(results: dict[str, Score], seconds: dict[str, float]) -> str:
    head = ("measure", *results)
    rows = [
        ("letters", *(str(len(letter_files(n))) for n in results)),
        ("entries in the glossary (not stale)", *(str(s.entries) for s in results.values())),
        ("judged / unjudged", *(f"{s.judged} / {len(s.unjudged)}" for s in results.values())),
        (
            "**keep-rate** (% of judged entries kept)",
            *(s.pct(s.kept, s.judged) for s in results.values()),
        ),
        (
            "**recall** (% of gold terms found)",
            *(s.pct(s.gold_found, s.gold) for s in results.values()),
        ),
        (
            "recall of terms and acronyms (%)",
            *(s.recall_of("term", "acronym") for s in results.values()),
        ),
        ("recall of names (%)", *(s.recall_of("entity") for s in results.values())),
        (
            "kept entries with English (%)",
            *(s.pct(s.kept_with_english, s.kept) for s in results.values()),
        ),
        (
            "**kept entries with the right English** (%)",
            *(s.pct(s.kept_right, s.kept) for s in results.values()),
        ),
        (
            "kept terms and acronyms with the right English (%)",
            *(s.pct(s.kept_terms_right, s.kept_terms) for s in results.values()),
        ),
        ("build time (s)", *(f"{seconds[n]:.1f}" for n in results)),
    ]
    reasons = sorted({r for s in results.values() for r in s.rejected_by})
    reject_rows = [(r, *(str(s.rejected_by[r]) for s in results.values())) for r in reasons]
    sources = sorted({r for s in results.values() for r in s.by_source})
    source_rows = [
        (r, *(f"{s.by_source[r]} ({s.right_by_source[r]} right)" for s in results.values()))
        for r in sources
    ]
    missed = "\n".join(_missed_line(name, s) for name, s in results.items())
    lost = [Counter(_lost_kind(s, t) for t in s.gold_missed) for s in results.values()]
    lost_rows = [
        (f"{where} ({kind})", *(str(counts[where, kind]) for counts in lost))
        for where in LOST
        for kind in ("one word", "several words")
    ]
    judge_rows = [row for name, s in results.items() for row in judges(name, s)]
    judge_head = (
        "gold list",
        "terms",
        "glossary finds (%)",
        "in the project's gold (%)",
        "of the project's gold (%)",
    )
    on_terms = {name: judges_on_terms(name, s) for name, s in results.items()}
    term_rows = [row for rows, _ in on_terms.values() for row in rows]
    judges_n = max((len(rows) for rows, _ in on_terms.values()), default=0)  # project + judges
    vote_rows = [
        (
            f"*{name}*",
            *(str(votes[n]) for n in range(1, judges_n + 1)),
        )
        for name, (rows, votes) in on_terms.items()
        if rows
    ]
    term_head = ("gold list", "terms and acronyms", "glossary finds (%)", "of the project's (%)")
    vote_head = ("set", *(f"listed by {n} judge{'s' * (n > 1)}" for n in range(1, judges_n + 1)))
    judged_by = (
        f"""Independent judges: other terminologists listed the terms of the same letters from the
texts and ``GUIDELINES.md`` alone (``gold-<set>-<judge>.tsv``). *Glossary finds* is recall
against each list; the last two columns say how far each judge and the project's gold agree.

{rst_table(judge_head, judge_rows)}
The same for terms and acronyms only, the kinds of the recall target: the last column is the
share of the project's terms and acronyms that the judge lists too, a second terminologist's
recall of the project's list.

{rst_table(term_head, term_rows)}
The project's terms and acronyms the glossary misses, by how many judges list them (1: the
project's judge alone):

{rst_table(vote_head, vote_rows)}"""
        if judge_rows
        else ""
    )
    return f"""Glossary quality on the judged development set
===============================================

Generated by ``make bench BENCH=quality`` (``benchmarks/bench_quality.py``); do not edit by hand.

A fresh offline ``glossary build`` of each set is scored against a terminologist's judgments
(``tests/data/quality/``, made before the rules they measure): **keep-rate** is the share of
the glossary's entries a terminologist keeps, **recall** the share of the letters' gold terms
that are entries, and **English** the share of kept entries whose English is the judged one
(or an accepted alternative). *shipped* are the two shipped letters, *dev* the 22 development
excerpts, *test* the 11 held-out excerpts (never developed on).

Machine: {machine()}.

{rst_table(head, rows)}
Rejected entries by the terminologist's reason:

{rst_table(("reason", *results), reject_rows)}
Kept entries with English, by translation source (and how many of them have the right English):

{rst_table(("source", *results), source_rows)}
{judged_by}
Gold terms not found, by where they were lost (``glossary extract --all`` of the same letters
with the same term base): never a candidate; a candidate below the glossary's cut; or above
the cut but held back by the build (seen once with nothing to attest it, or covered by its
parts):

{rst_table(("where lost", *results), lost_rows)}
Gold terms not found (first 40 per set; the held-out set's are only counted, so that a
report read while writing rules does not show them):

{missed}
"""


def _lost_kind(s: Score, term: str) -> tuple[str, str]:
    return s.lost.get(term, "?"), "several words" if " " in term else "one word"


def _missed_line(name: str, s: Score) -> str:
    """The set's missed gold terms as one list item, each with where it was lost; for the
    held-out set only their count."""
    if name == HELD_OUT:
        return f"- *{name}*: {len(s.gold_missed)} (held out: not listed)"
    more = " …" if len(s.gold_missed) > 40 else ""
    listed = ", ".join(f"{t} ({s.lost.get(t, '?')})" for t in s.gold_missed[:40])
    return f"- *{name}*: {listed}{more}"


if __name__ == "__main__":
    main()
