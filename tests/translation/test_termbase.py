"""The shipped term base and its loader: the NATO English translators rely on."""

from __future__ import annotations

import pytest

from glossary.errors import InputError
from glossary.model import Candidate
from glossary.paths import shipped_termbase
from glossary.translate.termbase import (
    TermBaseResolver,
    load_termbase,
    parse_termbase,
    renderings_of,
)

HEADER = "nl\ten\ten_alt\tkind\texpansion\tsource\tnote\n"


@pytest.fixture(scope="module")
def termbase():
    return load_termbase(shipped_termbase())


@pytest.mark.parametrize(
    ("dutch", "english", "kind"),
    [
        ("lastenverdeling", "burden sharing", "term"),
        ("afschrikking", "deterrence", "term"),
        ("NAVO", "NATO", "acronym"),
        ("SACEUR", "SACEUR", "acronym"),
        ("IP4", "IP4", "acronym"),
        ("NAR", "NAC", "acronym"),
        ("GVDB", "CSDP", "acronym"),
        ("bondgenootschap", "Alliance", "term"),
        ("afschrikking en verdediging", "deterrence and defence", "term"),
        ("collectieve verdediging", "collective defence", "term"),
        ("Noord-Atlantische Raad", "North Atlantic Council", "entity"),
        ("luchtverdediging", "air defence", "term"),
        ("wapenbeheersing", "arms control", "term"),
        ("bezettingsmacht", "occupying power", "term"),  # the Geneva Conventions' term
        ("medische afvoer", "medical evacuation", "term"),
        ("Egeïsche Zee", "Aegean Sea", "entity"),
        ("kruisvluchtwapen", "cruise missile", "term"),
    ],
)
def test_required_terms(termbase, dutch, english, kind):
    entry = termbase.lookup(dutch)
    assert entry is not None, dutch
    assert (entry.en, entry.kind) == (english, kind)
    assert entry.source


def test_british_spelling_first_with_us_variants(termbase):
    """Common nouns: defence first, defense as an alternative. An official name keeps its own
    spelling, and its row says so in the note."""
    for entry in termbase:
        assert "defense" not in entry.en.lower() or "spell" in entry.note, entry
        if "defence" in entry.en:
            us = entry.en.replace("defence", "defense").replace("Defence", "Defense")
            assert us in entry.alternatives, (entry.nl, entry.alternatives)


def test_every_row_names_its_source(termbase):
    assert len(termbase) >= 2500
    assert all(entry.source for entry in termbase)


@pytest.mark.parametrize(
    ("acronym", "english", "expansion"),
    [
        ("SACEUR", "SACEUR", "Supreme Allied Commander Europe"),
        ("GVDB", "CSDP", "Common Security and Defence Policy"),
        ("NAR", "NAC", "North Atlantic Council"),
        ("CSE", "CFE", "Conventional Armed Forces in Europe"),
        ("BZ", "MFA", "Ministry of Foreign Affairs"),
        ("VVD", "VVD", "People's Party for Freedom and Democracy"),
        ("D66", "D66", "Democrats 66"),
    ],
)
def test_acronyms_keep_english_acronym_and_expansion_apart(termbase, acronym, english, expansion):
    entry = termbase.lookup(acronym)
    assert (entry.en, entry.en_expansion) == (english, expansion)
    assert entry.renderings()[-1] == expansion


def test_lookup_tiers(termbase):
    assert termbase.lookup("Lastenverdeling").nl == "lastenverdeling"  # case folded
    assert termbase.lookup("NAVO top").nl == "NAVO-top"  # hyphen/space ignored
    assert termbase.lookup("navo") is None  # an acronym only matches in capitals
    assert termbase.lookup("Defensie").en == "Ministry of Defence"  # exact case wins
    assert termbase.lookup("Militair Comite").en == "Military Committee"  # accents folded
    assert termbase.lookup("cooperatieve veiligheid").en == "cooperative security"  # variant
    # a qualifier in brackets is matched written without them
    assert termbase.lookup("Raad Buitenlandse Zaken Defensie").en == (
        "Foreign Affairs Council (Defence)"
    )


