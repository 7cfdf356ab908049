"""Admission (``glossary.build.admit``): a candidate seen once enters the glossary only when
something attests it; real pipeline, shipped letters, real builds."""

from __future__ import annotations

import json
import shutil

import pytest

from glossary.build import BuildOptions, build_glossary
from glossary.cli import main
from glossary.model import Entry, Translation
from glossary.store import jsonfile as store
from glossary.text import fold
from tests.conftest import LETTERS_DIR
from tests.translation.conftest import provider, provider_server  # noqa: F401  (fixtures)


@pytest.fixture(autouse=True)
def private_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NATO_GLOSSARY_CACHE", str(tmp_path / "cache"))


def _extracted(capsys) -> dict[str, dict]:
    """``glossary extract --all --json`` of the shipped letters, by term (the cut left out:
    without the term base a loose combination seen once may fall below it)."""
    assert main(["extract", str(LETTERS_DIR), "--all", "--json"]) == 0
    return {c["term"]: c for c in json.loads(capsys.readouterr().out)["candidates"]}


def test_single_sightings_nothing_attests_are_held_back_and_reported(tmp_path, capsys):
    out = tmp_path / "glossary.json"
    code = main(["build", "--out", str(out), "--format", "json", "--no-cache"])
    report = json.loads(capsys.readouterr().out)["report"]
    assert code == 0 and report["held_back"]
    glossary = store.load(out)
    entered = {form.lower() for e in glossary for form in (e.lemma, *e.forms)}
    assert not {t.lower() for t in report["held_back"]} & entered
    # Each held-back candidate is a single sighting with no English offline; what did enter
    # and was seen once is attested: an acronym, a term-base row, or English from somewhere.
    for entry in glossary:
        if entry.count == 1:
            assert entry.kind == "acronym" or entry.translation is not None, entry.lemma

    extracted = _extracted(capsys)
    assert all(extracted[term]["freq"] == 1 for term in report["held_back"])


def test_a_second_sighting_admits_it(tmp_path, capsys):
    first = build_glossary(BuildOptions(out=tmp_path / "a.json", use_cache=False))
    extracted = _extracted(capsys)
    term = first.report.held_back[0]
    sentence = extracted[term]["occurrences"][0]["sentence"]
    letters = tmp_path / "letters"
    shutil.copytree(LETTERS_DIR, letters)
    (letters / "extra.txt").write_text(f"{sentence}\n", encoding="utf-8")
    second = build_glossary(BuildOptions(letters=[str(letters)], out=tmp_path / "b.json"))
    assert term not in second.report.held_back
    assert any(e.lemma == term and e.count >= 2 for e in second.glossary)


def test_a_decided_entry_is_kept_current_even_when_seen_once(tmp_path):
    out = tmp_path / "glossary.json"
    first = build_glossary(BuildOptions(out=out, use_cache=False))
    term = first.report.held_back[0]
    glossary = store.load(out)
    entry_id = glossary.new_id(term)
    glossary.entries[entry_id] = Entry(
        id=entry_id,
        lemma=term,
        translation=Translation(text="by a translator", source="translator", confidence=1.0),
        status="reviewed",
    )
    store.save(glossary, out)
    again = build_glossary(BuildOptions(out=out))
    entry = again.glossary.entries[entry_id]
    assert term not in again.report.held_back
    assert not entry.stale and entry.count == 1 and entry.english == "by a translator"


def test_machine_translation_is_never_asked_for_held_back_candidates(tmp_path, provider):  # noqa: F811
    provider.reset("marking")
    out = tmp_path / "glossary.json"
    code = main(
        ["build", "--out", str(out), "--no-cache", "--mt", "libre", "--mt-url", provider.url]
    )
    assert code == 0
    offline = build_glossary(BuildOptions(out=tmp_path / "offline.json"))
    asked = {s.query["q"][0].removeprefix("NAVO: ") for s in provider.seen}
    assert asked and not asked & set(offline.report.held_back)
    assert {e.lemma for e in store.load(out)} == {e.lemma for e in offline.glossary}


