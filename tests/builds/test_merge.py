"""Rebuild rules on hand-made candidates: ids, reviewed entries, term base, stale, prune."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest

from glossary.build.merge import candidate_key, merge, unify_synonyms
from glossary.model import Candidate, Entry, Glossary, Occurrence, Translation
from glossary.paths import DATA_DIR, shipped_terms_dir
from glossary.store import jsonfile as store
from glossary.store.atomic import WriteError
from glossary.translate.chain import build_chain
from glossary.translate.lexicon import load_lexicon
from glossary.translate.termbase import load_termbase, parse_termbase, renderings_of

T0, T1, T2 = "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z"
LETTERS = {
    "L1": {
        "id": "L1",
        "dossier": "28 676",
        "number": "1",
        "date": None,
        "sender": None,
        "title": None,
    }
}
SCHEMA = json.loads((DATA_DIR / "glossary.schema.json").read_text(encoding="utf-8"))
TB_HEADER = "nl\ten\ten_alt\tkind\texpansion\tsource\tnote\n"


def cand(
    term: str,
    kind: str = "term",
    freq: int = 2,
    forms: tuple[str, ...] = (),
    letter: str = "L1",
    **kw,
) -> Candidate:
    occ = [
        Occurrence(letter, 10 * i, 10 * i + len(term), f"Zin {i} met {term}.") for i in range(freq)
    ]
    return Candidate(
        term, kind, 0.5, freq, forms=[term, *forms], occurrences=occ, letters=[letter], **kw
    )


@pytest.fixture(scope="module")
def termbase():
    return load_termbase(shipped_terms_dir() / "termbase.tsv")


@pytest.fixture(scope="module")
def chain(termbase):
    return build_chain(termbase, load_lexicon(shipped_terms_dir() / "lexicon.tsv"))


def build(old: Glossary, candidates, chain, termbase, now=T1, **kw):
    resolutions = {candidate_key(c): chain.resolve(c) for c in candidates}
    return merge(
        old,
        candidates,
        resolutions,
        now=now,
        letters=LETTERS,
        termbase_renderings=lambda e: renderings_of(termbase, e.lemma, e.kind),
        **kw,
    )


CANDIDATES = [
    cand("lastenverdeling", forms=("Lastenverdeling",)),
    cand("afschrikking en verdediging"),
    cand("NAVO", "acronym", expansion="Noord-Atlantische Verdragsorganisatie"),
    cand("luchtverdedigingsmiddel", forms=("luchtverdedigingsmiddelen",)),
    cand("ondersteuning", english_evidence=["enablement"]),
    cand("third responder"),
    cand("zwembadwater"),
]


def test_fresh_build(chain, termbase):
    glossary, report = build(Glossary(), CANDIDATES, chain, termbase, now=T0)
    by_id = glossary.entries
    assert sorted(report.new) == sorted(by_id)
    assert by_id["lastenverdeling"].english == "burden sharing"
    assert (by_id["lastenverdeling"].status, by_id["lastenverdeling"].source) == (
        "reviewed",
        "termbase",
    )
    assert by_id["afschrikking-en-verdediging"].english == "deterrence and defence"
    assert by_id["navo"].english == "NATO"
    assert (by_id["luchtverdedigingsmiddel"].english, by_id["luchtverdedigingsmiddel"].status) == (
        "air defence asset",
        "proposed",
    )
    assert [a.text for a in by_id["ondersteuning"].alternatives] == ["enablement"]
    assert by_id["third-responder"].source == "termbase"
    assert by_id["zwembadwater"].status == "missing" and by_id["zwembadwater"].translation is None
    assert all(e.created == e.updated == T0 for e in glossary)
    assert by_id["lastenverdeling"].count == 2 and len(by_id["lastenverdeling"].examples) == 2
    jsonschema.validate(glossary.to_json(), SCHEMA)


def test_unchanged_rebuild_is_byte_identical(chain, termbase):
    first, _ = build(Glossary(), CANDIDATES, chain, termbase, now=T0)
    second, report = build(first, list(reversed(CANDIDATES)), chain, termbase, now=T1)
    assert store.dumps(second) == store.dumps(first)
    assert report.new == [] and report.changed == [] and len(report.unchanged) == len(CANDIDATES)


def test_homographs_get_deterministic_ids(chain, termbase):
    glossary, _ = build(Glossary(), [cand("navo"), cand("NAVO", "acronym")], chain, termbase)
    assert glossary.entries["navo"].lemma == "NAVO"  # sorted: capitals first
    assert glossary.entries["navo-2"].lemma == "navo"
    again, _ = build(glossary, [cand("NAVO", "acronym"), cand("navo")], chain, termbase)
    assert store.dumps(again) == store.dumps(glossary)


def test_id_is_frozen_when_the_lemmatizer_changes(chain, termbase):
    first, _ = build(Glossary(), [cand("hybride dreigingen")], chain, termbase, now=T0)
    second, report = build(
        first, [cand("hybride dreiging", forms=("hybride dreigingen",))], chain, termbase, now=T1
    )
    [entry] = second.entries.values()
    assert entry.id == "hybride-dreigingen" and entry.lemma == "hybride dreiging"
    assert entry.english == "hybrid threat" and entry.updated == T1 and entry.created == T0
    assert report.changed == ["hybride-dreigingen"] and report.new == []


def reviewed(glossary: Glossary, entry_id: str, english: str) -> Glossary:
    entry = glossary.entries[entry_id]
    glossary.entries[entry_id] = replace(
        entry,
        translation=Translation(english, "manual", 1.0),
        status="reviewed",
        alternatives=[],
        note="checked by the terminologist",
        updated=T1,
    )
    return glossary


def test_reviewed_entries_survive_byte_for_byte(chain, termbase):
    first, _ = build(Glossary(), CANDIDATES, chain, termbase, now=T0)
    reviewed(first, "zwembadwater", "pool water")
    reviewed(first, "lastenverdeling", "burden-sharing arrangements")
    before = {k: json.dumps(e.to_json(), sort_keys=True) for k, e in first.entries.items()}
    second, report = build(first, CANDIDATES, chain, termbase, now=T2)
    for entry_id in ("zwembadwater", "lastenverdeling"):
        assert json.dumps(second.entries[entry_id].to_json(), sort_keys=True) == before[entry_id]
    assert [(c.id, c.english, c.termbase) for c in report.conflicts] == [
        ("lastenverdeling", "burden-sharing arrangements", "burden sharing")
    ]


def test_reviewed_entries_only_gain_forms_and_occurrences(chain, termbase):
    first, _ = build(Glossary(), CANDIDATES, chain, termbase, now=T0)
    reviewed(first, "zwembadwater", "pool water")
    more = [
        replace(c, forms=[*c.forms, "zwembadwateren"], freq=5) if c.term == "zwembadwater" else c
        for c in CANDIDATES
    ]
    second, _ = build(first, more, chain, termbase, now=T2)
    old, new = first.entries["zwembadwater"], second.entries["zwembadwater"]
    assert new.forms == ["zwembadwater", "zwembadwateren"] and new.count == 5
    assert (new.translation, new.status, new.note) == (old.translation, old.status, old.note)
    assert new.updated == T2


def test_term_base_changes_reach_term_base_entries_only(chain, termbase):
    first, _ = build(Glossary(), CANDIDATES, chain, termbase, now=T0)
    reviewed(first, "navo", "the Alliance")
    changed_tb = parse_termbase(
        TB_HEADER + "lastenverdeling\tburden-sharing\tburden sharing\tterm\t\tNATO official usage\n"
        "NAVO\tNATO\t\tacronym\t\tNATO official usage\n"
    )
    lexicon = load_lexicon(shipped_terms_dir() / "lexicon.tsv")
    second, report = build(first, CANDIDATES, build_chain(changed_tb, lexicon), changed_tb, now=T2)
    entry = second.entries["lastenverdeling"]
    assert (entry.english, entry.updated, entry.created) == ("burden-sharing", T2, T0)
    assert "lastenverdeling" in report.changed
    assert second.entries["navo"].english == "the Alliance"  # a person's decision stays
    assert [c.id for c in report.conflicts] == ["navo"]
    gone = second.entries["afschrikking-en-verdediging"]  # no longer in the term base
    assert gone.source != "termbase"


def test_reviewer_fields_and_forbidden_renderings_are_kept(chain, termbase):
    first, _ = build(Glossary(), CANDIDATES, chain, termbase, now=T0)
    entry = first.entries["lastenverdeling"]
    first.entries["lastenverdeling"] = replace(
        entry, note="see Wales 2014", definition="sharing the costs", forbidden=["burden sharing"]
    )
    second, _ = build(first, CANDIDATES, chain, termbase, now=T2)
    entry = second.entries["lastenverdeling"]
    assert entry.english == "burden-sharing"  # the forbidden rendering is not chosen
    assert (entry.note, entry.definition) == ("see Wales 2014", "sharing the costs")


def test_stale_then_pruned_then_revived(chain, termbase):
    first, _ = build(Glossary(), CANDIDATES, chain, termbase, now=T0)
    fewer = [c for c in CANDIDATES if c.term != "third responder"]
    second, report = build(first, fewer, chain, termbase, now=T1)
    entry = second.entries["third-responder"]
    assert entry.stale and entry.english == "third responder" and entry.updated == T1
    assert report.stale == ["third-responder"]
    third, report = build(second, fewer, chain, termbase, now=T2)
    assert store.dumps(third) == store.dumps(second) and report.stale == []
    revived, report = build(second, CANDIDATES, chain, termbase, now=T2)
    assert not revived.entries["third-responder"].stale
    assert report.revived == ["third-responder"]
    pruned, report = build(second, fewer, chain, termbase, now=T2, prune=True)
    assert "third-responder" not in pruned.entries and report.pruned == ["third-responder"]


def test_rejected_terms_are_skipped_and_dropped(chain, termbase):
    first, _ = build(Glossary(), CANDIDATES, chain, termbase, now=T0)
    second, report = build(
        first,
        CANDIDATES,
        chain,
        termbase,
        now=T1,
        rejected=lambda term: term.casefold() == "zwembadwater",
    )
    assert "zwembadwater" not in second.entries
    assert report.rejected == ["zwembadwater"]
    fresh, _ = build(
        Glossary(), CANDIDATES, chain, termbase, rejected=lambda term: term == "zwembadwater"
    )
    assert "zwembadwater" not in fresh.entries


def test_old_letters_stay_while_cited(chain, termbase):
    first, _ = build(Glossary(), [cand("zeemijn", letter="OLD")], chain, termbase)
    first.letters = {"OLD": {"id": "OLD"}}
    second, _ = build(first, CANDIDATES, chain, termbase)
    assert sorted(second.letters) == ["L1", "OLD"]  # the stale entry still cites OLD
    third, _ = build(second, CANDIDATES, chain, termbase, prune=True)
    assert sorted(third.letters) == ["L1"]


def test_merge_does_not_touch_its_input(chain, termbase):
    first, _ = build(Glossary(), CANDIDATES, chain, termbase, now=T0)
    text = store.dumps(first)
    build(first, CANDIDATES[:2], chain, termbase, now=T2, prune=True)
    assert store.dumps(first) == text


def test_schema_rejects_what_the_model_cannot_read():
    bad = Glossary({"x": Entry("x", "x", status="approved")}).to_json()
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)
    bad = Glossary({"x": Entry("x", "x", translation=Translation("y", "google"))}).to_json()
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)


def test_interrupted_write_leaves_the_old_glossary(chain, termbase, tmp_path, monkeypatch):
    path = tmp_path / "glossary.json"
    first, _ = build(Glossary(), CANDIDATES, chain, termbase, now=T0)
    store.save(first, path)
    before = path.read_bytes()

    def crash(src: str, dst: str) -> None:
        raise OSError("simulated crash between temp write and rename")

    monkeypatch.setattr(os, "replace", crash)

    def change(glossary: Glossary) -> None:
        new, _ = build(glossary, CANDIDATES[:3], chain, termbase, now=T2, prune=True)
        glossary.entries = new.entries

    # The operating system's error reaches the user as a one-line WriteError.
    with pytest.raises(WriteError, match="simulated crash"):
        store.update(path, change)
    assert path.read_bytes() == before
    assert [p.name for p in Path(tmp_path).iterdir()] in (
        ["glossary.json"],
        ["glossary.json", "glossary.json.lock"],
        ["glossary.json.lock", "glossary.json"],
    )


def test_same_lemma_as_two_kinds_is_one_entry(chain, termbase):
    as_term = cand("OVSE-kader", freq=3, forms=("OVSE-kader",))
    as_entity = replace(
        cand("OVSE-kader", "entity", freq=3), score=0.9, english_evidence=["OSCE framework"]
    )
    glossary, _ = build(Glossary(), [as_term, as_entity], chain, termbase)
    [entry] = glossary.entries.values()
    assert (entry.id, entry.kind, entry.count) == ("ovse-kader", "entity", 3)
    assert entry.english == "OSCE framework"


def test_synonyms_of_one_term_base_row_are_one_entry(chain, termbase):
    """A row's Dutch terms name one concept: one entry, named by the term the letters use
    most, the other a form, whichever kind extraction gave each; unrelated candidates stay
    apart."""
    tb = parse_termbase(
        TB_HEADER + "volkenrecht|internationaal recht\tinternational law\t\tterm\t\tUN\t\n"
    )
    cands = [
        cand("internationaal recht", freq=1),
        cand("lastenverdeling"),
        cand("volkenrecht", freq=3, forms=("volkenrechtelijk",)),
        cand("volkenrecht", "entity", freq=1),
    ]
    merged = unify_synonyms(cands, tb)
    assert [(c.term, c.kind, c.freq) for c in merged] == [
        ("volkenrecht", "term", 5),
        ("lastenverdeling", "term", 2),
    ]
    one = merged[0]
    assert set(one.forms) == {"volkenrecht", "volkenrechtelijk", "internationaal recht"}
    assert len(one.occurrences) == 4  # the name's sighting is one of the term's sentences
    glossary, _ = build(Glossary(), merged[:2], chain, tb)
    assert glossary.get("volkenrecht").english == "international law"
    tied = unify_synonyms([cand("internationaal recht"), cand("volkenrecht")], tb)
    assert [c.term for c in tied] == ["volkenrecht"]


def test_a_name_and_its_word_order_variant_found_as_a_term_are_one_entry(chain):
    """``hoofdkwartier van de NAVO`` has a term's shape, ``NAVO-hoofdkwartier`` a name's: one
    row names both, so they are one entry, of the row's kind."""
    tb = parse_termbase(
        TB_HEADER + "NAVO-hoofdkwartier|hoofdkwartier van de NAVO\tNATO Headquarters\t\t"
        "entity\t\tNATO\t\n"
    )
    cands = [
        cand("hoofdkwartier van de NAVO", freq=3),
        cand("NAVO-hoofdkwartier", "entity", freq=1),
    ]
    [one] = unify_synonyms(cands, tb)
    assert (one.term, one.kind, one.freq) == ("hoofdkwartier van de NAVO", "entity", 4)
    glossary, _ = build(Glossary(), [one], chain, tb)
    [entry] = glossary.entries.values()
    assert entry.english == "NATO Headquarters"
    assert "NAVO-hoofdkwartier" in entry.forms


