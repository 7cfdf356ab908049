"""Dutch language knowledge (:mod:`glossary.nlp.dutch`), one table per behaviour, against the
real lexicon (spaCy's Dutch lemma tables and ``wordfreq``)."""

from __future__ import annotations

import pytest

from glossary.extract.tokens import doc_tokens
from glossary.extract.words import lemma_noun
from glossary.nlp.dutch.adjectives import adjective_base, attributive, attributive_forms, is_graded
from glossary.nlp.dutch.compounds import (
    Part,
    best_split,
    frequency_score,
    heads,
    split_compound,
    unlinked,
    with_linking_s,
)
from glossary.nlp.dutch.function_words import pronominal_adverb
from glossary.nlp.dutch.gender import COMMON, NEUTER, article_votes, noun_gender, seed_genders
from glossary.nlp.dutch.loanwords import (
    british_spelling,
    english_plural,
    english_singular,
    is_english_word,
)
from glossary.nlp.dutch.nouns import (
    compound_head_plural,
    compound_noun_lemma,
    noun_lemma,
    plural_forms,
    split_head,
)
from glossary.nlp.dutch.spelling import (
    straight_apostrophes,
    strip_possessive,
    without_apostrophes,
)
from glossary.nlp.dutch.verbs import agent_singular

# -- spelling ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "without"),
    [
        ("MCR's", "MCR"),
        ("MCR’s", "MCR"),
        ("risico’s", "risico"),
        ("risico´s", "risico"),  # an acute accent typed for the apostrophe
        ("Mercedes'", "Mercedes"),
        ("Mercedes’", "Mercedes"),
        ("Max'", "Max"),
        ("Bosch’", "Bosch"),
        ("Alice'", "Alice"),
        ("Oekraïne", "Oekraïne"),
        ("NAVO'", "NAVO'"),  # a closing quotation mark, not a possessive
        ("l'", "l'"),
        ("'s", "'s"),
    ],
)
def test_possessive(text, without):
    assert strip_possessive(text) == without


@pytest.mark.parametrize(
    ("text", "straight", "dropped"),
    [
        ("MCR’s", "MCR's", "MCRs"),
        ("MCR's", "MCR's", "MCRs"),
        ("MCR`s", "MCR's", "MCRs"),
        ("risicoʼs", "risico's", "risicos"),
        ("Oekraïne", "Oekraïne", "Oekraïne"),
    ],
)
def test_apostrophes_in_every_written_form(text, straight, dropped):
    assert straight_apostrophes(text) == straight
    assert without_apostrophes(text) == dropped


# -- compounds --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("luchtverdedigingsmiddel", ["lucht", "verdediging", "middel"]),
        ("capaciteitsdoelstelling", ["capaciteit", "doelstelling"]),
        ("defensie-industrie", ["defensie", "industrie"]),
        ("bondgenootschap", ["bondgenootschap"]),
        ("voorbeeld", ["voorbeeld"]),
    ],
)
def test_general_splitter(word, parts):
    assert split_compound(word) == parts


@pytest.mark.parametrize(
    ("word", "parts"),
    [
        ("luchtverdedigingsmiddel", [("lucht", ""), ("verdediging", "s"), ("middel", "")]),
        ("wapenbeheersingsverdrag", [("wapen", ""), ("beheersing", "s"), ("verdrag", "")]),
        ("ziektebeeld", [("ziekte", ""), ("beeld", "")]),
        ("stadhuis", [("stad", ""), ("huis", "")]),
    ],
)
def test_splits_carry_their_linking_elements(word, parts):
    assert best_split(word, frequency_score) == tuple(Part(*p) for p in parts)


@pytest.mark.parametrize(
    ("modifier", "linked"),
    [
        ("veiligheid", "veiligheids"),
        ("ontmijning", "ontmijnings"),
        ("gemeenschap", "gemeenschaps"),
        ("capaciteit", "capaciteits"),
        ("verdedigings", "verdedigings"),
        ("lucht", "lucht"),
        ("ring", "ring"),
    ],
)
def test_suffixes_that_require_the_linking_s(modifier, linked):
    assert with_linking_s(modifier) == linked