def test_resolver_gives_reviewed_english_with_alternatives(termbase):
    answers = TermBaseResolver(termbase).resolve(Candidate("lastenverdeling", "term", 1, 1))
    assert [(a.text, a.source) for a in answers] == [
        ("burden sharing", "termbase"),
        ("burden-sharing", "termbase"),
    ]
    assert answers[0].confidence == 1.0 and answers[0].note.startswith("NATO;")
    by_form = Candidate("lastenverdelingen", "term", 1, 1, forms=["lastenverdeling"])
    assert TermBaseResolver(termbase).resolve(by_form)[0].text == "burden sharing"


def test_expansion_for_acronyms(termbase):
    resolver = TermBaseResolver(termbase)
    assert resolver.expansion(Candidate("NAR", "acronym", 1, 1)) == "Noord-Atlantische Raad"
    assert renderings_of(termbase, "NAR") == ["NAC", "North Atlantic Council"]


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ("nl\tenglish\n", "unknown column(s) english", 1),
        ("# only a comment\n", "no header row", None),
        (HEADER + "lastenverdeling\t\n", "empty 'en' cell", 2),
        (HEADER + "x\ty\t\tword\n", "unknown kind 'word'", 2),
        (HEADER + "x\ty|z\n", "holds one preferred rendering", 2),
        (HEADER + "x\ty\nx\tz\n", "duplicate term 'x' (term); first defined on line 2", 3),
        (HEADER + "x\ty\t\t\t\t\t\textra\n", "8 tab-separated cells, the header has 7", 2),
    ],
)
def test_malformed_rows_name_file_and_line(text, message, line):
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace(")", r"\)")) as err:
        parse_termbase(text, "tb.tsv")
    assert err.value.path == "tb.tsv" and err.value.line == line


