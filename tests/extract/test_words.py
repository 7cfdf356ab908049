"""Word knowledge for extraction: a term's noun lemma, acronyms, and Dutch knowledge in terms
(the tables of the Dutch knowledge itself are in ``tests/nlp/test_dutch.py``)."""

from __future__ import annotations

import pytest

from glossary.extract.words import acronym_of, hyphen_acronyms, lemma_noun, prefixed_acronym
from glossary.nlp.dutch.verbs import nominal_participle
from tests.extract.helpers import extract_text, terms_of


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("dreigingen", "dreiging"),
        ("NAVO-toppen", "NAVO-top"),
        ("bondgenoten", "bondgenoot"),
        ("kruisvluchtwapens", "kruisvluchtwapen"),
        ("capaciteitsdoelstellingen", "capaciteitsdoelstelling"),
        ("defensie-uitgaven", "defensie-uitgave"),
        ("risico’s", "risico"),
        ("MCR’s", "MCR"),
        ("Lastenverdeling", "lastenverdeling"),
        ("verdedigingsplannen", "verdedigingsplan"),
        ("«NAVO2030»-proces", "NAVO2030-proces"),  # a quoted first part loses its quotes
        ("NAVO2030»-processen", "NAVO2030-proces"),
        ("NUC)-format", "NUC-format"),  # so does the bracket of an acronym
        ("afgevaardigden", "afgevaardigde"),  # the lexicon lists the plural as its lemma
        ("ontheemden", "ontheemde"),  # and of an adjective used as a noun (displaced persons)
        ("noordwesten", "noordwesten"),  # a compass point's region is no plural
        ("operatiën", "operatie"),  # -n after -ie, the e marked apart (older spelling)
        ("ministeriën", "ministerie"),
    ],
)
def test_noun_lemmas_including_unknown_compounds(resources, word, lemma):
    assert lemma_noun(word, resources) == lemma


def test_a_plural_the_lexicon_also_lists_as_a_rare_lemma_follows_the_tagger(nlp, resources):
    """``doelen`` is a lemma of its own in the lexicon (the archery range); the exception
    list reads it as the plural of the far more frequent ``doel``, and so does the tagger, so
    the term is singular, and so is a compound on it, which the tagger does not know
    (``trainingsdoelen``). An -en word the exception list leaves alone stays as listed."""
    assert lemma_noun("doelen", resources, "doel") == "doel"
    assert lemma_noun("doelen", resources) == "doel"
    assert lemma_noun("trainingsdoelen", resources) == "trainingsdoel"
    assert lemma_noun("westen", resources, "westen") == "westen"  # read as a lemma: as listed
    assert "militair doel" in terms_of("De militaire doelen werden aangevallen.", nlp, resources)


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("MCR’s", "MCR"),
        ("MCR's", "MCR"),
        ("IP4", "IP4"),
        ("G20", "G20"),
        ("F-16", "F-16"),
        ("COVID-19", "COVID-19"),
        ("S-400", "S-400"),
        ("SACEUR", "SACEUR"),
        ("NAVO", "NAVO"),
        ("II", None),
        ("Nr", None),
        ("D.C.", None),
        ("navo", None),
        ("eFP", "eFP"),
        ("eFLF", "eFLF"),
        ("mRNA", "mRNA"),
        ("iPhone", None),
        ("eU", None),
        ("NAVO2030", "NAVO2030"),
        ("A400M", "A400M"),
        ("T02115", None),  # a commitment's number: an identifier
        ("KST361623", None),
        ("MoU", "MoU"),  # a function word's small initial: of, van de, for
        ("MoUs", "MoU"),
        ("PvdA", "PvdA"),
        ("EMASoH", "EMASoH"),
        ("DfID", "DfID"),
        ("Q1", None),  # a quarter of the year
        ("Q4", None),
        ("YouTube", None),  # small letters that are no initial
        ("GroenLinks", None),
        ("McDonald", None),
    ],
)
def test_acronym_shapes(text, acronym):
    assert acronym_of(text) == acronym


def test_acronyms_inside_hyphenated_words():
    assert hyphen_acronyms("OVSE-kader") == ("OVSE",)
    assert hyphen_acronyms("EU-NAVO") == ("EU", "NAVO")
    assert hyphen_acronyms("defensie-industrie") == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("anti-ISIS", True),
        ("niet-NAVO", True),
        ("pro-EU", True),
        ("anti-Amerikaans", False),
        ("EU-NAVO", False),
        ("anti-isis", False),
        ("semi-NAVO", False),
    ],
)
def test_prefixed_acronyms(text, expected):
    assert prefixed_acronym(text) is expected