def test_what_attests_a_single_sighting():
    from glossary.build.admit import admit
    from glossary.build.merge import candidate_key
    from glossary.model import Candidate, Occurrence
    from glossary.translate.chain import Resolution

    def cand(term: str, kind: str = "term", **kw) -> Candidate:
        return Candidate(term=term, kind=kind, score=2.0, freq=kw.pop("freq", 1), **kw)

    def said(name: str, sentence: str) -> Candidate:
        """A name seen once, in ``sentence`` (``{}`` marks where)."""
        return cand(name, "entity", occurrences=[Occurrence("l", 0, 1, sentence.format(name))])

    composed = Resolution(Translation(text="Russia Council", source="compound", confidence=0.6))
    listed = Resolution(Translation(text="burden sharing", source="termbase"))
    cases = [
        (cand("bongenot"), Resolution(), False),  # a misspelling: nothing knows it
        (cand("vredesfonds", freq=2), Resolution(), True),  # seen twice
        (cand("BUZA", "acronym"), Resolution(), True),
        (cand("lastenverdeling"), listed, True),
        (cand("vlagstaat"), Resolution(Translation("flag state", "compound", 0.6)), True),
        (cand("Rusland Raad", "entity"), composed, False),  # a name is not composed
        (cand("Zweden", "entity"), Resolution(Translation("Sweden", "cldr")), True),
        (cand("ondersteuning", english_evidence=["enablement"]), Resolution(), True),
        (cand("werkdiner", seeded_by="termbase"), Resolution(), True),
        (
            cand("Protocol bij het Verdrag inzake de toetreding van Finland", "entity"),
            composed,
            True,
        ),
        (cand("Zr.Ms. Tromp", "entity"), composed, True),  # a ship, by its prefix
        (cand("Minister voor Klimaat en Energie", "entity"), composed, True),  # a post
        (cand("staatssecretaris van Defensie", "entity"), composed, True),  # in lower case
        (cand("Minister van Defensie van Israël", "entity"), composed, False),  # a combination
        (cand("Zweedse Minister van Defensie", "entity"), composed, False),
        (cand("Republiek Estland", "entity"), composed, True),  # a state's formal name
        (cand("Republiek Estlandse", "entity"), composed, False),  # no country CLDR names
        (cand("Oost-Oekraïne", "entity"), composed, True),  # a part of a country
        (cand("Oost-Rusland Raad", "entity"), composed, False),
        (cand("NAVO-Assemblee", "entity", forms=["NAVO-Assemblee"]), composed, True),
        (cand("NAVO-Missie", "entity", forms=["NAVO Missie", "NAVO-Missie"]), composed, False),
        (cand("NAVO-Nederland", "entity", forms=["NAVO-Nederland"]), composed, False),
        (cand("NAVO-trainingsmissie in Irak", "entity"), composed, True),  # a mission's name
        (cand("NAVO-trainingsmissie in Irakese", "entity"), composed, False),  # no place
        (cand("Toetsingskader 2001", "entity"), composed, True),  # a dated edition
        (cand("Toetsingskader 1812", "entity"), composed, False),  # no year of an edition
        (said("Nederlandse Cybersecurity Agenda", "De {} is vernieuwd."), composed, True),
        (said("Regeerakkoord Vertrouwen", "Het {} is gesloten."), composed, False),  # 2 words
        (said("ISSN Sdu Uitgevers", "{} 2007"), composed, False),  # an acronym's furniture
        (said("BRIEF VAN DE MINISTERS", "{}"), composed, False),  # shouted
        (said("Voorbereiding Europese Raad", "{}"), composed, False),  # a heading
        (said("Actieagenda Industrie", "De {}, Innovatie en Kennis."), composed, False),  # cut
        (said("Atjeh", "Het vredesakkoord in {} (Indonesië)."), Resolution(), True),  # a place
        (cand("322 Squadron", "entity"), composed, True),  # a formation by its number
        (said("Hillen", "Het lid Kappen en {} vroegen dit."), Resolution(), False),  # a person
        (said("Bijlage", "Zie in {} 2."), Resolution(), False),  # a reference, no place
        (said("Rutte", "Het staat in {}'s brief."), Resolution(), False),  # an owner
    ]
    cands = [c for c, _, _ in cases]
    offline = {candidate_key(c): res for c, res, _ in cases}
    admitted, held = admit(cands, offline)
    assert [c.term for c in admitted] == [c.term for c, _, ok in cases if ok]
    assert [c.term for c in held] == [
        "bongenot",
        "Rusland Raad",
        "Minister van Defensie van Israël",
        "Zweedse Minister van Defensie",
        "Republiek Estlandse",
        "Oost-Rusland Raad",
        "NAVO-Missie",  # written apart: maybe a piece of ``NAVO Missie in Irak``
        "NAVO-Nederland",  # two names paired
        "NAVO-trainingsmissie in Irakese",
        "Toetsingskader 1812",
        "Regeerakkoord Vertrouwen",
        "ISSN Sdu Uitgevers",
        "BRIEF VAN DE MINISTERS",
        "Voorbereiding Europese Raad",
        "Actieagenda Industrie",
        "Hillen",
        "Bijlage",
        "Rutte",
    ]
    admitted, held = admit(cands, offline, protected={("Rusland Raad", "entity")})
    assert [c.term for c in held][:1] == ["bongenot"] and "Rusland Raad" not in held


