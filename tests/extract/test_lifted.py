"""Names that enter the default output however rarely a letter mentions them: places CLDR
knows (cities are lifted without being seeds) and the term base's acronym rows."""

from __future__ import annotations

from glossary.corpus.letters import make_letter
from glossary.extract import DEFAULT_MIN_SCORE, extract_terms
from glossary.extract.score import SEED_BOOST
from glossary.nlp.resources import Resources
from glossary.translate.seeds import seed_terms
from glossary.translate.termbase import parse_termbase

from .helpers import extract_text

TERMBASE = "nl\ten\tkind\nCDA\tCDA\tacronym\nafschrikking\tdeterrence\tterm\n"
TEXT = (
    "De bondgenoten bespraken de luchtverdediging en de raketverdediging van de NAVO. "
    "De luchtverdediging van de NAVO werd in juni in Oslo besproken. "
    "De leden van de fractie van het CDA stelden vragen over de luchtverdediging."
)


def test_a_city_seen_once_and_a_term_base_acronym_enter_the_default_output(nlp):
    seeds, lifts = seed_terms(parse_termbase(TERMBASE))
    assert "Oslo" in lifts and "Oslo" not in seeds  # lifted where found as a name, no seed
    lifted = Resources.default(seeds=seeds, lift=lifts)
    plain = Resources.default(seeds=seeds)
    found = {c.term: c for c in extract_text(TEXT, nlp, lifted)}
    before = {c.term: c.score for c in extract_text(TEXT, nlp, plain)}
    for name in ("Oslo", "CDA"):  # lifted: boosted, and never below the cut
        assert found[name].score == round(max(before[name], DEFAULT_MIN_SCORE) * SEED_BOOST, 4)
    assert found["Oslo"].seeded_by is None and found["CDA"].seeded_by == "termbase"


def test_a_lifted_word_that_is_neither_seed_nor_name_stays_where_it_scores(nlp):
    res = Resources.default(seeds=["afschrikking"], lift=["raketverdediging"])
    plain = {c.term: c.score for c in extract_text(TEXT, nlp, Resources.default())}
    found = {c.term: c.score for c in extract_text(TEXT, nlp, res)}
    assert found["raketverdediging"] == plain["raketverdediging"]


def test_a_term_base_name_with_commas_is_found_whole(nlp):
    name = "Minister van Volksgezondheid, Welzijn en Sport"
    termbase = (
        f"nl\ten\tkind\tinclude\n{name}\tMinister of Health, Welfare and Sport\tterm\talways\n"
    )
    seeds, lifts = seed_terms(parse_termbase(termbase))
    text = f"De {name} beantwoordde de vragen over de NAVO-verplichtingen van Nederland."
    found = {c.term: c for c in extract_text(text, nlp, Resources.default(seeds=seeds, lift=lifts))}
    assert found[name].seeded_by == "termbase" and found[name].freq == 1


def test_a_term_base_term_scores_the_same_however_many_other_letters_are_read(nlp):
    """``commandant`` once in one letter: as a term-base term its rate is taken over the
    letters that use it, so more letters beside it do not push it under the cut; a word the
    term base does not list is still measured over the whole batch."""
    from .helpers import extract_texts

    letter = "De commandant van de missie sprak over de luchtverdediging van de NAVO."
    other = "De bondgenoten spraken in Brussel over de nieuwe begroting van de NAVO."  # as long
    seeded = Resources.default(seeds=["commandant"])

    def scores(others: int, res: Resources) -> dict[str, float]:
        return {c.term: c.score for c in extract_texts([letter] + [other] * others, nlp, res)}

    few, many = scores(1, seeded), scores(7, seeded)
    assert few["commandant"] == many["commandant"]
    plain_few, plain_many = scores(1, Resources.default()), scores(7, Resources.default())
    assert plain_many["luchtverdediging"] < plain_few["luchtverdediging"]


def test_a_term_base_acronym_is_not_sighted_in_a_verb_written_like_it(nlp):
    """The party DENK is no sighting of ``ik denk`` or of ``Denk`` opening a sentence; a
    lower-case acronym as Dutch writes some (``ngo``) still is."""
    termbase = "nl\ten\tkind\nDENK\tDENK\tacronym\nNGO\tNGO\tacronym\n"
    seeds, lifts = seed_terms(parse_termbase(termbase))
    res = Resources.default(seeds=seeds, lift=lifts)
    text = (
        "Ik denk dat de fracties van DENK en de SP vragen stelden. Denk aan de bondgenoten. "
        "De ngo verleent hulp."
    )
    found = {c.term: c for c in extract_text(text, nlp, res)}
    assert found["DENK"].freq == 1
    assert "denk" not in found["DENK"].forms and "Denk" not in found["DENK"].forms
    assert "ngo" in found["NGO"].forms


def test_a_part_of_a_lifted_country_named_by_a_compass_point_is_lifted_too(nlp):
    """``Oost-Oekraïne`` (eastern Ukraine) is a place whose English differs, as ``Oekraïne``
    is: lifted as the country would be; a compass point before a word that is no lifted
    place (``Oost-Kamer``) lifts nothing."""
    seeds, lifts = seed_terms(parse_termbase(TERMBASE))
    res = Resources.default(seeds=seeds, lift=lifts)
    text = f"{TEXT} De strijd in Oost-Oekraïne duurt voort, zei de Oost-Kamer."
    found = {c.term: c.score for c in extract_text(text, nlp, res)}
    plain = {c.term: c.score for c in extract_text(text, nlp, Resources.default(seeds=seeds))}
    lifted = round(max(plain["Oost-Oekraïne"], DEFAULT_MIN_SCORE) * SEED_BOOST, 4)
    assert found["Oost-Oekraïne"] == lifted
    assert found.get("Oost-Kamer") == plain.get("Oost-Kamer")