@pytest.mark.parametrize(
    ("word", "min_modifier", "min_head", "first", "last"),
    [
        ("verdedigingsplan", 3, 4, ("ver", "dedigingsplan"), ("verdedigings", "plan")),
        ("verdedigingsplan", 3, 3, ("ver", "dedigingsplan"), ("verdedigingsp", "lan")),
        ("stadhuis", 4, 4, ("stad", "huis"), ("stad", "huis")),
    ],
)
def test_heads_longest_first(word, min_modifier, min_head, first, last):
    found = list(heads(word, min_modifier, min_head))
    assert (found[0], found[-1]) == (first, last)
    assert all(m + h == word for m, h in found)


@pytest.mark.parametrize(
    ("modifier", "stems"),
    [
        ("leverings", ["leverings", "levering"]),
        ("mensen", ["mensen", "mens"]),
        ("ziekte", ["ziekte", "ziekt"]),
        ("deelne", ["deelne", "deeln"]),  # a suffix, not ``rstrip("en")`` (``deel``)
        ("plan", ["plan"]),
    ],
)
def test_modifier_without_its_linking_element(modifier, stems):
    assert unlinked(modifier) == stems


@pytest.mark.parametrize(
    ("word", "split"),
    [
        ("communicatiesatellieten", ("communicatie", "satellieten")),
        ("leveringszekerheid", ("leverings", "zekerheid")),
        ("luchtverdedigingssystemen", ("luchtverdedigings", "systemen")),
        ("Begijnenkerk", ("Begijnen", "kerk")),  # -en- linker: ``begijn``
        ("deelnemen", None),  # no ``deel`` + ``ne`` linker + ``men``
        ("opnemen", None),
    ],
)
def test_compound_head_for_coordination_ellipsis(resources, word, split):
    assert split_head(word, resources) == split


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("verdedigingsplannen", "verdedigingsplan"),
        ("kruisvluchtwapens", "kruisvluchtwapen"),
        ("luchtverdedigingsmiddelen", "luchtverdedigingsmiddel"),
        ("capaciteitsdoelstellingen", "capaciteitsdoelstelling"),
    ],
)
def test_unknown_compounds_take_the_lemma_of_their_longest_known_head(resources, word, lemma):
    assert compound_noun_lemma(word, resources) == lemma


# -- nouns ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("uitgaven", "uitgave"),  # not the archaic ``uitgaaf``
        ("waarden", "waarde"),  # the exception list, not the adjective-inflated ``waard``
        ("gedachten", "gedachte"),
        ("drones", "drone"),  # the lexicon lists the plural as a lemma too
        ("risico's", "risico"),
        ("risico’s", "risico"),
        ("verdedigingsplannen", None),  # no known noun as a whole
        ("kabinetsleden", "kabinetslid"),  # the lookup table says ``kabinetslede``
        ("vrachtschepen", "vrachtschip"),
        ("geleden", None),  # ``ge`` is no modifier: no plural of ``gelid``
    ],
)
def test_noun_lemmas(resources, word, lemma):
    assert noun_lemma(word, resources) == lemma


@pytest.mark.parametrize(
    ("noun", "plural"),
    [
        ("top", "toppen"),
        ("dreiging", "dreigingen"),
        ("bondgenoot", "bondgenoten"),
        ("kruisvluchtwapen", "kruisvluchtwapens"),
        ("NAVO-top", "NAVO-toppen"),
        ("defensie-uitgave", "defensie-uitgaven"),
        ("coalitie", "coalities"),
        ("MCR", "MCR's"),
        ("output", "outputs"),
        ("claim", "claims"),
        ("bemensing", "bemensingen"),
        ("project", "projecten"),
        ("plan", "plannen"),
        ("team", "teams"),  # the lexicon's rules would also let ``teamen`` through
        ("briefing", "briefings"),
        ("veiligheid", "veiligheden"),  # ``veiligheids`` is a compound's linking form
        ("training", "trainingen"),
        ("koning", "koningen"),
        ("landenkampioenschap", "landenkampioenschappen"),  # ``-schap`` doubles its ``p``
        ("rijkdom", "rijkdommen"),
        ("vredesproces", "vredesprocessen"),  # unseen plurals: the head decides
        ("NAVO-defensieplanningsproces", "NAVO-defensieplanningsprocessen"),
    ],
)
def test_generated_plurals(resources, noun, plural):
    """Dutch plurals, and the English plural an English loanword keeps in Dutch text (not
    for a compound's head: ``beme|nsing`` is no ``sing``)."""
    assert plural_forms(noun, resources)[0] == plural


