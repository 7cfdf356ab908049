"""The quality bench's report of missed gold terms: where each was lost, the held-out set
counted only."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_quality  # noqa: E402


def cand(
    term: str, score: float, forms: tuple[str, ...] = (), expansion: str | None = None
) -> dict:
    return {"term": term, "score": score, "forms": list(forms), "expansion": expansion}


def test_where_lost_follows_the_pipeline() -> None:
    candidates = [
        cand("luchtverdediging", 0.4, ("Luchtverdediging", "luchtverdedigingen")),
        cand("luchtverdediging", 3.0, ("luchtverdediging",)),
        cand("domein", 0.2),
        cand("militair overwicht", 3.1),
        cand("NSATU", 5.0, expansion="NATO Security Assistance and Training for Ukraine"),
    ]
    lost = bench_quality.where_lost(
        [
            "lucht-verdediging",
            "Domein",
            "militair overwicht",
            "nato security assistance and training for ukraine",
            "wijze van optreden",
        ],
        candidates,
        1.0,
    )
    assert lost == {
        "lucht-verdediging": "held back",  # the best of its candidates counts
        "Domein": "below the cut",
        "militair overwicht": "held back",
        "nato security assistance and training for ukraine": "held back",
        "wijze van optreden": "not a candidate",
    }


def test_held_out_misses_are_counted_not_listed() -> None:
    s = bench_quality.Score(gold_missed=["geheim", "ander"], lost={"geheim": "below the cut"})
    assert bench_quality._missed_line("test", s) == "- *test*: 2 (held out: not listed)"
    assert bench_quality._missed_line("dev", s) == "- *dev*: geheim (below the cut), ander (?)"


def test_judges_on_terms_counts_terms_and_acronyms_only(tmp_path, monkeypatch) -> None:
    head = "letter\tterm\tkind\tenglish\tenglish_expansion\tnote\n"
    rows = {
        "gold-x.tsv": [
            ("afschrikking", "term"),
            ("NAR", "acronym"),
            ("slagveld", "term"),
            ("inzet", "term"),
            ("Wenen", "entity"),
        ],
        "gold-x-judge2.tsv": [("afschrikking", "term"), ("NAR", "acronym"), ("slagveld", "term")],
        "gold-x-judge3.tsv": [("afschrikking", "term"), ("Wenen", "entity")],
    }
    for name, listed in rows.items():
        body = "".join(f"l\t{term}\t{kind}\t\t\t\n" for term, kind in listed)
        (tmp_path / name).write_text(head + body, encoding="utf-8")
    monkeypatch.setattr(bench_quality, "DATA", tmp_path)
    s = bench_quality.Score(found_keys={"afschrikking", "nar", "wenen"})
    table, votes = bench_quality.judges_on_terms("x", s)
    assert table == [
        ("*x*, project", "4", "50.0", "—"),
        ("*x*, judge2", "3", "66.7", "75.0"),  # lists 3 of the project's 4
        ("*x*, judge3", "1", "100.0", "25.0"),  # names do not count
    ]
    assert votes == {2: 1, 1: 1}  # slagveld (project, judge2), inzet (project alone)
