"""Compositional translation of compounds and multi-word terms."""

from __future__ import annotations

import pytest

from glossary.model import Candidate
from glossary.paths import shipped_terms_dir
from glossary.translate.compound import CompoundTranslator
from glossary.translate.lexicon import base_forms, load_lexicon, parse_lexicon
from glossary.translate.termbase import load_termbase, parse_termbase

TB_HEADER = "nl\ten\ten_alt\tkind\texpansion\tsource\tnote\n"


@pytest.fixture(scope="module")
def shipped():
    terms = shipped_terms_dir()
    return CompoundTranslator(
        load_termbase(terms / "termbase.tsv"), load_lexicon(terms / "lexicon.tsv")
    )


@pytest.mark.parametrize(
    ("dutch", "english"),
    [
        ("luchtverdedigingsmiddel", "air defence asset"),
        ("luchtverdedigingsmiddelen", "air defence assets"),
        ("NAVO-coördinatie", "NATO coordination"),
        ("militaire verdedigingsplan", "military defence plan"),
        ("militair verdedigingsplan", "military defence plan"),
        ("operationeel domein", "operational domain"),
        ("communicatiesatelliet", "communications satellite"),
        ("ontmijningsoperatie", "demining operation"),
        ("Iraakse veiligheidsinstitutie", "Iraqi security institution"),
        ("Europese bondgenoot", "European Ally"),
        ("stationering van kruisvluchtwapens", "deployment of cruise missiles"),
    ],
)
def test_shipped_lexicon_composes(shipped, dutch, english):
    [answer] = shipped.resolve(Candidate(dutch, "term", 1.0, 1))
    assert answer.text == english
    assert answer.source == "compound"
    assert 0.5 <= answer.confidence < 0.8


def test_parts_come_from_term_base_and_lexicon():
    termbase = parse_termbase(
        TB_HEADER + "afschrikking\tdeterrence\nluchtverdediging\tair defence\n"
    )
    lexicon = parse_lexicon(
        "nl\ten\ten_modifier\tpos\nnucleair\tnuclear\t\tadj\n"
        "middel\tasset\nEuropa\tEurope\tEuropean\nsteun\tsupport\n"
    )
    tr = CompoundTranslator(termbase, lexicon)
    assert tr.compose("nucleaire afschrikking")[0] == "nuclear deterrence"
    english, _confidence, parts = tr.compose("luchtverdedigingsmiddel")
    assert (english, parts) == ("air defence asset", ["luchtverdediging", "middel"])
    assert tr.compose("Europasteun")[0] == "European support"  # modifier form
    assert tr.compose("nucleaire ontwapening") is None  # an unknown part: no half-Dutch answer
    assert tr.resolve(Candidate("IAMD", "acronym", 1.0, 1)) == []  # acronyms are not composed
    assert tr.compose("F-16") is None  # nothing translated, only kept


def test_fewest_parts_win():
    termbase = parse_termbase(TB_HEADER + "wapenbeheersing\tarms control\n")
    lexicon = parse_lexicon("nl\ten\nwapen\tweapon\nbeheersing\tcontrol\nverdrag\ttreaty\n")
    english, _conf, parts = CompoundTranslator(termbase, lexicon).compose("wapenbeheersingsverdrag")
    assert english == "arms control treaty" and parts == ["wapenbeheersing", "verdrag"]


@pytest.mark.parametrize(
    ("word", "base"),
    [
        ("collectieve", "collectief"),
        ("Europese", "Europees"),
        ("industriële", "industrieel"),
        ("plannen", "plan"),
        ("raketten", "raket"),
        ("zaken", "zaak"),
        ("MCR's", "MCR"),
        ("individuele", "individueel"),
        ("wapens", "wapen"),
    ],
)
def test_inflection_undone(word, base):
    assert base in base_forms(word)