def test_rebuild_without_mt_keeps_the_earlier_machine_translation(chain, termbase):
    first, _ = build(Glossary(), CANDIDATES, chain, termbase, now=T0)
    entry = first.entries["zwembadwater"]
    assert entry.status == "missing"
    entry.translation = Translation("swimming pool water", "mt:libre", 0.5)
    entry.status = "machine"
    second, _ = build(first, CANDIDATES, chain, termbase, now=T2)
    kept = second.entries["zwembadwater"]
    assert (kept.english, kept.source, kept.status) == (
        "swimming pool water",
        "mt:libre",
        "machine",
    )
    assert kept.updated == first.entries["zwembadwater"].updated


def test_a_confident_answer_replaces_an_earlier_machine_translation(chain, termbase):
    first, _ = build(Glossary(), CANDIDATES, chain, termbase, now=T0)
    entry = first.entries["lastenverdeling"]
    entry.translation = Translation("load distribution", "mt:libre", 0.5)
    entry.status = "machine"
    second, _ = build(first, CANDIDATES, chain, termbase, now=T2)
    assert second.entries["lastenverdeling"].english == "burden sharing"


V1_FILE = Path(__file__).resolve().parent.parent / "data" / "glossary-v1.json"


def test_acronym_pairs_end_to_end(chain, termbase):
    candidates = [
        cand("GVDB", "acronym"),
        cand("SACEUR", "acronym", expansion="Supreme Allied Commander Europe"),
        cand("EDA", "acronym"),
        cand("lastenverdeling"),
    ]
    glossary, _ = build(Glossary(), candidates, chain, termbase, now=T0)
    got = {
        e.id: (e.english, e.status, e.expansion, e.english_expansion and e.english_expansion.text)
        for e in glossary
    }
    assert got == {
        "gvdb": (
            "CSDP",
            "reviewed",
            "Gemeenschappelijk Veiligheids- en Defensiebeleid",
            "Common Security and Defence Policy",
        ),
        "saceur": (
            "SACEUR",
            "reviewed",
            "Supreme Allied Commander Europe",
            "Supreme Allied Commander Europe",
        ),
        "eda": ("EDA", "reviewed", "European Defence Agency", "European Defence Agency"),
        "lastenverdeling": ("burden sharing", "reviewed", None, None),
    }
    assert "Common Security and Defence Policy" not in glossary.entries["gvdb"].all_english()
    jsonschema.validate(glossary.to_json(), SCHEMA)