def test_a_combination_covered_by_its_parts_is_held_back(tmp_path):
    """``militaire operatie``, seen twice with English composed word by word, enters the
    glossary while its head is used nowhere else; once other letters use ``operatie``
    freely it is covered by its parts and held back, however often it is seen."""
    first = (
        "De bondgenoten bespreken de luchtverdediging van de NAVO. Nederland steunt de "
        "militaire operatie in het noorden. De militaire operatie duurt een jaar.\n"
    )
    second = (
        "De operatie in het zuiden is afgerond. Een nieuwe operatie volgt in het voorjaar. "
        "Die operatie is kleiner. Elke operatie kent risico's. De operatie in het westen en "
        "de operatie in het oosten lopen door.\n"
    )
    letters = tmp_path / "letters"
    letters.mkdir()
    (letters / "a.txt").write_text(first, encoding="utf-8")
    alone = build_glossary(BuildOptions(letters=[str(letters)], out=tmp_path / "a.json"))
    entry = next(e for e in alone.glossary if e.lemma == "militaire operatie")
    assert entry.translation is not None and entry.translation.source == "compound"
    (letters / "b.txt").write_text(second, encoding="utf-8")
    both = build_glossary(BuildOptions(letters=[str(letters)], out=tmp_path / "b.json"))
    assert "militaire operatie" in both.report.held_back
    assert not any(e.lemma == "militaire operatie" for e in both.glossary)


def test_covered_by_parts_needs_a_loose_head_and_composed_english():
    from glossary.build.admit import admit
    from glossary.build.merge import candidate_key
    from glossary.model import Candidate
    from glossary.translate.chain import Resolution

    composed = Resolution(Translation("military operation", "compound", 0.6))
    listed = Resolution(Translation("military operation", "termbase"))
    loose = Candidate("militaire operatie", "term", 2.0, 2, free_head=True)
    bound = Candidate("militair overwicht", "term", 2.0, 2)
    cases = [(loose, composed), (bound, composed)]
    offline = {candidate_key(c): res for c, res in cases}
    admitted, held = admit([c for c, _ in cases], offline)
    assert [c.term for c in admitted] == ["militair overwicht"]
    assert [c.term for c in held] == ["militaire operatie"]
    offline[candidate_key(loose)] = listed
    assert admit([loose], offline)[0] == [loose]
    offline[candidate_key(loose)] = composed
    assert admit([loose], offline, protected={candidate_key(loose)})[0] == [loose]


def test_a_combination_seen_once_with_composed_english_is_covered_by_its_parts():
    """``militair overwicht`` once, its English composed word by word: nothing says the
    combination is a unit, so it waits for a second sighting; a one-word compound seen once
    (``vlagstaat``), a combination the term base lists, a class of weapon or domain
    (``nucleaire lading``, ``digitaal domein``) and a name are admitted."""
    from glossary.build.admit import admit
    from glossary.build.merge import candidate_key
    from glossary.model import Candidate
    from glossary.translate.chain import Resolution

    composed = Resolution(Translation("military superiority", "compound", 0.6))
    cases = [
        (Candidate("militair overwicht", "term", 2.0, 1), composed),
        (Candidate("militair overwicht", "term", 2.0, 2), composed),
        (Candidate("vlagstaat", "term", 2.0, 1), composed),
        (
            Candidate("collectieve verdediging", "term", 2.0, 1),
            Resolution(Translation("collective defence", "termbase")),
        ),
        (Candidate("Republiek Estland", "entity", 2.0, 1), composed),
        (Candidate("nucleaire lading", "term", 2.0, 1), composed),
        (Candidate("digitaal domein", "term", 2.0, 1), composed),
    ]
    admitted, held = admit([c for c, _ in cases], {candidate_key(c): r for c, r in cases})
    assert [(c.term, c.freq) for c in held] == [("militair overwicht", 1)]
    assert len(admitted) == 6


