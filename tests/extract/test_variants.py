"""Variants of one term merge into one candidate (real lexicon)."""

from __future__ import annotations

from glossary.extract.variants import merge_variants
from glossary.extract.words import Words
from glossary.model import Candidate
from glossary.nlp.resources import Resources
from tests.extract.helpers import extract_text


def cand(term: str, kind: str = "term", freq: int = 1, score: float = 1.0) -> Candidate:
    return Candidate(term=term, kind=kind, score=score, freq=freq, forms=[term])


def merged(resources, *cands: Candidate, seeds: tuple[str, ...] = ()) -> dict[str, Candidate]:
    return {c.term: c for c in merge_variants(list(cands), Words(resources), seeds)}


def test_spelling_spacing_and_inflection_variants_become_one(resources):
    found = merged(
        resources,
        cand("Navo", "entity", 4),
        cand("NAVO", "acronym", 9, score=5.0),
        cand("drone coalitie", freq=2),
        cand("dronecoalitie"),
        cand("Patriot-systemen", "entity", 2),
        cand("Patriot-systeem", freq=1),
        cand("ministeriele bijeenkomst"),
        cand("ministeriële bijeenkomst"),
    )
    assert set(found) == {"NAVO", "dronecoalitie", "Patriot-systeem", "ministeriële bijeenkomst"}
    assert "Navo" in found["NAVO"].forms and found["NAVO"].freq == 13
    assert found["NAVO"].score == 5.0
    assert "drone coalitie" in found["dronecoalitie"].forms


def test_the_term_base_spelling_wins(resources):
    found = merged(
        resources, cand("strijdkracht", freq=3), cand("strijdkrachten"), seeds=("strijdkrachten",)
    )
    assert list(found) == ["strijdkrachten"]


def test_american_and_british_spellings_of_an_english_name_are_one_term(resources):
    found = merged(
        resources,
        cand("Smart Defense", "entity"),
        cand("Smart Defence", "entity", 3),
        cand("Joint Warfare Center", "entity"),
        cand("Joint Warfare Centre", "entity"),
        cand("defensie", freq=2),
        seeds=("Smart Defence", "Joint Warfare Centre"),
    )
    assert set(found) == {"Smart Defence", "Joint Warfare Centre", "defensie"}
    assert "Smart Defense" in found["Smart Defence"].forms and found["Smart Defence"].freq == 4


def test_case_tells_senses_apart_when_the_term_base_lists_both(resources):
    both = ("Defensie", "defensie")
    found = merged(resources, cand("Defensie", "entity"), cand("defensie"), seeds=both)
    assert set(found) == {"Defensie", "defensie"}
    found = merged(
        resources,
        cand("Bondgenootschap", "entity"),
        cand("bondgenootschap"),
        seeds=("bondgenootschap",),
    )
    assert list(found) == ["bondgenootschap"]


def test_an_acronym_written_as_a_word_is_respelt(resources):
    found = merged(
        resources,
        cand("NAVO", "acronym", 9),
        cand("Navo-lidstaat"),
        cand("NAVO-lidstaat", freq=2),
        cand("Navo-verdrag"),
        cand("Rome-verklaring"),  # no acronym ROME in the letters: unchanged
    )
    assert set(found) == {"NAVO", "NAVO-lidstaat", "NAVO-verdrag", "Rome-verklaring"}
    assert found["NAVO-lidstaat"].freq == 3 and "Navo-verdrag" in found["NAVO-verdrag"].forms


def test_an_acronym_and_a_noun_written_apart_are_spelt_as_the_compound(resources):
    found = merged(
        resources,
        cand("NAVO Raad", "entity"),
        cand("ISAF Headquarters", "entity"),
        cand("EUFOR Althea", "entity"),
        cand("SG NAVO", "entity"),
        seeds=("SGNAVO",),
    )
    assert set(found) == {"NAVO-Raad", "ISAF Headquarters", "EUFOR Althea", "SG NAVO"}
    assert "NAVO Raad" in found["NAVO-Raad"].forms