def test_a_sentence_initial_pronominal_adverb_is_no_term(nlp, resources):
    text = (
        "Daarenboven steunt het kabinet de lastenverdeling. Daarentegen blijft de "
        "luchtverdediging achter.\n\nDaarenboven vraagt de lastenverdeling aandacht."
    )
    words = {w.lower() for term in terms_of(text, nlp, resources) for w in term.split()}
    assert "lastenverdeling" in words
    assert not words & {"daarenboven", "daarentegen"}


def test_a_neuter_noun_after_het_gives_the_uninflected_dictionary_form(nlp, resources):
    """``het operationele domein`` → ``operationeel domein`` (``een operationeel domein``);
    a common noun keeps the inflected adjective (``de collectieve verdediging``)."""
    terms = terms_of(
        "Het operationele domein groeit. De collectieve verdediging "
        "blijft. Het Euro-Atlantische gebied is veilig.",
        nlp,
        resources,
    )
    assert "operationeel domein" in terms and "operationele domein" not in terms
    assert "collectieve verdediging" in terms
    assert "Euro-Atlantisch gebied" in terms


def test_uninflected_adjectives_before_a_plural_are_adverbs(nlp, resources):
    """Dutch inflects an attributive adjective before a plural, so ``moreel actief steunen``
    and ``regelmatig militaire oefeningen`` do not start a term with those words."""
    terms = terms_of(
        "Nederland blijft Oekraïne moreel actief steunen. Rusland "
        "houdt regelmatig militaire oefeningen.",
        nlp,
        resources,
    )
    assert "militaire oefening" in terms
    assert not [t for t in terms if t.startswith(("actieve", "morele", "regelmatige"))]


@pytest.mark.parametrize(
    ("text", "noun", "measure"),
    [
        (
            "Nederland draagt bij aan de aanschaf van verschillende type drones. De drones "
            "worden geleverd.",
            "drone",
            "type",
        ),
        # after a measure noun the compound is a noun, even where the tagger read its
        # ``-en`` as a verb ending
        (
            "Nederland levert een bijdrage aan het pakket geruststellingsmaatregelen van SACEUR.",
            "geruststellingsmaatregel",
            "pakket",
        ),
    ],
)
def test_a_measure_noun_opens_a_noun_slot_and_joins_no_term(nlp, resources, text, noun, measure):
    """``verschillende type drones``, ``het pakket geruststellingsmaatregelen``."""
    terms = terms_of(text, nlp, resources)
    assert noun in terms
    assert not [t for t in terms if t.startswith(f"{measure} ")]


def test_truncated_compounds_take_their_linking_s_and_first_adjective(nlp, resources):
    """``maritieme veiligheid-, ontmijning- en dronecoalities``: ``-heid`` and ``-ing`` take
    the linking ``-s-``, and the adjective before the first truncated word forms a term with
    the first compound only."""
    terms = terms_of(
        "Nederland is actief in de maritieme veiligheid-, ontmijning- en dronecoalities.",
        nlp,
        resources,
    )
    assert {"veiligheidscoalitie", "ontmijningscoalitie", "maritieme veiligheidscoalitie"} <= set(
        terms
    )
    assert not [t for t in terms if t in ("veiligheidcoalitie", "ontmijningcoalitie")]
    assert not [t for t in terms if t.startswith("maritiem") and "ontmijning" in t]


def test_an_adjective_before_a_truncated_compound_agrees_and_keeps_its_capital(nlp, resources):
    """``het Nederlandse veiligheids- en defensiebeleid``: ``beleid`` is a het-word, so the
    dictionary form has the bare adjective, and an adjective of a name keeps its capital."""
    terms = terms_of(
        "Samenwerking is een speerpunt van het Nederlandse veiligheids- en defensiebeleid.",
        nlp,
        resources,
    )
    assert "Nederlands veiligheidsbeleid" in terms
    assert not [t for t in terms if t.startswith(("nederlands", "Nederlandse veiligheids"))]


def test_a_function_word_the_tagger_calls_a_noun_is_no_noun(nlp, resources):
    """``Christen-Democratisch en Vlaams``: whatever the tagger says of ``en``, a closed-class
    word neither heads nor ends a term."""
    terms = terms_of(
        "De partij Christen-Democratisch en Vlaams ( CD&V ) won drie zetels.", nlp, resources
    )
    assert "CD&V" in terms
    assert not [t for t in terms if t.split()[-1].lower() in ("en", "of", "van")], terms


def test_measure_nouns_and_the_noun_they_measure_are_no_compound(nlp, resources):
    """Partitive constructions (``een hoop pluimveehouders``, ``1445 kilometer staatsgrens``,
    ``aantallen immigranten``): the measure noun, singular or plural, is no part of a term."""
    terms = terms_of(
        "Er zijn een hoop pluimveehouders in de provincie. De grens telt 1445 kilometer "
        "staatsgrens. Er kwamen grote aantallen immigranten naar de stad.",
        nlp,
        resources,
    )
    assert {"pluimveehouder", "staatsgrens", "immigrant"} <= set(terms), terms
    assert not [t for t in terms if t.startswith(("hoop ", "kilometer ", "aantal "))], terms


