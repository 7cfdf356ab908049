"""Reviewer decisions as pure functions: what they change, what they record, what they refuse."""

from __future__ import annotations

import pytest

from glossary.errors import InputError
from glossary.review.decisions import (
    approve,
    default_user,
    forbid,
    reject,
    reject_term,
    rejection_key,
    review_queue,
    set_note,
    set_translation,
    unforbid,
)
from glossary.review.rejections import Rejections
from glossary.store import jsonfile as store

from ._data import fixture_glossary

AT = "2025-06-01T09:30:00Z"


def test_approve_computed_english_makes_it_human_and_records_the_origin() -> None:
    e = fixture_glossary().get("lastenverdeling")
    assert not e.is_human
    change = approve(e, by="ann", at=AT)
    assert change.changed
    assert (e.english, e.source, e.status, e.translation.confidence) == (
        "burden sharing",
        "manual",
        "reviewed",
        1.0,
    )
    assert e.is_human
    d = e.history[-1]
    assert (d.action, d.by, d.at) == ("approve", "ann", AT)
    assert d.detail == {
        "en": "burden sharing",
        "was_status": "proposed",
        "was_source": "letter",
        "was_confidence": "0.8",
    }
    assert e.updated == AT
    assert [t.text for t in e.alternatives] == ["burden-sharing"]
    assert change.before["status"] == "proposed" and change.after["status"] == "reviewed"


def test_approve_keeps_a_translator_source_and_is_idempotent() -> None:
    e = fixture_glossary().get("hybride-dreiging")
    set_translation(
        e, "hybrid threat", source="translator", status="proposed", by="po", at=AT, action="import"
    )
    approve(e, by="ann", at=AT)
    assert (e.source, e.status) == ("translator", "reviewed")
    n = len(e.history)
    again = approve(e, by="bob", at="2030-01-01T00:00:00Z")
    assert not again.changed and len(e.history) == n and e.updated == AT


def test_approve_without_english_is_an_input_error() -> None:
    e = fixture_glossary().get("luchtverdediging")
    with pytest.raises(InputError, match="has no English to approve"):
        approve(e, by="ann", at=AT)
    assert e.history == [] and e.status == "missing"


def test_set_translation_keeps_the_computed_english_as_alternative() -> None:
    e = fixture_glossary().get("lastenverdeling")
    change = set_translation(
        e,
        "burden-sharing",
        source="manual",
        status="reviewed",
        by="ann",
        at=AT,
        alternatives=["cost sharing"],
        note="NATO usage",
    )
    assert change.changed
    assert (e.english, e.source, e.status, e.note) == (
        "burden-sharing",
        "manual",
        "reviewed",
        "NATO usage",
    )
    assert [(t.text, t.source) for t in e.alternatives] == [
        ("cost sharing", "manual"),
        ("burden sharing", "letter"),
    ]
    assert e.is_human
    assert e.history[-1].detail["was"] == "burden sharing"
    assert e.history[-1].detail["alt"] == "cost sharing"


def test_set_translation_drops_a_replaced_human_english_but_records_it() -> None:
    e = fixture_glossary().get("luchtverdediging")
    set_translation(e, "air defense", source="manual", status="reviewed", by="ann", at=AT)
    set_translation(e, "air defence", source="manual", status="reviewed", by="bob", at=AT)
    assert e.english == "air defence" and e.alternatives == []
    assert e.history[-1].detail["was"] == "air defense"
    unchanged = set_translation(e, "air defence", source="manual", status="reviewed", by="c", at=AT)
    assert not unchanged.changed and len(e.history) == 2


def test_set_translation_records_an_english_expansion() -> None:
    e = fixture_glossary().get("navo")
    change = set_translation(
        e,
        "NATO",
        source="manual",
        status="reviewed",
        by="ann",
        at=AT,
        english_expansion="North Atlantic Treaty Organization",
    )
    assert change.changed and "English expansion" in change.message
    assert (e.english_expansion.text, e.english_expansion.source) == (
        "North Atlantic Treaty Organization",
        "manual",
    )
    assert change.after["english_expansion"] == "North Atlantic Treaty Organization"
    assert e.history[-1].detail["english_expansion"] == "North Atlantic Treaty Organization"
    again = set_translation(
        e,
        "NATO",
        source="manual",
        status="reviewed",
        by="ann",
        at=AT,
        english_expansion="North Atlantic Treaty Organization",
    )
    assert not again.changed
    e.forbidden.append("North Atlantic Alliance")
    with pytest.raises(InputError, match="forbidden"):
        set_translation(
            e,
            "NATO",
            source="manual",
            status="reviewed",
            by="ann",
            at=AT,
            english_expansion="North Atlantic Alliance",
        )


def test_set_translation_general_enough_for_an_import() -> None:
    e = fixture_glossary().get("bijeenkomst")
    set_translation(
        e,
        "meeting",
        source="translator",
        status="reviewed",
        by="po-import",
        at=AT,
        action="import",
        note="from translators.po",
    )
    assert e.is_human and e.history[-1].action == "import"
    assert e.translation.source == "translator" and e.note == "from translators.po"
    with pytest.raises(InputError, match="unknown translation source"):
        set_translation(e, "x", source="human", status="reviewed", by="a", at=AT)
    with pytest.raises(InputError, match="unknown status"):
        set_translation(e, "x", source="manual", status="approved", by="a", at=AT)
    with pytest.raises(InputError, match="may not be empty"):
        set_translation(e, "  ", source="manual", status="reviewed", by="a", at=AT)