def test_a_prefixed_acronym_and_a_noun_written_apart_are_spelt_as_the_compound(resources):
    found = merged(resources, cand("anti-ISIS coalitie", freq=2), cand("niet-NAVO landen"))
    assert set(found) == {"anti-ISIS-coalitie", "niet-NAVO-landen"}
    assert "anti-ISIS coalitie" in found["anti-ISIS-coalitie"].forms


def test_a_spelling_the_term_base_writes_otherwise_takes_its_spelling(resources):
    seeds = ("Noord-Atlantische Verdragsorganisatie", "Defensie")
    found = merged(
        resources,
        cand("Noord Atlantische Verdrags Organisatie", "entity"),
        cand("defensie"),  # only the case differs: another sense, left alone
        seeds=seeds,
    )
    assert set(found) == {"Noord-Atlantische Verdragsorganisatie", "defensie"}
    entry = found["Noord-Atlantische Verdragsorganisatie"]
    assert "Noord Atlantische Verdrags Organisatie" in entry.forms


def test_a_term_base_plural_is_entered_in_the_singular(resources):
    seeds = ("staatshoofden en regeringsleiders", "defensie-uitgaven", "strijdkrachten")
    found = merged(
        resources,
        cand("staatshoofden en regeringsleiders", freq=3),
        cand("defensie-uitgaven", freq=2),
        cand("strijdkrachten", freq=2),
        cand("steunmaatregelen voor bondgenoten"),
        cand("wereld zonder kernwapens"),
        cand("staakt-het-vuren"),
        seeds=(
            *seeds,
            "steunmaatregelen voor bondgenoten",
            "wereld zonder kernwapens",
            "staakt-het-vuren",
        ),
    )
    assert set(found) == {
        "staatshoofd en regeringsleider",
        "defensie-uitgave",
        "strijdkrachten",  # used as a plural in general Dutch: a plurale tantum keeps it
        "steunmaatregel voor bondgenoten",  # the complement after a preposition keeps its number
        "wereld zonder kernwapens",  # after any preposition
        "staakt-het-vuren",  # a phrase made a noun: vuren is no plural of vuur here
    }
    assert "staatshoofden en regeringsleiders" in found["staatshoofd en regeringsleider"].forms
    assert found["defensie-uitgave"].freq == 2


def test_only_term_base_spellings_are_respelt_to_the_singular(resources):
    found = merged(resources, cand("stand van zaken"), cand("Verenigde Naties", "entity"))
    assert set(found) == {"stand van zaken", "Verenigde Naties"}


def test_an_inflected_variant_takes_the_term_base_spelling(resources):
    seeds = ("NAVO-Minister van Buitenlandse Zaken", "defensie")
    found = merged(
        resources,
        cand("NAVO Ministers van Buitenlandse Zaken", "entity", 2),
        cand("Defensie", "entity", 3),
        seeds=seeds,
    )
    assert set(found) == {"NAVO-Minister van Buitenlandse Zaken", "Defensie"}
    assert "NAVO Ministers van Buitenlandse Zaken" in found[seeds[0]].forms


def test_a_capital_past_the_first_word_picks_the_sense_of_a_case_pair(nlp):
    """The term base has ``Defensie`` (the ministry) and ``defensie`` (defence): ``de minister
    van Defensie`` is a sighting of the ministry only, ``investeren in defensie`` of defence."""
    seeds = ["Defensie", "defensie"]
    found = {
        (c.term, c.kind): c.freq
        for c in extract_text(
            "De minister van Defensie schrijft de Kamer. Nederland blijft investeren in "
            "defensie. Het ministerie van Defensie bevestigt dat.",
            nlp,
            Resources.default(seeds=seeds),
        )
    }
    assert found[("Defensie", "entity")] == 2
    assert found[("defensie", "term")] == 1


