"""Text that looks like term text but is not: cut words, English citations, split nouns."""

from __future__ import annotations

import pytest

import glossary.extract.score as score_module
from glossary.extract import DEFAULT_MIN_SCORE
from glossary.extract.score import acronym_head
from glossary.extract.termhood import (
    covering_head,
    descriptive_adjective,
    direction_adjective,
    loose_head,
    modified_term,
    proper_adjective,
    quality_base,
    shell_head,
    split_nouns,
)
from glossary.extract.words import Words
from glossary.nlp.resources import Resources
from glossary.paths import shipped_letters

from .helpers import extract_text, extract_texts, terms_of

BODY = "De bondgenoten bespreken de luchtverdediging en de raketverdediging van de NAVO."


def test_a_word_cut_by_the_end_of_the_text_is_no_candidate(nlp, resources):
    cut = terms_of(f"{BODY}\nDe Nederlandse regeri", nlp, resources)
    assert "luchtverdediging" in cut
    assert not any("regeri" in t.lower() for t in cut)
    whole = terms_of(f"{BODY}\nDe Nederlandse kustwacht", nlp, resources)
    assert any("kustwacht" in t.lower() for t in whole), whole


def test_ordinary_english_words_of_a_quoted_english_title_are_no_terms(nlp, resources):
    text = (
        f"{BODY} Bent u bekend met het rapport «Lives lost in the Mediterranean sea: who is "
        "responsible» van de Raad van Europa?"
    )
    terms = [t.lower() for t in terms_of(text, nlp, resources)]
    assert "luchtverdediging" in terms
    assert not [t for t in terms if t in ("lives lost", "responsible", "mediterranean sea")]


def test_two_dutch_nouns_written_apart_are_split_nouns(resources):
    words = Words(resources)
    assert split_nouns("regering kennis", words)
    assert split_nouns("vluchtelingenboot midden", words)
    assert split_nouns("pantserhouwitser richting", words)  # a rare compound is Dutch too
    assert split_nouns("koers richting", words)  # a noun that is also a verb stem
    assert split_nouns("agenda bijeenkomst", words)  # a noun English shares
    assert split_nouns("EU-lidstaten invloed", words)  # an acronym compound
    assert split_nouns("aanvraag NAVO-lidmaatschap", words)
    for term in ("force protection", "collectieve verdediging", "overkoepelend ruimtebeleid"):
        assert not split_nouns(term, words), term


def test_a_noun_of_a_quality_is_as_general_as_its_adjective(resources):
    words = Words(resources)
    assert quality_base("haalbaarheid", words) == "haalbaar"
    assert quality_base("wenselijkheid", words) == "wenselijk"
    for word in ("leveringszekerheid", "afvuureenheid", "verdediging"):
        assert quality_base(word, words) is None, word