def test_unreadable_files(tmp_path):
    with pytest.raises(InputError, match="term base not found"):
        load_termbase(tmp_path / "missing.tsv")
    bad = tmp_path / "latin1.tsv"
    bad.write_bytes(HEADER.encode() + "défense\tdefence\n".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8") as err:
        load_termbase(bad)
    assert err.value.line == 2


NEW_HEADER = "nl\ten\ten_alt\tkind\texpansion\ten_expansion\tcategory\tauthority\tinclude\tnote\n"


def test_a_row_that_needs_review_gives_proposed_english():
    from glossary.translate.chain import status_for

    tb = parse_termbase(
        NEW_HEADER
        + "afschrikking\tdeterrence\t\tterm\t\t\tconcepts\tNATO\t\t\n"
        + "opschaling\tscale-up\t\tterm\t\t\tconcepts\tproject translation — needs review\t\t\n"
    )
    official = TermBaseResolver(tb).resolve(Candidate("afschrikking", "term", 1, 1))[0]
    composed = TermBaseResolver(tb).resolve(Candidate("opschaling", "term", 1, 1))[0]
    assert (status_for(official), status_for(composed)) == ("reviewed", "proposed")


def test_the_older_seven_column_format_still_reads():
    tb = parse_termbase(
        HEADER
        + "afschrikking\tdeterrence\t\tterm\t\tNATO official usage\t\n"
        + "opschaling\tscale-up\t\tterm\t\tproject terminologist\t\n"
    )
    assert [(e.source, e.official) for e in tb] == [
        ("NATO official usage", True),
        ("project translation — needs review", False),
    ]


def test_lifted_terms_are_names_whose_english_differs_acronyms_and_rows_marked_always():
    tb = parse_termbase(
        NEW_HEADER
        + "Zweedse Raad\tSwedish Council\t\tentity\t\t\tconcepts\tNATO\t\t\n"
        + "Kosovo Force\tKosovo Force\t\tentity\t\t\toperations\tNATO\t\t\n"
        + "staatssecretaris\tState Secretary\t\tterm\t\t\tdutch-government\tNATO\talways\t\n"
        + "fregat\tfrigate\t\tterm\t\t\tcapabilities\tNATO\t\t\n"
        + "CDA\tCDA\t\tacronym\tChristen-Democratisch Appèl\t\tdutch-government\tNATO\t\t\n"
    )
    assert tb.lifts() == ["CDA", "Zweedse Raad", "staatssecretaris"]


def test_include_accepts_only_always():
    with pytest.raises(InputError, match="unknown include value 'yes'") as info:
        parse_termbase(NEW_HEADER + "x\ty\t\tterm\t\t\tconcepts\tNATO\tyes\t\n", "tb.tsv")
    assert info.value.line == 2


def test_an_acronym_finds_its_acronym_row_before_the_written_out_term(termbase):
    """``SGNAVO`` and ``SG NAVO`` share a loose key: the acronym gets the English acronym."""
    assert termbase.lookup("SGNAVO", "acronym").en == "NATO SG"
    assert termbase.lookup("SG NAVO", "term").en == "NATO Secretary General"


def test_variants_and_names_of_the_categories_added_for_unseen_letters(termbase):
    assert termbase.lookup("CSE-verdrag").en == "CFE Treaty"  # the Dutch initials as a variant
    assert termbase.lookup("Amari").en == "Ämari"  # diacritics matched as forms
    assert termbase.lookup("Patriot-systeem") is None  # composed: Patriot + system
    party = termbase.lookup("GroenLinks")
    assert (party.en, party.category) == ("GroenLinks", "dutch-government")
    assert termbase.lookup("luchtmachtbasis").en == "air base"
    assert termbase.lookup("EDA-bestuursraad").en == "EDA Steering Board"  # a second Dutch name


def test_an_acronym_rows_full_form_is_found_when_no_row_of_its_own_names_it():
    """The row of NGO states the full Dutch name and its English; a letter that writes the
    name out without the acronym gets that English, with the acronym as an alternative."""
    tb = parse_termbase(
        NEW_HEADER
        + "NGO\tNGO\t\tacronym\tnon-gouvernementele organisatie\tnon-governmental organization"
        + "\tother-organisations\tUN\t\t\n"
        + "NAR\tNAC\t\tacronym\tNoord-Atlantische Raad\tNorth Atlantic Council\tnato\tNATO\t\t\n"
        + "Noord-Atlantische Raad\tNorth Atlantic Council (the Council)\t\tentity\t\t\tnato"
        + "\tNATO\t\t\n"
    )
    resolver = TermBaseResolver(tb)
    written_out = Candidate("non-gouvernementele organisatie", "term", 1, 1)
    answers = resolver.resolve(written_out)
    assert [(a.text, a.confidence) for a in answers] == [
        ("non-governmental organization", 1.0),
        ("NGO", 0.9),
    ]
    plural = Candidate("non-gouvernementele organisaties", "term", 1, 1, forms=[written_out.term])
    assert resolver.resolve(plural)[0].text == "non-governmental organization"
    own_row = resolver.resolve(Candidate("Noord-Atlantische Raad", "entity", 1, 1))[0]
    assert own_row.text == "North Atlantic Council (the Council)"  # its own row comes first
    assert tb.lookup("non-gouvernementele organisatie") is None  # parts of compounds unchanged
    assert "non-gouvernementele organisatie" not in tb.lifts()  # found, not lifted


def test_a_name_cited_with_or_without_the_english_article_is_one_row(termbase):
    name = "Deterrence and Defence of the Euro-Atlantic Area"
    assert termbase.lookup(f"Concept for the {name}").en == f"Concept for {name}"
    assert termbase.lookup("Hague") is None  # a name's own first word stays