def test_two_names_joined_in_either_order_are_one_term(resources):
    """``NAVO-Oekraïne Raad`` and ``Oekraïne-NAVO Raad`` name one council, entered under the
    term base's order; a title or an adjective before a hyphen is no name
    (``NAVO-Minister``, ``Trans-Atlantische``), so nothing is reordered there."""
    found = merged(
        resources,
        cand("NAVO-Oekraïne Raad", "entity", 2),
        cand("Oekraïne-NAVO Raad", "entity", 3),
        cand("Minister-NAVO", "entity"),
        cand("NAVO-Minister", "entity"),
        seeds=("NAVO-Oekraïne Raad",),
    )
    assert "Oekraïne-NAVO Raad" in found["NAVO-Oekraïne Raad"].forms
    assert found["NAVO-Oekraïne Raad"].freq == 5
    assert {"Minister-NAVO", "NAVO-Minister"} <= set(found)


def test_a_prefixed_acronym_before_a_noun_starts_the_compound_whatever_its_tag(nlp, resources):
    """The tagger reads ``anti-ISIS`` as a noun and ``niet-NAVO`` as an adjective; both are
    the first part of a compound Dutch spelling writes with a hyphen, and neither inflects."""
    found = {
        c.term: c
        for c in extract_text(
            "Nederland steunt de anti-ISIS coalitie in Irak. Ook niet-NAVO landen doen mee.",
            nlp,
            resources,
        )
    }
    assert {"anti-ISIS-coalitie", "niet-NAVO-land"} <= set(found)
    assert "anti-ISIS coalitie" in found["anti-ISIS-coalitie"].forms
    assert not any("ISISe" in f for f in found["anti-ISIS-coalitie"].forms)


def test_a_compound_with_or_without_its_linking_s_is_one_term(resources):
    found = merged(
        resources,
        cand("rechtstaat", freq=3),
        cand("uitvoeringplan"),
        cand("uitvoeringsplan"),
        cand("landgrens"),
        cand("landsgrens"),
        seeds=("rechtsstaat",),
    )
    # the term base's spelling; a first part in -ing takes the -s-; two words of general
    # Dutch (a border on land, a country's border) stay apart
    assert set(found) == {"rechtsstaat", "uitvoeringsplan", "landgrens", "landsgrens"}
    assert "rechtstaat" in found["rechtsstaat"].forms and found["rechtsstaat"].freq == 3
    assert "uitvoeringplan" in found["uitvoeringsplan"].forms


def test_a_letter_spelling_a_term_base_row_without_its_linking_s_finds_the_row(nlp):
    text = (
        "De rechtstaat is een groot goed. De rechtstaat moet worden beschermd, ook in "
        "Oekraïne, waar de rechtstaat onder druk staat.\n"
    )
    cands = {c.term: c for c in extract_text(text, nlp, Resources.default(seeds=["rechtsstaat"]))}
    assert "rechtstaat" not in cands
    assert "rechtstaat" in cands["rechtsstaat"].forms


def test_a_noun_and_its_acronym_in_either_order_are_one_term(resources):
    found = merged(
        resources,
        cand("NAVO-secretaris-generaal", freq=2),
        cand("secretaris-generaal van de NAVO", "entity"),
        cand("lidstaten van de EU"),
        cand("EU-lidstaat", freq=3),
        cand("Raad van Europa", "entity"),
        cand("Europa-raad"),
        seeds=("secretaris-generaal van de NAVO",),
    )
    # the term base's spelling, else the compound; a name is no acronym (Raad van Europa)
    assert set(found) == {
        "secretaris-generaal van de NAVO",
        "EU-lidstaat",
        "Raad van Europa",
        "Europa-raad",
    }
    assert found["secretaris-generaal van de NAVO"].freq == 3
    assert "lidstaten van de EU" in found["EU-lidstaat"].forms