@pytest.mark.parametrize(
    ("word", "plural"),
    [
        ("kruisvluchtwapen", "kruisvluchtwapens"),
        ("luchtverdedigingsmiddel", "luchtverdedigingsmiddelen"),
        ("raketverdediging", "raketverdedigingen"),
    ],
)
def test_unknown_compounds_take_the_plural_of_their_longest_known_head(resources, word, plural):
    assert compound_head_plural(word, resources) == plural


@pytest.mark.parametrize(
    ("noun", "plurals"),
    [
        ("schip", ["schepen"]),
        ("bevoorradingsschip", ["bevoorradingsschepen"]),  # the head's plural, not ``-schipen``
        ("Kamerlid", ["Kamerleden"]),
        ("oppositielid", ["oppositieleden"]),
        ("hoofdstad", ["hoofdsteden"]),
        ("kind", ["kinderen"]),
        ("been", ["benen"]),  # legs: ``beenderen`` are bones, the rarer sense
        ("groei", ["groeien"]),  # ends in ``ei``, yet no compound on it
        ("islam", ["islamen"]),  # nor on ``lam``: a modifier has three letters or more
        ("lidstaat", ["lidstaten"]),
    ],
)
def test_plurals_that_change_the_stem_also_at_the_end_of_a_compound(resources, noun, plurals):
    assert plural_forms(noun, resources) == plurals


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("terugkeerders", "terugkeerder"),  # ``-der`` after the ``r`` of ``terugkeer``
        ("aanvragers", "aanvrager"),
        ("uitvoerders", "uitvoerder"),
        ("indieners", "indiener"),
    ],
)
def test_an_unlisted_agent_nouns_plural_has_its_singular(resources, plural, singular):
    """An agent noun on any verb's stem (``-er``/``-der``, plural ``-s``): the lexicon lists
    few of them, and the letters name returnees and applicants all the same."""
    assert agent_singular(plural, resources) == singular
    assert lemma_noun(plural, resources) == singular


@pytest.mark.parametrize("word", ["cijfers", "papers", "pers", "wintersport"])
def test_no_agent_noun_without_a_verbs_stem(resources, word):
    assert agent_singular(word, resources) is None


# -- adjectives -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "base", "inflected"),
    [
        ("collectieve", "collectief", "collectieve"),
        ("hybride", "hybride", "hybride"),
        ("militaire", "militair", "militaire"),
        ("grote", "groot", "grote"),
        ("ministeriële", "ministerieel", "ministeriële"),
        ("potentiele", "potentieel", "potentiële"),
    ],
)
def test_adjective_base_and_attributive_form(resources, written, base, inflected):
    assert adjective_base(written, resources) == base
    assert attributive(base, resources) == inflected


@pytest.mark.parametrize(
    ("base", "forms"),
    [
        ("groot", ["groote", "grote"]),
        ("wit", ["wite", "witte"]),
        ("collectief", ["collectiefe", "collectieve"]),
        ("vies", ["viese", "vieze"]),
        ("houten", ["houtene", "houten", "houtenne"]),
        ("hybride", ["hybride"]),
        ("militair", ["militaire"]),
        ("officieel", ["officiële"]),
        ("anti-ISIS", ["anti-ISIS"]),  # a prefixed acronym does not inflect
    ],
)
def test_attributive_forms_proposed_by_rule(base, forms):
    assert attributive_forms(base) == forms


@pytest.mark.parametrize(
    ("base", "graded"),
    [
        ("collectief", False),
        ("militair", False),
        ("hybride", False),
        ("nucleair", False),
        ("strategisch", False),
        ("belangrijk", True),
        ("groot", True),
        ("effectief", True),
        ("bondgenootschappelijk", False),  # no degree in use at all
        ("constructief", True),  # the lexicon lists both degrees, Dutch uses one
        ("noodzakelijk", True),
    ],
)
def test_relational_adjectives_are_not_graded_and_qualitative_ones_are(resources, base, graded):
    assert is_graded(base, resources) is graded


