"""The English coverage of a glossary: counts, percentages and the summary lines."""

from __future__ import annotations

from glossary.model import Entry, Glossary, Translation
from glossary.store.summary import coverage, coverage_lines, summarize


def test_coverage_counts_english_by_status_and_source():
    g = Glossary()
    g.add(Entry("a", "a", translation=Translation("x", "termbase"), status="reviewed"))
    g.add(Entry("b", "b", translation=Translation("y", "cldr", 0.9), status="proposed"))
    g.add(Entry("c", "c"))
    g.add(
        Entry(
            "nar",
            "NAR",
            kind="acronym",
            translation=Translation("NAC", "termbase"),
            english_expansion=Translation("North Atlantic Council", "termbase"),
            status="reviewed",
        )
    )
    g.add(Entry("xyz", "XYZ", kind="acronym"))
    summary = summarize(g)
    assert summary["english"] == {
        "entries": 3,
        "of": 5,
        "percent": 60.0,
        "by_source": {"termbase": 2, "cldr": 1},
        "by_status": {"reviewed": 2, "proposed": 1},
    }
    assert coverage(summary) == "English for 3 of 5 entries (60.0%)"
    assert coverage_lines(summary) == [
        "  English by status: reviewed 2, proposed 1; no English: 2",
        "  English by source: termbase 2, cldr 1",
        "  acronyms: English expansion for 1 of 2",
    ]


def test_an_empty_glossary_has_no_percentage():
    summary = summarize(Glossary())
    assert coverage(summary) == "English for 0 of 0 entries"
    assert summary["english"]["percent"] is None
    assert coverage_lines(summary) == ["  English by status: none", "  English by source: none"]