def test_a_version_1_glossary_gains_english_expansions_on_rebuild(chain, termbase):
    old = store.load(V1_FILE)
    assert old.entries["nar"].source == "manual"  # a reviewer approved NAC
    candidates = [
        cand("NAR", "acronym", expansion="Noord-Atlantische Raad", forms=("NAR's",)),
        cand("SACEUR", "acronym", expansion="Supreme Allied Commander Europe"),
    ]
    new, _ = build(old, candidates, chain, termbase, now=T2)
    nar, saceur = new.entries["nar"], new.entries["saceur"]
    assert (nar.english, nar.source, nar.history) == ("NAC", "manual", old.entries["nar"].history)
    assert nar.alternatives == old.entries["nar"].alternatives  # a person's entry: only added to
    assert (nar.english_expansion.text, nar.english_expansion.source) == (
        "North Atlantic Council",
        "termbase",
    )
    assert (saceur.english, saceur.english_expansion.text) == (
        "SACEUR",
        "Supreme Allied Commander Europe",
    )
    assert saceur.alternatives == []  # the expansion is no longer an alternative
    jsonschema.validate(new.to_json(), SCHEMA)
    again, report = build(new, candidates, chain, termbase, now=T2)
    assert store.dumps(again) == store.dumps(new) and report.changed == []


def test_an_english_expansion_a_person_gave_survives_rebuilds(chain, termbase):
    first, _ = build(Glossary(), [cand("NAR", "acronym")], chain, termbase, now=T0)
    given = Translation("North-Atlantic Council", "translator", 1.0)
    first.entries["nar"] = replace(first.entries["nar"], english_expansion=given)
    second, _ = build(first, [cand("NAR", "acronym")], chain, termbase, now=T1)
    assert second.entries["nar"].english_expansion == given
    assert (
        second.entries["nar"].source == "termbase"
    )  # the English itself still follows the term base