def test_note_set_and_clear() -> None:
    e = fixture_glossary().get("afschrikking")
    assert set_note(e, "Use 'deterrence', never 'intimidation'.", by="ann", at=AT).changed
    assert e.note == "Use 'deterrence', never 'intimidation'."
    assert not set_note(e, "Use 'deterrence', never 'intimidation'.", by="ann", at=AT).changed
    assert set_note(e, "", by="ann", at=AT).changed and e.note is None
    assert [d.action for d in e.history] == ["note", "note"]


def test_forbid_removes_the_alternative_and_blocks_setting_it() -> None:
    e = fixture_glossary().get("lastenverdeling")
    assert forbid(e, "Burden-Sharing", by="ann", at=AT).changed
    assert e.forbidden == ["Burden-Sharing"] and e.alternatives == []
    assert not forbid(e, "burden-sharing", by="ann", at=AT).changed
    with pytest.raises(InputError, match="is a forbidden rendering"):
        set_translation(e, "burden-sharing", source="manual", status="reviewed", by="a", at=AT)
    with pytest.raises(InputError, match="is a forbidden rendering"):
        set_translation(
            e,
            "burden sharing",
            source="manual",
            status="reviewed",
            by="a",
            at=AT,
            alternatives=["burden-sharing"],
        )
    approve(e, by="ann", at=AT)
    with pytest.raises(InputError, match="is the reviewed English"):
        forbid(e, "BURDEN SHARING", by="ann", at=AT)
    assert unforbid(e, "burden-sharing", by="ann", at=AT).changed and e.forbidden == []
    assert not unforbid(e, "burden-sharing", by="ann", at=AT).changed
    assert [d.action for d in e.history] == ["forbid", "approve", "unforbid"]


def test_forbid_the_computed_english_leaves_the_entry_missing() -> None:
    e = fixture_glossary().get("bijeenkomst")
    change = forbid(e, "Meeting", by="ann", at=AT)
    assert e.translation is None and e.status == "missing" and e.forbidden == ["Meeting"]
    assert change.before["english"] == "meeting" and "no English until" in change.message
    assert e.history[-1].detail == {"en": "Meeting", "was_status": "machine"}
    with pytest.raises(InputError, match="has no English to approve"):
        approve(e, by="ann", at=AT)


def test_reject_removes_the_entry_and_lists_the_lemma() -> None:
    g, r = fixture_glossary(), Rejections()
    change = reject(g, r, g.get("bijeenkomst"), reason="general word", by="ann", at=AT)
    assert "bijeenkomst" not in g.entries and change.action == "reject"
    assert r.is_rejected("bijeenkomst") and r.is_rejected("Bijeenkomst")
    assert r.get("bijeenkomst").to_json() == {
        "term": "bijeenkomst",
        "reason": "general word",
        "by": "ann",
        "at": AT,
    }


def test_reject_of_a_homograph_lists_its_id_only() -> None:
    g, r = fixture_glossary(), Rejections()
    assert rejection_key(g, g.get("navo-2")) == "id:navo-2"
    assert rejection_key(g, g.get("navo")) == "id:navo"
    assert rejection_key(g, g.get("lastenverdeling")) == "lastenverdeling"
    reject(g, r, g.get("navo-2"), reason="machine noise", by="ann", at=AT)
    assert r.is_rejected_id("navo-2") and r.is_rejected("id:navo-2")
    assert not r.is_rejected("navo") and not r.is_rejected("NAVO")
    assert not r.is_rejected_id("navo")
    assert "navo" in g.entries
    assert r.find("navo-2").term == "id:navo-2"


def test_reject_term_not_in_glossary() -> None:
    r = Rejections()
    assert reject_term(r, "kamerbrief", reason="", by="a", at=AT).message.endswith(
        "(not in the glossary)"
    )
    assert r.is_rejected("Kamerbrief")
    with pytest.raises(InputError):
        reject_term(r, " ", reason="", by="a", at=AT)


def test_review_queue_order_and_filters() -> None:
    g = fixture_glossary()
    # the most likely to be kept first: English from the letter or the term base, then terms
    # seen more than once by score, then a term seen once (navo-2)
    assert [e.id for e in review_queue(g)] == [
        "lastenverdeling",
        "oekraine",
        "luchtverdediging",
        "hybride-dreiging",
        "bijeenkomst",
        "navo-2",
    ]
    assert [e.id for e in review_queue(g, kinds=["entity"])] == ["oekraine"]
    assert [e.id for e in review_queue(g, statuses=["machine"])] == ["bijeenkomst", "navo-2"]
    assert [e.id for e in review_queue(g, statuses=["reviewed"])] == ["navo", "afschrikking"]
    assert [
        e.id for e in review_queue(g, letters=["kst-28676-467"], statuses=["missing", "proposed"])
    ] == ["luchtverdediging", "hybride-dreiging"]
    approve(g.get("lastenverdeling"), by="a", at=AT)
    assert "lastenverdeling" not in [e.id for e in review_queue(g)]


def test_decisions_survive_the_store_round_trip(tmp_path) -> None:
    g = fixture_glossary()
    approve(g.get("lastenverdeling"), by="ann", at=AT)
    forbid(g.get("lastenverdeling"), "burden-sharing", by="ann", at=AT)
    set_note(g.get("afschrikking"), "NATO core task", by="bob", at=AT)
    path = tmp_path / "g.json"
    store.save(g, path)
    back = store.load(path)
    assert store.dumps(back) == store.dumps(g)
    e = back.get("lastenverdeling")
    assert e.is_human and e.forbidden == ["burden-sharing"]
    assert [d.action for d in e.history] == ["approve", "forbid"]


def test_default_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NATO_GLOSSARY_USER", "  terminologist ")
    assert default_user() == "terminologist"
    monkeypatch.delenv("NATO_GLOSSARY_USER")
    assert default_user()