def test_an_elided_french_article_starts_no_dutch_noun(nlp, resources):
    terms = terms_of(
        "In 1894 richtte Ensor de groep Les XX op en exposeerde hij in Le Salon d'Ostende. "
        "Mevrouw d'Ydewalle steunde de kunstenaar.",
        nlp,
        resources,
    )
    assert not [t for t in terms if t.lower().startswith(("d'", "l'"))], terms


def test_a_formal_preposition_opening_a_sentence_is_no_name(nlp, resources):
    """``Ingevolge artikel 100 …``: official Dutch opens sentences with prepositions and
    conjunctions the lexicon barely knows; capitalised there they are still prepositions
    and conjunctions (``Ingeval er gronden zijn …``)."""
    found = extract_text(
        "Ingevolge artikel 100 van de Grondwet informeert het kabinet de Kamer. Krachtens "
        "het mandaat levert Nederland troepen.\n\nIngeval er gronden zijn om aan te nemen "
        "dat een lid de code heeft overtreden, meldt de voorzitter dit.",
        nlp,
        resources,
    )
    opening = ("ingevolge", "krachtens", "ingeval")
    assert not [c.term for c in found if c.term.lower().startswith(opening)]


def test_a_name_at_the_start_of_a_sentence_keeps_its_first_word(nlp, resources):
    """``Tweede Kamer stemde in``: the text writes ``de Tweede Kamer`` elsewhere, so the
    capital of ``Tweede`` is the name's, not the sentence's; both occurrences count."""
    text = (
        "Tweede Kamer stemde in. Europese Unie en NAVO werken samen.\n\n"
        "De brief ging naar de Tweede Kamer en de Europese Unie. Nieuwe Kamerleden kwamen."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert found["Tweede Kamer"].freq == 2 and found["Europese Unie"].freq == 2
    assert not [t for t in found if t.startswith("Nieuwe")]


def test_an_enhanced_initiative_is_a_name_and_its_acronym_is_spelled_out(nlp, resources):
    """NATO writes its "enhanced" initiatives with a lower-case first word and acronym
    letter: ``enhanced Forward Presence (eFP)`` is a name, and eFP its acronym."""
    found = {
        c.term: c
        for c in extract_text(
            "De NAVO versterkt de enhanced Forward Presence (eFP) in Litouwen.", nlp, resources
        )
    }
    assert found["enhanced Forward Presence"].kind == "entity"
    assert found["eFP"].kind == "acronym"
    assert found["eFP"].expansion == "enhanced Forward Presence"
    assert "enhanced forward presence" not in found


def test_a_capitalised_dutch_word_inside_an_english_name_is_part_of_it(nlp, resources):
    """``enhanced Forward Land Forces (eFLF)``: ``Land`` is also Dutch, but between two
    capitalised English words it belongs to the name."""
    found = {
        c.term: c
        for c in extract_text(
            "Nederland levert een bijdrage aan de enhanced Forward Land Forces (eFLF).",
            nlp,
            resources,
        )
    }
    assert found["enhanced Forward Land Forces"].kind == "entity"
    assert found["eFLF"].expansion == "enhanced Forward Land Forces"
    assert not [t for t in found if t.lower() == "enhanced forward"]


@pytest.mark.parametrize(
    ("word", "singular"),
    [
        ("genodigden", "genodigde"),
        ("afgevaardigden", "afgevaardigde"),
        ("gedelegeerden", "gedelegeerde"),
        ("gevonden", None),  # a strong participle
        ("gereden", None),  # the participle of rijden, not gered + -en
        ("kosten", None),  # a verb and a noun, no participle
        ("vergaderden", None),  # a past tense
    ],
)
def test_a_participle_with_a_plural_noun_ending_is_a_noun(resources, word, singular):
    assert nominal_participle(word, resources) == singular


def test_a_plural_participle_the_tagger_calls_a_verb_is_a_noun_and_its_gloss_singular(
    nlp, resources
):
    """``in hun hoedanigheid van genodigden (invitees)``: the term is genodigde, its English
    the singular of the plural gloss; a plural-only English noun keeps its plural."""
    text = (
        "Naast de bondgenoten zullen ook Finland en Zweden in hun hoedanigheid van genodigden "
        "(invitees) deelnemen. De hoofdkwartieren (headquarters) van de NAVO zijn versterkt."
    )
    found = {c.term: c.english_evidence for c in extract_text(text, nlp, resources)}
    assert found.get("genodigde") == ["invitee"], found
    assert found.get("hoofdkwartier") == ["headquarters"], found