def test_two_nouns_joined_by_en_with_composed_english_are_covered_by_their_parts():
    """``vraag en opmerking`` is held back however often it is seen; a pair the term base
    lists, a truncated compound and a name are not touched by the rule."""
    from glossary.build.admit import admit
    from glossary.build.merge import candidate_key
    from glossary.model import Candidate
    from glossary.translate.chain import Resolution

    composed = Resolution(Translation("question and remark", "compound", 0.6))
    listed = Resolution(Translation("deterrence and defence", "termbase"))
    cases = [
        (Candidate("vraag en opmerking", "term", 3.0, 3), composed),
        (Candidate("afschrikking en verdediging", "term", 3.0, 3), listed),
        (Candidate("productie- en leveringszekerheid", "term", 3.0, 2), composed),
        (Candidate("Europa en Azië", "entity", 3.0, 2), composed),
    ]
    offline = {candidate_key(c): res for c, res in cases}
    admitted, held = admit([c for c, _ in cases], offline)
    assert [c.term for c in held] == ["vraag en opmerking"]
    assert len(admitted) == 3


def test_the_text_summary_names_what_it_held_back(tmp_path, capsys):
    out = tmp_path / "glossary.json"
    assert main(["build", "--out", str(out), "--format", "json"]) == 0
    held = json.loads(capsys.readouterr().out)["report"]["held_back"]
    assert held == sorted(held, key=lambda t: (fold(t), t))  # dictionary order
    assert any(t[:1].isupper() for t in held[1:])  # names are not all listed first
    assert main(["build", "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert f"held back: {len(held)} candidates" in text
    listed = next(line for line in text.splitlines() if line.startswith("    ") and held[0] in line)
    assert listed.strip().startswith(", ".join(held[: min(len(held), 10)]))


def test_english_refused_for_its_split_still_attests_the_term_as_composed():
    """``taakstelling`` gets no English ("task count" is refused), but its parts are known
    words: seen once it is attested, as a term with composed English would be; with a loose
    head it is covered by its parts; a name is not attested by it, nor is a composition
    merely below the confidence threshold (``Wagner-huurlingengroep``, the name kept as
    written)."""
    from glossary.build.admit import admit
    from glossary.build.merge import candidate_key
    from glossary.model import Candidate
    from glossary.paths import shipped_terms_dir
    from glossary.translate.chain import build_chain
    from glossary.translate.lexicon import load_lexicon
    from glossary.translate.termbase import load_termbase

    terms = shipped_terms_dir()
    chain = build_chain(load_termbase(terms / "termbase.tsv"), load_lexicon(terms / "lexicon.tsv"))
    once = Candidate("taakstelling", "term", 2.0, 1)
    loose = Candidate("nieuwe taakstelling", "term", 2.0, 3, free_head=True)
    name = Candidate("Taakstelling", "entity", 2.0, 1)
    unknown = Candidate("taakstellingblurf", "term", 2.0, 1)
    unsure = Candidate("Wagner-huurlingengroep", "term", 2.0, 1)
    cands = [once, loose, name, unknown, unsure]
    offline = {candidate_key(c): chain.resolve(c, offline=True) for c in cands}
    assert offline[candidate_key(once)].translation is None
    assert offline[candidate_key(once)].recognised
    assert not offline[candidate_key(unknown)].recognised
    assert offline[candidate_key(unsure)].alternatives
    assert not offline[candidate_key(unsure)].recognised
    admitted, held = admit(cands, offline)
    assert [c.term for c in admitted] == ["taakstelling"]
    assert [c.term for c in held] == [
        "nieuwe taakstelling",
        "Taakstelling",
        "taakstellingblurf",
        "Wagner-huurlingengroep",
    ]


def test_names_the_term_base_lists_enter_on_a_single_sighting(tmp_path):
    """Names a translator needs whatever their count: a period, a city of NATO's operations
    that CLDR does not name, a body; each seen once, each attested by its term-base row."""
    letters = tmp_path / "letters"
    letters.mkdir()
    (letters / "brief.txt").write_text(
        "Sinds het einde van de Koude Oorlog is de NAVO veranderd. De evacuatie vanuit Kaboel "
        "verliep moeizaam. Nederland steunt de Palestijnse Autoriteit bij de hervormingen.\n",
        encoding="utf-8",
    )
    outcome = build_glossary(
        BuildOptions(letters=[str(letters)], out=tmp_path / "g.json", use_cache=False)
    )
    english = {e.lemma: e.translation.text for e in outcome.glossary if e.translation}
    assert english.get("Koude Oorlog") == "Cold War", english
    assert english.get("Kaboel") == "Kabul", english
    assert english.get("Palestijnse Autoriteit") == "Palestinian Authority", english
