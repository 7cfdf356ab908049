"""The build's merge and the reject list together: rejected lemmas and ids stay out."""

from __future__ import annotations

from glossary.build.merge import merge
from glossary.model import Candidate, Translation
from glossary.review.decisions import approve, forbid, reject, set_note
from glossary.review.rejections import Rejections, parse_rejections
from glossary.translate.chain import Resolution

from ._data import fixture_glossary

AT = "2025-06-01T09:30:00Z"


def candidates() -> list[Candidate]:
    return [
        Candidate("NAVO", "acronym", 1.0, 40, forms=["NAVO"]),
        Candidate("navo", "term", 0.1, 1, forms=["navo"]),
        Candidate("bijeenkomst", "term", 0.2, 4, forms=["bijeenkomst"]),
        Candidate("lastenverdeling", "term", 0.9, 7, forms=["lastenverdeling"]),
    ]


def build(g, r: Rejections, resolutions=None):
    return merge(
        g,
        candidates(),
        resolutions or {},
        now="2025-07-01T00:00:00Z",
        rejected=r.is_rejected,
        rejected_id=r.is_rejected_id,
    )


def test_a_homograph_rejected_by_id_is_not_minted_again() -> None:
    g, r = fixture_glossary(), Rejections()
    reject(g, r, g.get("navo-2"), reason="noise", by="a", at=AT)
    new, report = build(g, r)
    assert "navo-2" not in new.entries and "navo" in new.entries
    assert "navo" in report.rejected and "navo-2" not in report.new


def test_an_id_row_drops_an_entry_still_in_the_glossary() -> None:
    g = fixture_glossary()
    new, report = build(g, parse_rejections("id:navo-2\n"))
    assert "navo-2" not in new.entries and new.get("navo").lemma == "NAVO"
    assert report.rejected == ["navo"]


def test_a_rejected_lemma_is_skipped_and_its_entry_dropped() -> None:
    g = fixture_glossary()
    new, report = build(g, parse_rejections("Bijeenkomst\n"))
    assert "bijeenkomst" not in new.entries and "bijeenkomst" in report.rejected


def test_reviewed_note_and_forbidden_survive_the_merge() -> None:
    g, r = fixture_glossary(), Rejections()
    approve(g.get("lastenverdeling"), by="a", at=AT)
    forbid(g.get("bijeenkomst"), "meeting", by="a", at=AT)
    set_note(g.get("bijeenkomst"), "general word", by="a", at=AT)
    answers = {
        ("lastenverdeling", "term"): Resolution(Translation("cost sharing", "termbase")),
        ("bijeenkomst", "term"): Resolution(
            Translation("meeting", "compound", 0.6), (Translation("gathering", "compound", 0.5),)
        ),
    }
    new, _ = build(g, r, answers)
    lv = new.get("lastenverdeling")
    assert (lv.english, lv.source, lv.status) == ("burden sharing", "manual", "reviewed")
    b = new.get("bijeenkomst")
    assert b.note == "general word" and b.forbidden == ["meeting"]
    assert b.english == "gathering"
