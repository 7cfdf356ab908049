"""People's names are no entries; the posts before them are (real pipeline, real lexicon)."""

from __future__ import annotations

import pytest

from glossary.nlp.dutch.names import is_initials
from tests.extract.helpers import terms_of

TEXT = (
    "De Minister van Buitenlandse Zaken Lavrov sprak met secretaris-generaal Jens Stoltenberg "
    "in Brussel. Het rapport van de groep van Greta Bossenmaier en Anja Dalgaard-Nielsen kwam "
    "later. Ook Greta Bossenmaier, Tacan Ildem en Jeroen van der Veer spraken. "
    "Volgens minister Hillen gaat het Verdrag van Washington voor. Zowel Lavrov als "
    "Stoltenberg spraken over de Noord-Atlantische Raad. Later opende secretaris-generaal Mark "
    "Rutte de bijeenkomst; Rutte sprak over Oekraïne. Hoge Vertegenwoordiger Borrell "
    "informeerde de Raad. Dinsdag neemt minister-president Rutte deel aan het forum.\n\n"
    "De Minister van Defensie,\n\n"
    "K.H. Ollongren"
)


@pytest.fixture(scope="module")
def terms(nlp, resources) -> list[str]:
    return terms_of(TEXT, nlp, resources)


def test_people_are_no_entries(terms):
    people = ("Lavrov", "Stoltenberg", "Bossenmaier", "Dalgaard", "Hillen", "Ollongren")
    people += ("Ildem", "Veer", "Rutte", "Rut")  # ``rutte`` is also a form of ``rut``
    people += ("Borrell",)  # after the post ``Hoge Vertegenwoordiger``
    assert not [t for t in terms if any(p in t for p in people)], terms


def test_posts_names_and_places_beside_people_stay(terms):
    for term in ("Minister van Buitenlandse Zaken", "Verdrag van Washington"):
        assert term in terms, terms
    assert "Noord-Atlantische Raad" in terms and "Brussel" in terms


def test_a_name_begun_after_a_title_runs_on_over_capitalised_dutch_words(nlp, resources):
    """``Hanke`` (no given name the list knows) opens the name after the post, so ``Bruins
    Slot`` is its surname though both are Dutch words; the post stays an entry."""
    found = terms_of(
        "Dit hebben minister van Buitenlandse Zaken Hanke Bruins Slot en de burgemeester "
        "bekendgemaakt. Later sprak Bruins Slot over de NAVO-top.",
        nlp,
        resources,
    )
    assert "minister van Buitenlandse Zaken" in found, found
    assert not [t for t in found if "Slot" in t or "Hanke" in t], found


def test_a_regnal_number_belongs_to_the_persons_name(nlp, resources):
    """``Koning Abdullah II van Jordanië``: the number is Abdullah's, so no ``II van
    Jordanië`` is left as a name; the post with its country stays."""
    found = terms_of(
        "De Koning van Jordanië bezocht de NAVO. Daarna sprak Koning Abdullah II van "
        "Jordanië met de premier.",
        nlp,
        resources,
    )
    assert "Koning van Jordanië" in found, found
    assert not [t for t in found if t.startswith("II") or "Abdullah" in t], found


def test_a_given_name_that_is_an_english_word_inside_an_english_name_is_the_names(nlp, resources):
    """``Global Peace Index``: ``Peace`` is a given name too, but after a capitalised word it
    is a word of the name, whose words stay whole; a given name after a post still opens a
    person's name."""
    text = (
        "Volgens de Global Peace Index en de Women Peace and Security Index daalt de "
        "veiligheid. Secretaris-generaal Mark Rutte sprak over de Noord-Atlantische Raad."
    )
    terms = terms_of(text, nlp, resources)
    assert {"Global Peace Index", "Women Peace and Security Index"} <= set(terms), terms
    assert not [t for t in terms if "Rutte" in t], terms


@pytest.mark.parametrize(
    ("text", "initials"),
    [("M.", True), ("K.H.", True), ("H.G.J.", True), ("NAVO", False), ("Mr", False)],
)
def test_initials(text, initials):
    assert is_initials(text) is initials


REPORT = (
    "Voorzitter: Kahraman\n"
    "Griffier: Muller\n"
    "Aanwezig zijn acht leden der Kamer, te weten: Boswijk, Dassen, Eerdmans, Van der Lee, "
    "Pool, Stoffer en Tuinman, en mevrouw Ollongren, Minister van Defensie.\n"
    "De heer Dassen (Volt):\n"
    "Voorzitter. De NAVO moet de luchtverdediging versterken, in Polen en in Roemenië.\n"
)


def test_the_people_of_a_parliamentary_report_are_no_entries(nlp, resources):
    """The labels (``Voorzitter: Kahraman``), a form of address before a surname that is
    also a Dutch word (``de heer Dassen``, a badger's plural) and the list of members next to
    them are people; the posts and places in the same lines stay."""
    terms = terms_of(REPORT, nlp, resources)
    people = ("Kahraman", "Muller", "Boswijk", "Dassen", "Eerdmans", "Lee", "Stoffer", "Tuinman")
    assert not [t for t in terms if any(p in t for p in (*people, "Pool"))], terms
    assert {"Minister van Defensie", "luchtverdediging", "Roemenië"} <= set(terms)