def test_a_compound_seen_once_is_covered_by_its_head_term(nlp, resources):
    text = (
        "De NAVO vraagt om een fregat. Nederland levert een fregat en de bondgenoten leveren "
        "een fregat. Ook is er behoefte aan een luchtverdedigingsfregat voor het eskader."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert found["fregat"].score >= DEFAULT_MIN_SCORE
    assert found["luchtverdedigingsfregat"].score < DEFAULT_MIN_SCORE
    assert covering_head("helikoptercapaciteit", Words(resources)) == "capaciteit"


def test_a_combination_whose_head_the_letters_use_freely_is_marked_loose(
    nlp, resources, monkeypatch
):
    """``militaire operatie`` once beside ``operatie`` in two letters is loosely bound to its
    head; alone (or beside a head used nowhere else, ``militair overwicht``) it is not, and
    neither is a combination whose head is itself a term (``maritieme luchtverdediging``).
    Seen once, a loose one counts half; admission decides the rest (``tests/builds``)."""
    first = (
        f"{BODY} Nederland steunt de militaire operatie in het noorden en wil een militair "
        "overwicht in de regio voorkomen. De operatie duurt een jaar."
    )
    second = "De operatie in het zuiden is afgerond. Een nieuwe operatie volgt in het voorjaar."
    alone = {c.term: c for c in extract_texts([first], nlp, resources)}
    assert alone["militaire operatie"].score >= DEFAULT_MIN_SCORE
    assert not alone["militaire operatie"].free_head
    both = {c.term: c for c in extract_texts([first, second], nlp, resources)}
    assert both["militaire operatie"].free_head
    assert both["militaire operatie"].score >= DEFAULT_MIN_SCORE
    assert not both["militair overwicht"].free_head
    monkeypatch.setattr(score_module, "LOOSE_ONCE_WEIGHT", 1.0)
    whole = {c.term: c for c in extract_texts([first, second], nlp, resources)}
    assert both["militaire operatie"].score == pytest.approx(
        whole["militaire operatie"].score / 2, abs=1e-3
    )
    assert both["militair overwicht"].score == whole["militair overwicht"].score
    third = "Nederland versterkt de maritieme luchtverdediging in het noorden."
    fourth = "De luchtverdediging is een prioriteit. Bondgenoten investeren in luchtverdediging."
    term = {c.term: c for c in extract_texts([third, fourth, BODY], nlp, resources)}
    assert term["luchtverdediging"].score >= DEFAULT_MIN_SCORE
    assert not term["maritieme luchtverdediging"].free_head
    assert loose_head(1, 4, 2) and not loose_head(1, 4, 1) and not loose_head(2, 4, 2)


def test_a_modifier_before_a_term_seen_once_is_covered_by_the_term(nlp, resources):
    text = f"{BODY} Er is aandacht voor een parlementair democratisch toezicht op de diensten."
    found = {c.term: c.score for c in extract_text(text, nlp, resources)}
    assert found["democratisch toezicht"] >= DEFAULT_MIN_SCORE
    assert found["parlementair democratisch toezicht"] < DEFAULT_MIN_SCORE
    assert modified_term("parlementair democratisch toezicht") == "democratisch toezicht"
    for term in (
        "democratisch toezicht",
        "afschrikking en verdediging",
        "hoge NAVO-vertegenwoordiger",
    ):
        assert modified_term(term) is None, term


def test_an_adjective_of_direction_makes_a_free_combination(nlp, resources):
    """``zuidoostelijke grens`` says where, as ``Turkse grens`` would; a classifying
    adjective in the same slot makes a term (``maritieme grens``)."""
    scores = {}
    for adjective in ("zuidoostelijke", "maritieme"):
        text = f"{BODY} Turkije bewaakt de {adjective} grens van het bondgenootschap."
        scores.update({c.term: c.score for c in extract_text(text, nlp, resources)})
    assert scores["zuidoostelijke grens"] < DEFAULT_MIN_SCORE <= scores["maritieme grens"]
    for word in ("noordelijk", "zuidelijke", "oostelijke", "noordwestelijke", "zuidoostelijk"):
        assert direction_adjective(word), word
    for word in ("Westelijke", "oostflank", "westers", "noordelijkheid"):
        assert not direction_adjective(word), word


def test_an_adjective_of_duration_makes_a_free_combination(nlp, resources):
    """``meerjarig steunpakket`` says how long, as ``jaarlijkse bijeenkomst`` says how often;
    the noun alone is the term (``steunpakket``)."""
    text = (
        f"{BODY} Het meerjarige steunpakket voor Oekraïne wordt uitgebreid met een langdurige "
        "opleidingsmissie. Anderhalve week geleden werd al geruime tijd over de opleidingsmissie "
        "gesproken."
    )
    scores = {c.term: c.score for c in extract_text(text, nlp, resources)}
    assert scores.get("meerjarig steunpakket", 0) < DEFAULT_MIN_SCORE, scores
    assert scores.get("langdurige opleidingsmissie", 0) < DEFAULT_MIN_SCORE, scores
    assert scores.get("anderhalve week", 0) < DEFAULT_MIN_SCORE, scores  # how much
    assert scores.get("geruime tijd", 0) < DEFAULT_MIN_SCORE, scores
    assert scores["steunpakket"] >= DEFAULT_MIN_SCORE, scores


def test_adjectives_made_with_baar_or_vol_make_free_combinations(nlp, resources):
    """``-baar`` says what can be done, ``-vol`` what something has: they describe the
    dialogue, where ``strategische`` says what kind it is."""
    scores = {}
    for adjective in ("betekenisvolle", "haalbare", "strategische"):
        text = f"{BODY} Het kabinet zoekt een {adjective} dialoog met Rusland."
        scores.update({c.term: c.score for c in extract_text(text, nlp, resources)})
    assert scores["betekenisvolle dialoog"] < DEFAULT_MIN_SCORE
    assert scores["haalbare dialoog"] < DEFAULT_MIN_SCORE
    assert scores["strategische dialoog"] >= DEFAULT_MIN_SCORE
    words = Words(resources)
    assert descriptive_adjective("onmisbare", words) and descriptive_adjective("zinvol", words)
    for word in ("vol", "Haalbare", "militaire", "baar", "loze", "achtige", "kernwapenvrije"):
        assert not descriptive_adjective(word, words), word


def test_adjectives_made_with_loos_or_achtig_or_unknown_to_the_lexicon_describe_too(nlp, resources):
    """``-loos`` says what something lacks, ``-achtig`` what it is like; the suffixes are
    productive, so an adjective the lexicon lacks (``vergistbare``) is read by its suffix."""
    words = Words(resources)
    for word in ("tomeloze", "nutteloos", "krampachtige", "vergistbare", "vergistbaar"):
        assert descriptive_adjective(word, words), word
    text = f"{BODY} De jaren dertig kenden een tomeloze terreur en een krampachtige vrede."
    scores = {c.term: c.score for c in extract_text(text, nlp, resources)}
    assert scores["tomeloze terreur"] < DEFAULT_MIN_SCORE
    assert scores["krampachtige vrede"] < DEFAULT_MIN_SCORE


def test_a_shell_noun_as_head_makes_a_free_combination(nlp, resources):
    """``aspect``, ``punt`` and ``mogelijkheid`` take their content from their modifier: the
    pair names a relation, where a concrete head in the same slot makes a term."""
    scores = {}
    for head in ("aspecten", "capaciteiten"):
        text = f"{BODY} De bondgenoten bespreken de militaire {head} van de missie."
        scores.update({c.term: c.score for c in extract_text(text, nlp, resources)})
    assert scores["militair aspect"] < DEFAULT_MIN_SCORE <= scores["militaire capaciteit"]
    words = Words(resources)
    for term in ("aandachtspunt", "inzetmogelijkheden", "langetermijngevolg", "agenda onderdeel"):
        assert shell_head(term, words), term
    for term in ("lastenverdeling", "veiligheidsbelang", "wijze van optreden", "punt", "Balkan"):
        assert not shell_head(term, words), term


def test_an_adjective_before_a_frame_noun_says_how_not_what(nlp, resources):
    """``op bilaterale basis`` and ``een complementaire rol`` are manner and role phrases: the
    adjective carries the content, so the pair is no term; the same nouns head compounds that
    name a thing (``luchtmachtbasis``, ``ambitieniveau``)."""
    text = (
        f"{BODY} Nederland overlegt op bilaterale basis en op ministerieel niveau. De EU speelt "
        "een complementaire rol."
    )
    scores = {c.term: c.score for c in extract_text(text, nlp, resources)}
    for term in ("bilaterale basis", "ministerieel niveau", "complementaire rol"):
        assert scores.get(term, 0.0) < DEFAULT_MIN_SCORE, term
    words = Words(resources)
    assert shell_head("korte termijn", words) and shell_head("grote schaal", words)
    for term in ("luchtmachtbasis", "ambitieniveau", "militaire capaciteit"):
        assert not shell_head(term, words), term


def test_the_compound_after_a_hyphenated_prefix_is_a_nested_candidate(nlp, resources):
    """``NAVO-capaciteitsvereisten`` names a kind of ``capaciteitsvereiste``: the compound is a
    candidate of its own, nested (its span is the part after the hyphen); a simple word after
    the prefix (``NAVO-steun``) and a plural ending (``Scud-raketten``) make none, nor does a
    prefix of negation, which binds to the first part (``non-proliferatie|architectuur``)."""
    text = (
        f"{BODY} Nederland voldoet aan de NAVO-capaciteitsvereisten. De NAVO-steun aan "
        "Oekraïne groeit. Syrië beschikt over Scud-raketten."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    nested = found["capaciteitsvereiste"]
    assert nested.freq == 1 and "capaciteitsvereisten" in nested.forms
    [occurrence] = nested.occurrences
    assert text[occurrence.start : occurrence.end] == "capaciteitsvereisten"
    assert "NAVO-capaciteitsvereiste" in found
    assert "steun" not in found and "raket" not in found and "ten" not in found
    opposed = "De NAVO steunt de internationale non-proliferatiearchitectuur en anti-tankwapens."
    terms = {c.term for c in extract_text(f"{BODY} {opposed}", nlp, resources)}
    assert "non-proliferatiearchitectuur" in terms, sorted(terms)
    assert not {"proliferatiearchitectuur", "tankwapen"} & terms, sorted(terms)


def test_a_compound_on_a_percentage_in_words_is_the_percent_sign_term(nlp, resources):
    """``2 procent-norm`` and ``twee procent-norm`` are the ``2%-norm``, not a
    ``procent-norm``."""
    text = f"{BODY} De twee procent-norm, de 2 procent-norm en de 2%-norm zijn één norm."
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert found["2%-norm"].freq == 3, sorted(found)
    assert {"2 procent-norm", "twee procent-norm"} <= set(found["2%-norm"].forms)
    assert not [t for t in found if t.startswith("procent")], sorted(found)


def test_a_noun_before_a_final_verb_is_its_object_not_a_second_noun(nlp, resources):
    """``landen die in een NRF-rotatie leiding geven``: ``leiding`` is the object of the
    verb at the end of the clause, so the group is ``NRF-rotatie`` alone."""
    text = f"{BODY} Landen die in een bepaalde NRF-rotatie leiding geven, leveren de staf."
    terms = terms_of(text, nlp, resources)
    assert "NRF-rotatie" in terms and "NRF-rotatie leiding" not in terms, terms


def test_a_plural_noun_and_the_noun_after_it_are_two_objects_not_a_term(nlp, resources):
    """``met andere EU-lidstaten invloed uitoefenen``: a compound written apart does not
    begin with a plural (it would be ``lidstaatinvloed``), so the nouns are two phrases;
    ``drone coalities`` and English pairs stay one group."""
    text = (
        f"{BODY} Nederland oefende met andere EU-lidstaten invloed uit op het besluit. "
        "De bondgenoten vormen drone coalities."
    )
    terms = terms_of(text, nlp, resources)
    assert not [t for t in terms if t.endswith(" invloed")], terms
    assert "drone coalitie" in terms, terms


def test_a_number_led_compound_after_a_noun_belongs_to_that_noun(nlp, resources):
    """In ``de artikel 100-brief`` the number is the article's: ``100-brief`` alone is a
    fragment; at the start of a noun group it is a word of its own (``2%-norm``)."""
    text = (
        f"{BODY} Dit is een aanvulling op de artikel 100-brief van juli. "
        "De bondgenoten halen de 2%-norm."
    )
    terms = [t.lower() for t in terms_of(text, nlp, resources)]
    assert "100-brief" not in terms, terms
    assert "2%-norm" in terms, terms


def test_a_compound_in_a_nouns_slot_is_a_noun_whatever_its_tag(nlp, resources):
    """After an inflected adjective the tagger reads ``veiligheidsinzet`` as a verb (for its
    head ``inzet``); in that slot a compound with a noun head is the noun."""
    text = f"{BODY} Het kabinet informeert u over de bredere veiligheidsinzet in Irak."
    assert "veiligheidsinzet" in terms_of(text, nlp, resources)


def test_a_compound_right_after_a_preposition_is_a_noun_whatever_its_tag(nlp, resources):
    """``tussen kernwapenlanden``: the tagger reads the compound as a verb (for its head
    ``landen``), but no verb follows a preposition directly."""
    text = (
        f"{BODY} Transparantie is van belang om het vertrouwen tussen kernwapenlanden te vergroten."
    )
    assert "kernwapenland" in terms_of(text, nlp, resources)


def test_een_and_an_uninflected_adjective_make_the_noun_a_het_word(nlp, resources):
    """``een militair overwicht``: the tagger gives ``overwicht`` the common gender, which
    would make the uninflected adjective an adverb; after ``een`` it is attributive."""
    text = f"{BODY} Wij kunnen niet uitgaan van een militair overwicht in de regio."
    assert "militair overwicht" in terms_of(text, nlp, resources)


def test_an_acronym_compound_with_an_everyday_head_is_judged_by_its_head(resources):
    """``ISAF-gebied`` in one letter is the ISAF area, part by part; a rarer head names one
    thing (``INF-verdrag``); a compound used across letters, or one the term base lists, is
    judged whole."""
    isaf = {"ISAF": 2, "INF": 1, "NAVO": 15}
    assert acronym_head("ISAF-gebied", 1, isaf, resources, one_letter=True) == ["gebied"]
    assert acronym_head("ISAF-gebied", 2, isaf, resources, one_letter=False) == ["ISAF-gebied"]
    assert acronym_head("ISAF-gebied", 1, isaf, None, one_letter=True) == ["ISAF-gebied"]
    assert acronym_head("INF-verdrag", 2, isaf, resources, one_letter=True) == ["INF-verdrag"]
    navo = acronym_head("Navo-beleid", 1, isaf, resources, one_letter=True, productive=False)
    assert navo == ["beleid"]
    assert acronym_head("NAVO-missie", 1, isaf, None) == ["missie"]  # a productive acronym


def test_a_head_that_takes_any_name_makes_no_term_with_one(nlp, resources):
    """A report's ``VVD-fractie``, ``CDA-fractie``, ``SP-fractie``…: ``fractie`` follows any
    party, so each compound is the party's group, part by part; the parties stay."""
    parties = ("VVD", "CDA", "SP", "D66", "GroenLinks-PvdA")
    text = " ".join(
        f"De leden van de {p}-fractie vragen naar de luchtverdediging." for p in parties
    )
    scores = {c.term: c.score for c in extract_text(f"{BODY} {text}", nlp, resources)}
    assert not [t for t, s in scores.items() if t.endswith("-fractie") and s >= DEFAULT_MIN_SCORE]
    assert scores["VVD"] >= DEFAULT_MIN_SCORE and scores["luchtverdediging"] >= DEFAULT_MIN_SCORE
    counts = {"-fractie": 5, "NAVO": 1}
    assert acronym_head("VVD-fractie", 2, counts, resources) == ["fractie"]
    assert acronym_head("VVD-fractie", 2, counts, None) == ["VVD-fractie"]  # the term base's


def _seeded_terms(text: str, nlp, seeds: list[str]) -> list[str]:
    """The terms of ``text``, with ``seeds`` as the term base's terms."""
    from glossary.nlp.resources import Resources

    return terms_of(text, nlp, Resources.default(seeds=seeds))


def test_the_kind_of_paper_in_a_parliamentary_reference_is_furniture(nlp):
    seeds = ["Kamerstuk", "regeerprogramma"]
    text = (
        f"{BODY} Zoals benadrukt in het regeerprogramma (bijlage bij Kamerstuk 36 471, nr. 96) "
        "en eerder gemeld (Kamerstukken II 2023/24, 28 676, nr. 464; Kamerstuk BZ-kenmerk "
        "2012.34776; zie ook Kamerstuk 21 501-28, nr. 260 en Kamerstuk 36 200 X, nr. 5), steunt "
        "het kabinet de luchtverdediging."
    )
    terms = [t.lower() for t in _seeded_terms(text, nlp, seeds)]
    assert "regeerprogramma" in terms and "luchtverdediging" in terms
    assert not [t for t in terms if t.startswith("kamerstuk")], terms
    kept = _seeded_terms(f"{BODY} Het Kamerstuk over de luchtverdediging is openbaar.", nlp, seeds)
    assert "Kamerstuk" in kept  # the word itself, outside a reference, is still text


def test_a_number_alone_a_session_and_a_reference_code_are_furniture_too(nlp):
    """``Kamerstuk nr. 32623``, ``vergaderjaar 2024–2025, nr. 1318`` and the ministry's
    ``kenmerk 07-BUZA-B-007`` and ``DEU-170/99`` are identifiers; designations stay
    (``F-16-toestellen``)."""
    text = (
        f"{BODY} Incidenten (Kamerstuk nr.32623-2012) en de antwoorden (Aanhangsel Handelingen, "
        "vergaderjaar 2024–2025, nr. 1318) zijn bekend. De vragen kwamen met kenmerk "
        "07-BUZA-B-007 binnen, de brief onder DEU-170/99. Nederland levert F-16-toestellen aan "
        "de luchtverdediging."
    )
    terms = [t.lower() for t in _seeded_terms(text, nlp, ["Kamerstuk", "vergaderjaar"])]
    assert "luchtverdediging" in terms and "f-16-toestel" in terms, terms
    assert not {"kamerstuk", "vergaderjaar", "buza", "deu"} & set(terms), terms


def test_a_common_term_in_title_case_inside_a_name_is_the_names_words(nlp):
    """``het Verdrag inzake Conventionele Strijdkrachten in Europa``: the capitals make the
    term-base term ``conventionele strijdkrachten`` part of the treaty's name; written in
    lower case in running text it is a sighting again."""
    seeds = [
        "Verdrag inzake conventionele strijdkrachten in Europa",
        "conventionele strijdkrachten",
    ]
    name = "Rusland schort het Verdrag inzake Conventionele Strijdkrachten in Europa op."
    terms = [t.lower() for t in _seeded_terms(name, nlp, seeds)]
    assert "verdrag inzake conventionele strijdkrachten in europa" in terms
    assert "conventionele strijdkrachten" not in terms
    text = name + " De conventionele strijdkrachten van Rusland groeien."
    assert "conventionele strijdkrachten" in _seeded_terms(text, nlp, seeds)


def test_a_present_participle_describes_a_process_and_starts_no_term(nlp, resources):
    """``destabiliserend optreden``, ``kringelende rookpluim``: an infinitive plus ``-d(e)``
    says what something is doing, where a classifying adjective says what kind (``hybride
    conflict``); a past participle (``gewapend``) is no present participle."""
    words = Words(resources)
    for word in ("destabiliserende", "overkoepelend", "kringelende"):
        assert words.present_participle(word), word
    for word in ("gewapend", "gewapende", "tiende", "ellende"):
        assert not words.present_participle(word), word
    text = f"{BODY} Rusland kiest voor destabiliserend optreden in een hybride conflict."
    terms = [c.term for c in extract_text(text, nlp, resources)]
    assert "hybride conflict" in terms
    assert not [t for t in terms if t.startswith("destabiliserend")], terms


def test_adjectives_of_place_names_and_of_position_or_number_describe(nlp, resources):
    """A capitalised ``-se`` adjective the lexicon lacks is still made from a place name
    (``Latemse``); ``onderste`` locates and ``verscheidene`` counts: none classifies."""
    words = Words(resources)
    for word in ("Latemse", "Constantijnse", "Russische"):
        assert proper_adjective(word, words), word
    for word in ("Koninklijke", "Hoge", "Verenigde", "Euro-Atlantische"):
        assert not proper_adjective(word, words), word
    text = (
        f"{BODY} De Latemse gemeenteraad sprak over het onderste gedeelte van de toren en over "
        "verscheidene historische gebouwen."
    )
    terms = [c.term for c in extract_text(text, nlp, resources) if c.score >= DEFAULT_MIN_SCORE]
    assert not [t for t in terms if t.lower().startswith(("latems", "onderst", "verscheiden"))]


def test_an_adjective_of_a_place_keeps_its_capital_and_makes_no_name_with_a_code(nlp, resources):
    """``Nederlandse militairen`` opening a sentence is still a place adjective + noun (not
    ``nederlandse militair``, broken casing), and ``Nederlandse F-16's`` says whose aircraft:
    the code is the name (``F-16``), the pair none; ``Russische Federatie`` stays a name."""
    text = (
        f"{BODY} Nederlandse militairen zijn gestationeerd in Litouwen. De Nederlandse F-16's "
        "vlogen boven Irak. De Russische Federatie protesteerde."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert not [t for t in found if t.startswith("nederlandse")], sorted(found)
    assert found.get("Nederlandse militair") is None or (
        found["Nederlandse militair"].score < DEFAULT_MIN_SCORE
    )
    assert "Nederlandse F-16" not in found and "F-16" in found, sorted(found)
    assert "Russische Federatie" in found


def test_a_moderately_common_word_seen_once_is_taken_in_its_general_sense(nlp, resources):
    """``bezuiniging`` (Zipf 2.9) once in the shipped letters is an everyday word; used again,
    in a third letter, it earns its place as a domain word."""
    letters = [p.read_text(encoding="utf-8") for p in sorted(shipped_letters().glob("*.txt"))]
    once = {c.term: c.score for c in extract_texts(letters, nlp, resources)}
    assert once["bezuiniging"] < DEFAULT_MIN_SCORE
    again = f"{BODY} De bezuiniging op de krijgsmacht is teruggedraaid."
    twice = {c.term: c.score for c in extract_texts([*letters, again], nlp, resources)}
    assert twice["bezuiniging"] >= DEFAULT_MIN_SCORE


def test_a_term_base_name_inside_a_longer_name_is_its_words(nlp):
    """``Nationale Politie`` (the Dutch police, in the term base) inside ``Afghaanse Nationale
    Politie`` is the Afghan body's name, not a sighting of the Dutch one; after a connector a
    name is its own (``Buitenlandse Zaken`` in ``Minister van Buitenlandse Zaken``)."""
    seeds = ["Nationale Politie", "Buitenlandse Zaken"]
    text = (
        f"{BODY} De Afghaanse Nationale Politie wordt getraind. De Minister van Buitenlandse "
        "Zaken bezoekt Kabul."
    )
    terms = _seeded_terms(text, nlp, seeds)
    assert "Afghaanse Nationale Politie" in terms and "Nationale Politie" not in terms
    assert "Buitenlandse Zaken" in terms and "Minister van Buitenlandse Zaken" in terms


def test_a_term_base_acronym_compound_written_apart_is_matched(nlp):
    """The term base's header promises ``NAVO-top = Navo top``: an acronym compound written
    apart is a sighting of the row, also when the tagger takes the noun for a verb (``de
    NAVO bondgenoten``)."""
    from glossary.nlp.resources import Resources

    text = f"{BODY} Tijdens de Navo top spraken de NAVO bondgenoten over de luchtverdediging."
    found = {
        c.term: c
        for c in extract_text(text, nlp, Resources.default(seeds=["NAVO-top", "NAVO-bondgenoot"]))
    }
    assert found["NAVO-top"].score >= DEFAULT_MIN_SCORE and "Navo top" in found["NAVO-top"].forms
    assert found["NAVO-bondgenoot"].score >= DEFAULT_MIN_SCORE


def test_a_term_base_name_with_an_inflected_head_is_matched(nlp):
    """``NAVO-ministers van Buitenlandse Zaken``: the plural head is matched by its lemma
    while the ministry's words stay as written, so the post is one sighting of its row."""
    from glossary.nlp.resources import Resources

    text = f"{BODY} Het verslag van de bijeenkomst van NAVO-ministers van Buitenlandse Zaken."
    seeds = ["NAVO-Minister van Buitenlandse Zaken", "Buitenlandse Zaken"]
    found = {c.term: c for c in extract_text(text, nlp, Resources.default(seeds=seeds))}
    post = found["NAVO-Minister van Buitenlandse Zaken"]
    assert post.freq == 1 and "NAVO-ministers van Buitenlandse Zaken" in post.forms, post


def test_a_formation_or_vehicle_name_takes_its_number(nlp):
    """``Combat Vehicle 90``, ``Standing NRF Maritime Group 2``: the number is the name's;
    after a name the term base lists without one, a number is no part of it (a footnote)."""
    from glossary.nlp.resources import Resources

    text = (
        f"{BODY} Het gaat om het infanteriegevechtsvoertuig Combat Vehicle 90. Nederland "
        "levert een fregat aan Standing NRF Maritime Group 2. De Joint Task Force 3 groeit."
    )
    terms = terms_of(text, nlp, Resources.default(seeds=["Joint Task Force"]))
    assert {"Combat Vehicle 90", "Standing NRF Maritime Group 2"} <= set(terms), terms
    assert "Combat Vehicle" not in terms and "Joint Task Force 3" not in terms, terms


def test_an_acronym_pair_written_apart_from_its_noun_is_one_term(nlp, resources):
    """``de EU-NAVO samenwerking`` once is the compound ``EU-NAVO-samenwerking``: a pair of
    acronyms never stands alone, so the noun after it is its head; one acronym before a noun
    written apart still needs a second sighting (``de NAVO bondgenoten``)."""
    pair = {
        c.term: c.score
        for c in extract_text(f"{BODY} De EU-NAVO samenwerking is belangrijk.", nlp, resources)
    }
    assert pair.get("EU-NAVO samenwerking", 0) >= DEFAULT_MIN_SCORE, pair
    single = extract_text(f"{BODY} Gisteren sprak de NAVO bondgenoten toe.", nlp, resources)
    assert not [c for c in single if c.term.startswith("NAVO ") and c.score > 0], single


def test_the_noun_that_opens_a_term_base_post_is_the_posts_head(nlp):
    """``NAVO-ministers van Defensie``: the noun before the portfolio is the post's head, no
    sighting of ``NAVO-minister``; written without a portfolio it is one."""
    from glossary.nlp.resources import Resources

    seeds = ["NAVO-Minister van Defensie"]
    resources = Resources.default(seeds=seeds)
    posts = f"{BODY} De NAVO-ministers van Defensie spraken over de luchtverdediging."
    assert "NAVO-minister" not in {c.term for c in extract_text(posts, nlp, resources)}
    bare = f"{BODY} De NAVO-ministers spraken over de luchtverdediging."
    assert "NAVO-minister" in {c.term for c in extract_text(bare, nlp, resources)}


def test_a_term_seen_only_inside_a_term_base_unit_is_part_of_it(nlp):
    """``binnenlands product`` only ever stands in ``bruto binnenlands product``, a unit the
    term base lists: no term of its own. Inside a free combination a term still counts
    (``strategische communicatie`` in ``afgewogen strategische communicatie``)."""
    from glossary.nlp.resources import Resources

    text = (
        "Bondgenoten besteden twee procent van het bruto binnenlands product aan defensie. "
        "De NAVO zet in op een afgewogen strategische communicatie over de oostflank."
    )
    resources = Resources.default(seeds=["bruto binnenlands product"])
    scores = {c.term: c.score for c in extract_text(text, nlp, resources)}
    assert scores["bruto binnenlands product"] >= DEFAULT_MIN_SCORE, scores
    assert scores.get("binnenlands product", 0) == 0, scores
    assert scores.get("strategische communicatie", 0) >= DEFAULT_MIN_SCORE, scores


def test_a_noun_van_noun_pair_keeps_an_acronyms_capitals_and_stops_before_a_post(nlp, resources):
    """``bijeenkomst van NAVO-ministers`` keeps the acronym's capitals; ``samenstelling van
    ministers`` out of ``de samenstelling van ministers van Defensie`` cuts the post
    ``ministers van Defensie`` in two, so it is no pair."""
    text = (
        f"{BODY} De Raad kwam bijeen in de samenstelling van ministers van Defensie. "
        "Later volgde de samenstelling van ministers van Buitenlandse Zaken. "
        "De bijeenkomst van NAVO-ministers duurde lang. "
        "Na de bijeenkomst van NAVO-ministers volgde een diner."
    )
    terms = terms_of(text, nlp, resources)
    assert not any(t.lower().startswith("samenstelling van") for t in terms), terms
    assert "bijeenkomst van NAVO-ministers" in terms, terms
    text = (
        f"{BODY} Het gaat om een uitspraak van president Erdogan over Zweden. Die uitspraak "
        "van president Erdogan bleef onbeantwoord. Dit gebeurt conform artikel 6 van het "
        "verdrag en conform artikel 6 van de wet."
    )
    terms = terms_of(text, nlp, resources)
    assert not [t for t in terms if t.startswith(("uitspraak van", "conform"))], terms


def test_ter_and_a_noun_before_a_preposition_make_a_preposition_not_a_pair(nlp, resources):
    """``ter voorbereiding op`` and ``ter bescherming van`` are complex prepositions: the
    noun after ``ter`` is no complement of the noun before it."""
    text = (
        f"{BODY} Er was overleg ter voorbereiding op de top. Het overleg ter voorbereiding op "
        "de vergadering duurde kort. De raketverdediging ter bescherming van Europa groeit. "
        "De raketverdediging ter bescherming van de bondgenoten ook."
    )
    terms = [t.lower() for t in terms_of(text, nlp, resources)]
    assert not any(" ter " in t for t in terms), terms


def test_a_noun_of_a_complex_preposition_heads_no_pair(nlp, resources):
    """``op het terrein van ontwapening`` and ``in het kader van samenwerking`` are complex
    prepositions; a ``N van N`` term keeps its pair (``stand van zaken``)."""
    text = (
        f"{BODY} Nederland is actief op het terrein van ontwapening. Ook op het terrein van "
        "ontwapening zijn stappen gezet. Dit gebeurt in het kader van samenwerking en in het "
        "kader van samenwerking met de EU. De stand van zaken is goed; de stand van zaken "
        "volgt."
    )
    terms = [t.lower() for t in terms_of(text, nlp, resources)]
    assert not [t for t in terms if t.startswith(("terrein van", "kader van"))], terms
    assert "stand van zaken" in terms, terms


def test_a_name_inside_a_term_base_name_after_its_capitalised_word_is_its_words(nlp):
    """A line that opens with ``Tweede Kamer der Staten-Generaal``: the term base has the
    whole name, so ``Kamer der Staten-Generaal`` is its words, no name of its own."""
    text = (
        "Tweede Kamer der Staten-Generaal\nVergaderjaar 2008-2009\n\n"
        "Tweede Kamer der Staten-Generaal ontving de brief over de NAVO-top.\n"
    )
    found = extract_text(text, nlp, Resources.default(seeds=["Tweede Kamer der Staten-Generaal"]))
    scores = {c.term: c.score for c in found}
    assert scores.get("Tweede Kamer der Staten-Generaal", 0) >= DEFAULT_MIN_SCORE, scores
    assert scores.get("Kamer der Staten-Generaal", 0) < DEFAULT_MIN_SCORE, scores


def test_a_term_base_word_the_letter_hyphenates_is_its_sighting(nlp):
    """The term base writes ``viceadmiraal`` whole; a letter may write ``vice-admiraal``
    (the hyphen general Dutch allows between the parts): still a sighting of the row, its
    rate taken over the letters that use it, so one sighting among several letters keeps
    it above the cut."""
    from glossary.nlp.resources import Resources

    texts = [
        f"{BODY} De medaille werd uitgereikt door vice-admiraal Jan Willem Kelder.",
        f"{BODY} De bondgenoten bespraken de luchtverdediging opnieuw.",
        f"{BODY} De raketverdediging blijft een prioriteit van de bondgenoten.",
    ]
    resources = Resources.default(seeds=["viceadmiraal"])
    [found] = [c for c in extract_texts(texts, nlp, resources) if "vice-admiraal" in c.forms]
    assert found.seeded_by and found.score >= DEFAULT_MIN_SCORE, found


def test_a_time_of_day_written_as_one_word_is_no_term(nlp, resources):
    """``om halfdrie`` (half past two) is a time, no noun: never a term, and never
    translated part by part ("half three")."""
    text = (
        "Een aantal leden moet eerder weg: de heer Stoffer om halfdrie, mevrouw Bruins Slot om "
        "halfvier. De luchtverdediging werd besproken."
    )
    terms = terms_of(text, nlp, resources)
    assert "luchtverdediging" in terms
    assert not [t for t in terms if "halfdrie" in t or "halfvier" in t], terms


def test_a_currency_code_before_an_amount_is_money_not_an_acronym(nlp):
    """``ter waarde van EUR 500 miljoen``: the ISO code of the euro before a number is a
    unit; alone it is still an acronym, and a code the term base lists stays one before its
    number (``SDG 16``)."""
    text = (
        f"{BODY} De Raad steunt Oekraïne met EUR 500 miljoen. Het SDG 16 gaat over vrede. "
        "De koers van de USD daalt."
    )
    terms = terms_of(text, nlp, Resources.default(seeds=["SDG"]))
    assert "EUR" not in terms and {"SDG", "USD"} <= set(terms), terms


def test_an_adjective_that_points_back_in_the_text_makes_no_term(nlp, resources):
    """``onderhavige``, ``laatstgenoemde``, ``bedoelde`` and ``ditzelfde`` say which one the
    text means, as ``desbetreffende`` does: they name no kind of decision or treaty."""
    text = (
        f"{BODY} Het onderhavige besluit en het laatstgenoemde verdrag gelden voor de bedoelde "
        "procedure. Ditzelfde besluit wijzigt het voorgaande verdrag niet."
    )
    scores = {c.term: c.score for c in extract_text(text, nlp, resources)}
    for term in (
        "onderhavig besluit",
        "laatstgenoemd verdrag",
        "bedoelde procedure",
        "ditzelfde besluit",
        "voorgaand verdrag",
    ):
        assert scores.get(term, 0) < DEFAULT_MIN_SCORE, (term, scores)
    assert scores["luchtverdediging"] >= DEFAULT_MIN_SCORE


def test_an_adjective_of_correctness_makes_a_free_combination(nlp, resources):
    """``juiste``, ``verkeerde``, ``gebrekkige`` and ``adequate`` judge how well something
    meets a norm, which general Dutch seldom says with a comparative; ``collectieve`` in the
    same slot says what kind it is."""
    scores = {}
    for adjective in ("juiste", "verkeerde", "gebrekkige", "adequate", "collectieve"):
        text = f"{BODY} De bondgenoten kozen voor een {adjective} luchtverdediging van de regio."
        scores.update({c.term: c.score for c in extract_text(text, nlp, resources)})
    for adjective in ("juiste", "verkeerde", "gebrekkige", "adequate"):
        assert scores.get(f"{adjective} luchtverdediging", 0) < DEFAULT_MIN_SCORE, scores
    assert scores["collectieve luchtverdediging"] >= DEFAULT_MIN_SCORE, scores


def test_a_heading_in_capitals_glued_to_a_sentence_is_no_term_text(nlp, resources):
    """``DE RAAD VAN DE EUROPESE UNIE, Gelet op …``: the splitter found no boundary after the
    heading, but its capitals are no names; acronyms in a row are no heading."""
    text = (
        f"{BODY} DE RAAD VAN DE EUROPESE UNIE, Gelet op het Verdrag betreffende de Europese "
        "Unie besluit de Raad. Daarom werken de NAVO, EU en VN samen."
    )
    found = {c.term for c in extract_text(text, nlp, resources)}
    assert not [t for t in found if "RAAD" in t or "UNIE" in t or "Gelet" in t], found
    assert {"NAVO", "EU", "VN", "Verdrag betreffende de Europese Unie"} <= found, found


def test_a_one_word_heading_in_capitals_is_no_acronym(nlp, resources):
    """``KERNPUNTEN`` or ``2. INLEIDING`` on a line of its own is a heading: a word general
    Dutch knows, in capitals; a short acronym that is also a word (``PACE``) still counts."""
    text = f"KERNPUNTEN\n\n{BODY} De PACE vergadert.\n\n2. INLEIDING\n\n{BODY}"
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert not {"KERNPUNTEN", "INLEIDING", "kernpunt", "inleiding"} & set(found), found
    assert found["PACE"].kind == "acronym"
    assert found["NAVO"].kind == "acronym"


def test_spans_that_cut_a_name_or_an_adjective_are_no_candidates(nlp, resources):
    """Fragments a reader would not look up: an acronym's possessive ends the name it owns
    (``ISAF’s Regional Command North``), NATO's lower-case ``enhanced`` is a word of the name it
    opens, a truncated word before a compound adjective completes the adjective
    (``veiligheid- en defensiegerelateerde uitgaven``), and a country named with ``en`` is one
    name (``Bosnië en Herzegovina``)."""
    text = (
        "De ministers van ISAF’s Regional Command North kwamen bijeen. Nederland levert aan "
        "de enhanced NATO Response Force. Het gaat om veiligheid- en defensiegerelateerde "
        "uitgaven. Bosnië en Herzegovina is een partner van de NAVO."
    )
    terms = {c.term for c in extract_text(text, nlp, resources)}
    assert {"Regional Command North", "enhanced NATO Response Force"} <= terms, sorted(terms)
    assert "Bosnië en Herzegovina" in terms, sorted(terms)
    fragments = {"ISAF Regional Command North", "enhanced", "veiligheidsuitgave", "Bosnië"}
    assert not fragments & terms, sorted(fragments & terms)


def test_a_truncated_adjective_makes_no_compound_with_the_head(nlp, resources):
    """``West- en Noord-Afrikaanse regio``: the truncated word completes the hyphenated
    adjective (West-Afrikaanse), no ``westregio``; ``fragiele- en conflictlanden``: an inflected
    adjective with a hyphen is no compound's part (no ``fragieleland``), while the other
    conjunct and real truncated compounds still are (``navigatie- en
    communicatiesatellieten``)."""
    text = (
        "De West- en Noord-Afrikaanse regio is onrustig. De hulp gaat naar fragiele- en "
        "conflictlanden. De NAVO gebruikt navigatie- en communicatiesatellieten."
    )
    terms = {c.term for c in extract_text(text, nlp, resources)}
    assert not {"westregio", "fragieleland"} & terms, sorted(terms)
    assert {"conflictland", "navigatiesatelliet", "communicatiesatelliet"} <= terms, sorted(terms)


def test_an_article_repeated_in_the_last_conjunct_keeps_the_ellipsis(nlp, resources):
    """``de oost- en de zuidflanken``: Dutch may repeat the article before the last conjunct;
    the truncated word still shares its head (``oostflank``)."""
    text = "Het advies gaat in op de oost- en de zuidflanken van het bondgenootschap."
    terms = {c.term for c in extract_text(text, nlp, resources)}
    assert {"oostflank", "zuidflank"} <= terms, sorted(terms)


def test_coordinated_classes_of_weapon_each_make_a_term(nlp, resources):
    """``chemische, biologische en nucleaire wapens``, ``zowel de conventionele als de
    nucleaire capaciteiten``: each adjective names a class of the head, so each pair is a
    term, lemmatised as if written alone (``chemisch wapen``, a het-word); ``conventioneel``
    is a class here, however gradable it is in everyday Dutch."""
    text = (
        "Zij bespreken chemische, biologische en nucleaire wapens. Rusland investeert in "
        "zowel de conventionele als de nucleaire capaciteiten. De NAVO kent conventionele "
        "afschrikking."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    classes = {"chemisch wapen", "biologisch wapen", "nucleair wapen"}
    classes |= {"conventionele capaciteit", "nucleaire capaciteit", "conventionele afschrikking"}
    assert classes <= set(found), sorted(found)
    assert all(" als " not in f and " en " not in f for f in found["biologisch wapen"].forms)


def test_comparatives_quarters_and_designated_acronyms_are_no_fragments(nlp, resources):
    """A comparative the tagger took for a noun (``coherenter``) is no term; a quarter of the
    year (``Q1 2026``) is a date, neither acronym nor name; an acronym with a one-letter
    prefix (``D-SII``) is one acronym, not ``SII``."""
    text = (
        "De lidstaten spraken af dat zij capabeler en coherenter zouden samenwerken. In Q1 "
        "2026 volgt de rapportage over de Defensie Strategie voor Industrie en Innovatie "
        "(D-SII)."
    )
    terms = {c.term for c in extract_text(text, nlp, resources)}
    assert "D-SII" in terms, sorted(terms)
    assert not {"coherenter", "capabeler", "Q1", "SII"} & terms, sorted(terms)