# -- English loanwords ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "english"),
    [("enablement", True), ("capabilities", True), ("verdediging", False), ("drone", False)],
)
def test_english_words(resources, word, english):
    assert is_english_word(word, resources) is english


@pytest.mark.parametrize(
    ("singular", "plural"),
    [
        ("project", "projects"),
        ("capability", "capabilities"),
        ("approach", "approaches"),
        ("day", "days"),
    ],
)
def test_english_terms_get_english_plurals(singular, plural):
    assert english_plural(singular) == plural


@pytest.mark.parametrize(
    ("plural", "singular"),
    [
        ("projects", "project"),
        ("capabilities", "capability"),
        ("status", "status"),
        ("analysis", "analysis"),
        ("access", "access"),
        ("economics", "economics"),
        ("headquarters", "headquarters"),
        ("approaches", "approach"),
        ("taxes", "tax"),
        ("vetoes", "veto"),
        ("shoes", "shoe"),
        ("headaches", "headache"),
        ("responses", "response"),
        ("processes", "process"),
    ],
)
def test_english_singulars(plural, singular):
    assert english_singular(plural) == singular


@pytest.mark.parametrize(
    ("word", "british"),
    [
        ("defense", "defence"),
        ("centers", "centres"),
        ("organization", "organisation"),
        ("realized", "realised"),
        ("size", "size"),
        ("citizen", "citizen"),
        ("defensie", "defensie"),
    ],
)
def test_british_spelling(word, british):
    assert british_spelling(word) == british


# -- function words ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("daarenboven", True),
        ("daarentegen", True),
        ("hiermee", True),
        ("waarover", True),
        ("daarnaast", True),
        ("waarde", False),
        ("waarborg", False),
        ("hiërarchie", False),
        ("daad", False),
    ],
)
def test_pronominal_adverbs(word, expected):
    assert pronominal_adverb(word) is expected


# -- gender -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lemma", "votes", "table", "gender"),
    [
        ("domein", {"domein": NEUTER}, {}, NEUTER),
        ("verdedigingsplan", {}, {"plan": NEUTER}, NEUTER),
        ("dialoog", {}, {"loog": NEUTER}, None),  # a known simple word is not ``dia|loog``
        ("actieplan", {}, {"plan": NEUTER}, NEUTER),  # known, but ``actie`` is a known noun
        ("NAVO-land", {}, {"land": NEUTER}, NEUTER),
        ("parlement", {}, {}, NEUTER),
        ("dilemma", {}, {}, NEUTER),  # the Greek -ma nouns
        ("plasma", {}, {}, NEUTER),
        ("verdediging", {}, {}, COMMON),
        ("raket", {}, {}, None),
    ],
)
def test_noun_gender_evidence_in_order(resources, lemma, votes, table, gender):
    assert noun_gender(lemma, votes, table, lambda w: resources.in_index("noun", w)) == gender


def test_the_text_outvotes_the_table():
    assert noun_gender("figuur", {"figuur": COMMON}, {"figuur": NEUTER}) == COMMON


def test_articles_in_the_text_vote_for_singular_nouns_only(nlp):
    tokens = doc_tokens(
        nlp(
            "Het domein groeit. Dit vijfde domein en de dialoog. De plannen "
            "en het plan. Ik weet dat de dialoog goed is."
        )
    )
    votes = article_votes(tokens)
    assert votes["domein"] == NEUTER and votes["plan"] == NEUTER and votes["dialoog"] == COMMON
    assert "plannen" not in votes


def test_the_term_base_teaches_the_genders_of_its_nouns(resources):
    found = seed_genders(
        [
            "operationeel domein",
            "collectieve verdediging",
            "hybride dreiging",
            "lastenverdeling",
            "Noord-Atlantische Raad",
            "Onderzoeksraad voor Veiligheid",
            "Defensie Materieel Organisatie",
        ],
        lambda word: adjective_base(word, resources),
        lambda base: attributive(base, resources),
    )
    assert found == {"domein": NEUTER, "verdediging": COMMON, "raad": COMMON}