def test_an_acronym_and_noun_written_apart_match_the_term_base_compound(nlp):
    """``VN handvest`` once is the term base's ``VN-Handvest`` written apart: the term base
    vouches for the unit, so the one sighting counts; without the row, an acronym and noun
    written apart once stay below the cut."""
    text = (
        "Het kabinet stelt dat de schending van het internationaal recht en de grondbeginselen "
        "van het VN handvest door Rusland gevolgen moet hebben voor de sancties."
    )
    seeded = {c.term: c for c in extract_text(text, nlp, Resources.default(seeds=["VN-Handvest"]))}
    plain = {c.term: c for c in extract_text(text, nlp, Resources.default())}
    assert seeded["VN-handvest"].seeded_by is not None
    assert seeded["VN-handvest"].score >= DEFAULT_MIN_SCORE
    assert plain["VN-handvest"].score < DEFAULT_MIN_SCORE


def test_the_conjuncts_of_a_term_base_name_in_title_case_are_its_words(nlp):
    """``Internationaal Onderzoek en Beleidsevaluatie`` is one official name: its conjuncts
    are no names of their own; a conjunct the term base knows as a name stays one
    (``Noord-Afrika`` in ``Midden-Oosten en Noord-Afrika``)."""
    text = (
        "De directie Internationaal Onderzoek en Beleidsevaluatie van het ministerie pleitte "
        "voor meer samenhang in het beleid voor het Midden-Oosten en Noord-Afrika."
    )
    seeds = ["Internationaal Onderzoek en Beleidsevaluatie", "Midden-Oosten en Noord-Afrika"]
    res = Resources.default(seeds=[*seeds, "Noord-Afrika"])
    found = {c.term: c for c in extract_text(text, nlp, res)}
    assert found["Internationaal Onderzoek en Beleidsevaluatie"].score >= DEFAULT_MIN_SCORE
    for part in ("Internationaal Onderzoek", "Beleidsevaluatie"):
        assert part not in found or found[part].score < DEFAULT_MIN_SCORE, part
    assert found["Noord-Afrika"].score >= DEFAULT_MIN_SCORE


def test_a_region_named_by_a_compass_noun_is_found_only_with_its_capital(nlp):
    """``het Westen`` (the West) is the term base's region; ``het westen van Oekraïne`` is a
    direction, no sighting of it, however case-insensitive the other matches are."""
    seeds, lifts = seed_terms(parse_termbase("nl\ten\tkind\nWesten\tthe West\tentity\n"))
    res = Resources.default(seeds=seeds, lift=lifts)
    text = (
        "De gevechten in het westen van Oekraïne nemen toe. "
        "Rusland zoekt steun buiten het Westen, bij China en Iran."
    )
    found = {(c.term, c.kind): c for c in extract_text(text, nlp, res)}
    west = found[("Westen", "entity")]
    assert west.freq == 1 and west.forms == ["Westen"] and west.seeded_by == "termbase"
    direction = found.get(("westen", "term"))
    assert direction is None or (
        direction.seeded_by is None and direction.score < DEFAULT_MIN_SCORE
    )


def test_a_term_base_compound_written_apart_counts_once(nlp):
    """``NAVO bondgenoten`` is the term base's ``NAVO-bondgenoot`` written apart: one
    sighting, counted once however many ways the analysis recognises it."""
    text = "De NAVO bondgenoten bespraken de luchtverdediging van het verdragsgebied."
    res = Resources.default(seeds=["NAVO-bondgenoot"])
    letter = make_letter(text, "x", "x", res.is_word)
    found = [c for c in extract_terms([letter], nlp, res) if c.term.lower().startswith("navo")]
    allies = [c for c in found if "bondgeno" in c.term.lower()]
    assert len(allies) == 1 and allies[0].freq == 1, [(c.term, c.freq) for c in found]


def test_sightings_in_other_spellings_of_a_term_base_phrase_count_once(nlp):
    """A term-base phrase written apart, with other capitals or hyphens (``NAVO
    bondgenoten``, ``Navo-bondgenoten``) is found both as the term base's phrase and as a
    group of its own; the glossary merges the spellings into one entry, and each sighting
    counts once in it, seen once or more, with the cut or without."""
    text = (
        "De NAVO bondgenoten bespraken de luchtverdediging. De NAVO bondgenoten steunen "
        "Oekraïne. Ook de Navo-bondgenoten in het oosten zijn het eens."
    )
    res = Resources.default(seeds=["NAVO-bondgenoot"])
    letter = make_letter(text, "x", "x", res.is_word)
    for cut in (DEFAULT_MIN_SCORE, None):
        found = extract_terms([letter], nlp, res, min_score=cut)
        allies = [c for c in found if "bondgenoot" in c.term.lower().replace(" ", "")]
        assert [(c.term, c.freq) for c in allies if "navo" in c.term.lower()] == [
            ("NAVO-bondgenoot", 3)
        ], [(c.term, c.kind, c.freq) for c in allies]


def test_a_city_spelt_like_a_dutch_word_is_the_city(nlp):
    """``Wenen`` is Vienna, though general Dutch knows ``wenen`` (to weep) as a verb and its
    nominalisation: capitalised inside a sentence, a city CLDR names is a name, lifted into
    the default output."""
    seeds, lifts = seed_terms(parse_termbase(TERMBASE))
    text = "De ministers kwamen in Wenen bijeen. Het verdrag werd te Wenen ondertekend."
    found = {c.term: c for c in extract_text(text, nlp, Resources.default(seeds=seeds, lift=lifts))}
    assert found["Wenen"].kind == "entity" and found["Wenen"].score >= DEFAULT_MIN_SCORE, found