MEMBERS = (
    "Aanwezig zijn zes leden der Kamer, te weten: Belhaj, Ten Broeke, Eijsink, Knops, De Roon "
    "en Vuijk, en mevrouw Hennis-Plasschaert, Minister van Defensie.\n\n"
    "Aan de orde is de behandeling van het wetsvoorstel van de leden Diederik van Dijk, "
    "Ellian, Olger van Dijk, Paternotte, Eerdmans en Ceder voor de Wet op de "
    "defensieverplichtingen (NAVO) en andere afspraken.\n\n"
    "De voorzitter van de vaste commissie voor Buitenlandse Zaken, Eijsink\n\n"
    "De griffier van de vaste commissie voor Defensie, Van Leiden\n\n"
    "De delegatie bestond uit de Tweede Kamerleden Van Wijngaarden (VVD, delegatieleider) en "
    "Boswijk (CDA). Het lid Tuinman vroeg naar de motie Tuinman en Boswijk.\n\n"
    "De NAVO-landen Noorwegen, Estland, Letland en Litouwen versterken de oostflank. De leden "
    "spraken over drie zaken: de begroting, de oefeningen, Eurocorps en de NAVO.\n"
)


def test_lists_of_members_and_signed_lines_of_a_report_are_people(nlp, resources):
    """Names listed after a word for members (``leden der Kamer, te weten: …``, ``van de
    leden …``), with particles and given names the lexicon lacks (``Olger van Dijk``), and
    the name after a post and a comma on a line of its own are people; a list of places
    stays."""
    terms = terms_of(MEMBERS, nlp, resources)
    people = ("Belhaj", "Broeke", "Eijsink", "Knops", "Roon", "Vuijk", "Olger", "Paternotte")
    people += ("Eerdmans", "Ceder", "Ellian", "Leiden", "Wijngaarden", "Boswijk", "Tuinman")
    assert not [t for t in terms if any(p in t for p in people)], terms
    assert {"Noorwegen", "Estland", "Letland", "Litouwen", "Minister van Defensie"} <= set(terms)
    assert "Eurocorps" in terms  # far from the word for members: no list of them


def test_movers_of_a_motion_and_a_name_written_without_its_accents_are_people(nlp, resources):
    """A motion or amendment hyphenated to its movers names people (``de motie-Van
    Middelkoop``); a surname found after a form of address is a person also where the text
    drops its accents (``dhr. Radoičić`` … ``Radoicic``)."""
    text = (
        "De leden stelden vast dat de motie-Van Middelkoop niet wordt uitgevoerd. Het "
        "amendement-Van der Staaij werd verworpen en de motie-Sjoerdsma/Van Ojik over de NAVO "
        "aangenomen. Volgens het kabinet is dhr. Radoičić in Servië gearresteerd. Is het het "
        "Nederlandse standpunt dat Radoicic achter de aanslag in Noord-Kosovo zat?"
    )
    terms = terms_of(text, nlp, resources)
    people = ("Middelkoop", "Staaij", "Ojik", "Radoi")
    assert not [t for t in terms if any(p in t for p in people)], terms
    assert {"NAVO", "Servië", "Noord-Kosovo"} <= set(terms), terms


def test_a_name_before_a_party_in_brackets_is_a_member_and_a_listed_one_stays_a_person(
    nlp, resources
):
    """``zegt Knops (CDA)``, ``vindt Ten Broeke (VVD)``: a name before a party is a member
    of parliament; a surname from a list of members is a person elsewhere in the text too;
    an acronym in brackets after a body's name is still its acronym (``Verenigde Naties
    (VN)``)."""
    text = (
        "Aanwezig zijn vier leden der Kamer, te weten: Van Bommel, Eijsink, Hernandez en "
        "Kortenoeven. Het is een klein land, zegt Knops (CDA). Montenegro wil dit zelf, vindt "
        "Ten Broeke (VVD). Ook Servaes (PvdA) is positief. Hernandez vroeg naar de "
        "luchtverdediging. De Verenigde Naties (VN) steunen dit."
    )
    terms = terms_of(text, nlp, resources)
    people = ("Knops", "Broeke", "Servaes", "Hernandez", "Bommel", "Eijsink")
    assert not [t for t in terms if any(p in t for p in people)], terms
    assert {"Verenigde Naties", "VN", "Montenegro", "luchtverdediging"} <= set(terms), terms


def test_a_function_word_opening_a_sentence_is_no_given_name(nlp, resources):
    """``Om Smart Defence vorm te geven …``: ``Om`` is a given name in some languages, but a
    Dutch function word at the start of a sentence is capitalised by its place; so
    ``Defence`` is no surname, and the heading ``Chicago Defence Package`` stays whole."""
    text = (
        "De bijeenkomst volgt op de Navo-Top in Chicago.\n\nChicago Defence Package\n\n"
        "Om Smart Defence vorm te geven richtte de Navo een Task Force op."
    )
    terms = terms_of(text, nlp, resources)
    assert {"Smart Defence", "Chicago Defence Package"} <= set(terms), terms


def test_a_name_after_a_compound_post_is_a_person(nlp, resources):
    """``Commissie-voorzitter Prodi``, ``EU-commissaris Breton``: a title joined by a hyphen
    heads a post, and the name after it is a person's; a member (``NAVO-lid Turkije``) is no
    post, and the country after it stays a name."""
    text = (
        "De ministers, Commissie-voorzitter Prodi en EU-commissaris Breton veroordeelden de "
        "aanslagen. Ook NAVO-lid Turkije sprak zich uit."
    )
    terms = terms_of(text, nlp, resources)
    assert not {"Prodi", "Breton"} & set(terms), terms
    assert "Turkije" in terms, terms


def test_a_name_before_cum_suis_is_a_person_throughout_the_text(nlp, resources):
    """``Milosevic c.s.``: *cum suis* follows only a person's name, and the surname found so is
    a person elsewhere in the text too (``de kring rond Milosevic``)."""
    text = (
        "Sancties kunnen leiden tot zwaardere repressie van Milosevic c.s. De sancties komen "
        "ten goede aan de kring rond Milosevic."
    )
    terms = terms_of(text, nlp, resources)
    assert "Milosevic" not in terms and "sanctie" in terms, terms
