"""English evidence in every way the letters give it, found by the real extractor."""

from __future__ import annotations

import pytest

from glossary.nlp.resources import Resources
from tests.extract.helpers import extract_text, terms_of

TEXT = """\
De bondgenoten versterken de luchtverdediging (Engels: air defence) aan de oostflank.
Nederland draagt bij aan de Collective Defence (collectieve verdediging) van het bondgenootschap.
De NAVO werkt aan het zogenaamde „Readiness Action Plan” om sneller te reageren.
Het kabinet steunt de lastenverdeling («burden sharing») binnen het bondgenootschap.
"""


@pytest.fixture(scope="module")
def evidence(nlp, resources) -> dict[str, list[str]]:
    return {c.term: c.english_evidence for c in extract_text(TEXT, nlp, resources)}


@pytest.mark.parametrize(
    ("dutch", "english"),
    [
        ("luchtverdediging", "air defence"),  # (Engels: …): the label taken off
        ("collectieve verdediging", "Collective Defence"),  # English (Dutch)
        ("lastenverdeling", "burden sharing"),  # guillemets after the Dutch
    ],
)
def test_english_next_to_the_dutch_is_its_evidence(evidence, dutch, english):
    assert english in evidence[dutch]


def test_a_quoted_english_name_is_its_own_english(evidence):
    assert evidence["Readiness Action Plan"] == ["Readiness Action Plan"]
    assert not any(e.startswith("Engels") for v in evidence.values() for e in v)


def test_an_english_run_inside_a_term_base_phrase_is_part_of_it(nlp):
    """``het national support element``: the term base names the phrase, so the English run
    the tagger stops at ``support`` is no term of its own; without the row it still is."""
    text = "De inzet omvat een compagnie en het national support element van 145 militairen."
    seeded = terms_of(text, nlp, Resources.default(seeds=["national support element"]))
    assert "national support element" in seeded and "national support" not in seeded
    assert "national support" in terms_of(text, nlp, Resources.default())


def test_a_word_inside_an_english_term_base_phrase_is_part_of_it(nlp):
    """``KFOR treedt op als third responder``: ``responder`` is only ever part of the term
    base's English phrase; a Dutch phrase's words stay terms (``afschrikking``)."""
    text = (
        "KFOR treedt op als third responder. Daarna volgt een first responder. "
        "De NAVO versterkt afschrikking en verdediging; afschrikking blijft nodig."
    )
    seeds = ["third responder", "first responder", "afschrikking en verdediging"]
    terms = terms_of(text, nlp, Resources.default(seeds=seeds))
    assert {"third responder", "first responder", "afschrikking"} <= set(terms)
    assert "responder" not in terms


@pytest.mark.parametrize(
    "sentence",
    [
        "Nederland steunt Oekraïne zolang als nodig is (as long as it takes).",
        "De bondgenoten steunen Oekraïne 'for as long as it takes'.",
        "Het motto van de top was 'we are stronger together'.",
        "Het lied „the winner takes it all” werd gespeeld.",
        "Bent u bekend met het bericht 'NATO allies agree to boost defence spending'?",
        'Zij verklaarden: "We will continue to strengthen our deterrence and defence posture in '
        'all domains." Het kabinet onderschrijft deze lijn.',
        "Het rapport gaat over arms control, and allied nuclear forces in Europa.",
        "Last but not least sprak ik met de delegatie uit Kyiv.",
    ],
)
def test_a_quoted_english_clause_is_no_term(nlp, resources, sentence):
    """A slogan or a title with a pronoun, an auxiliary or an opening article is a clause:
    neither it nor a Dutch noun read into its words (``long`` is a lung) is a term; borrowed
    English noun phrases still are."""
    text = f"De NAVO kiest voor burden sharing en de responsibility to protect. {sentence}"
    terms = terms_of(text, nlp, resources)
    assert {"burden sharing", "responsibility to protect"} <= set(terms)
    clause = {"as", "long", "it", "take", "takes", "we", "are", "together", "winner", "the"}
    clause |= {"allies", "agree", "boost", "spending", "all", "domain", "posture", "a", "and"}
    clause |= {"last", "least"}
    assert not [t for t in terms if set(t.lower().split()) & clause], terms


def test_pieces_of_a_longer_english_quotation_are_no_terms(nlp, resources):
    """A quoted headline or event title is no term, nor is any piece of it (``Our Values`` of
    ``‘Standing Up For Our Values: …’``); a quotation that is a whole name is one, and names
    inside a quoted sentence stay names."""
    text = (
        "Kent u het bericht «Turkey vetoes Israel’s NATO partnership bid»? De premier sprak op "
        "het forum ‘Standing Up For Our Values: Ensuring Continued Support to Ukraine’. Het "
        "‘Readiness Action Plan’ is aangenomen. Zij zeiden: “Allies agreed to the Readiness "
        "Action Plan at the Wales Summit”."
    )
    terms = terms_of(text, nlp, resources)
    assert {"Readiness Action Plan", "Wales Summit"} <= set(terms), terms
    pieces = {"turkey veto", "partnership bid", "our values", "continued support"}
    assert not [t for t in terms if any(p in t.lower() for p in pieces)], terms


def test_an_acronym_closing_english_in_brackets_is_no_part_of_it(nlp, resources):
    """``de NAVO-norm (Defence Investment Pledge – DIP)``: the acronym after the dash is the
    English's own; a hyphenated English word keeps its part (``Counter-IED``)."""
    from glossary.extract.english import without_acronym

    text = (
        "Ik licht de relatie toe met de NAVO-norm (Defence Investment Pledge – DIP) en het beleid."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert found["NAVO-norm"].english_evidence == ["Defence Investment Pledge"], found["NAVO-norm"]
    assert without_acronym("Counter-IED") == "Counter-IED"
    assert without_acronym("air defence, IAMD") == "air defence"


def test_an_english_name_in_brackets_glosses_no_everyday_word(nlp, resources):
    """``binnen tien jaar (Defence Investment Pledge)``: the brackets name the pledge, not
    the year; a domain term before its English keeps it as evidence."""
    text = (
        "De bondgenoten streven naar 2% binnen tien jaar (Defence Investment Pledge). Het plan "
        "bevat geruststellingsmaatregelen (assurance measures) en aanpassingsmaatregelen "
        "(adaptation measures)."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert not found.get("jaar") or not found["jaar"].english_evidence
    assert found["geruststellingsmaatregel"].english_evidence == ["assurance measures"]
    assert found["aanpassingsmaatregel"].english_evidence == ["adaptation measures"]


def test_a_dutch_group_cut_inside_an_english_compound_is_no_term(nlp, resources):
    """``de multinationale battle group``: the tagger reads ``group`` as an adverb, so the
    Dutch noun group ends at ``battle``, inside the English compound; only ``battle group``
    is a term."""
    text = (
        "Defensie levert militairen binnen de multinationale battle group in Litouwen. Ook "
        "de multinationale battle group in Estland groeit."
    )
    terms = terms_of(text, nlp, resources)
    assert "battle group" in terms and "multinationale battle" not in terms, terms


def test_a_quoted_english_name_after_a_common_noun_names_an_instance(nlp, resources):
    """``de operatie «Active Endeavor»``: the quotes name the operation, they do not
    translate ``operatie``; the name is a candidate of its own."""
    text = (
        "Turkije dreigde de deelname aan de lopende operatie «Active Endeavor» te blokkeren. "
        "De operatie liep tot 2016."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert "Active Endeavor" not in found["operatie"].english_evidence, found["operatie"]
    assert "Active Endeavor" in found, sorted(found)


def test_a_list_in_brackets_is_no_translation(nlp, resources):
    """``het 3D beleid (diplomacy, defense, development)`` spells out ``3D``; a list of three
    English words translates neither ``beleid`` nor anything else."""
    text = (
        "De brief geeft een appreciatie van het 3D beleid (diplomacy, defense, development) in "
        "Afghanistan. Het beleid wordt voortgezet."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert not any("diplomacy" in e for c in found.values() for e in c.english_evidence), found


def test_a_list_of_abbreviations_gives_each_acronym_its_expansion(nlp, resources):
    """``ACO<tab>Allied Command Operations``: a list of abbreviations spells each acronym on
    its line; the acronym and its expansion are two entries, never one glued name."""
    text = (
        "Nederland levert eenheden aan de NATO Force Structure.\n\nLijst van afkortingen\n"
        "ACO\tAllied Command Operations\nAIV\tAdviesraad Internationale Vraagstukken\n"
        "CDS  Commandant der Strijdkrachten\nJEF: Joint Expeditionary Force\n"
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    expected = {
        "ACO": "Allied Command Operations",
        "AIV": "Adviesraad Internationale Vraagstukken",
        "CDS": "Commandant der Strijdkrachten",
        "JEF": "Joint Expeditionary Force",
    }
    for acronym, expansion in expected.items():
        assert found[acronym].expansion == expansion, (acronym, found[acronym].expansion)
        assert expansion in found, sorted(found)
    assert not [t for t in found if t.startswith(tuple(f"{a} " for a in expected))], sorted(found)


def test_a_place_after_a_bodys_name_is_no_part_of_its_acronyms_expansion(nlp, resources):
    """``… Command te Izmir (JFACC)``: the place spells none of the acronym's letters and
    stays out of the expansion; a place that does is the name's (``… Forces in Europe
    (CFE)``)."""
    text = (
        "De informatie gaat naar het Joint Forces Air Component Command te Izmir (JFACC), dat "
        "de luchtoperaties leidt. Het NATO Defense College in Rome (NDC) leidt officieren op. "
        "Het Treaty on Conventional Armed Forces in Europe (CFE) geldt niet meer."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert found["JFACC"].expansion == "Joint Forces Air Component Command"
    assert found["NDC"].expansion == "NATO Defense College"
    assert found["CFE"].expansion == "Conventional Armed Forces in Europe"


def test_a_headings_capital_on_an_english_term_makes_no_name(nlp, resources):
    """A heading ``Capability review`` capitalises the term's first word: the term, not a
    name ``Capability``."""
    text = (
        "Hiervoor zal ik bij mijn ambtgenoten aandacht vragen.\n\nCapaciteiten\n\n"
        "Capability review\n\nDe Secretaris-generaal presenteert de eerste bevindingen van de "
        "capability review."
    )
    terms = terms_of(text, nlp, resources)
    assert "capability review" in terms and "Capability" not in terms, terms


def test_brackets_after_a_complement_of_van_gloss_the_whole_phrase(nlp, resources):
    """``paraatheid van Europese defensie («European defence readiness»)``: three English
    content words for two Dutch parts translate the whole noun phrase, not ``Europese
    defensie``; a gloss as long as the complement still glosses it (``ontwikkeling van
    hybride oorlogvoering (hybrid warfare)``)."""
    text = (
        "De EU draagt bij aan de algemene paraatheid van Europese defensie («European defence "
        "readiness»). De ontwikkeling van hybride oorlogvoering (hybrid warfare) baart zorgen."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert not found["Europese defensie"].english_evidence, found["Europese defensie"]
    assert found["hybride oorlogvoering"].english_evidence == ["hybrid warfare"]


def test_an_english_name_with_a_dutch_head_after_its_hyphen_is_no_english(nlp, resources):
    """``«Nuclear Strike»-trainingen`` and ``Intermediate-Range Nuclear Forces-verdrag`` are
    Dutch compounds on English names: not their own English; ``Euro-Atlantic`` stays
    English."""
    text = (
        "Kunt u aangeven welke «Nuclear Strike»-trainingen op de Vliehors plaatsvonden? "
        "Er wordt gesproken over het Intermediate-Range Nuclear Forces-verdrag. "
        "De NAVO bespreekt de Deterrence and Defence of the Euro-Atlantic Area."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert not found["Nuclear Strike-trainingen"].english_evidence, found
    assert not found["Intermediate-Range Nuclear Forces-verdrag"].english_evidence
    area = "Deterrence and Defence of the Euro-Atlantic Area"
    assert found[area].english_evidence == [area]


def test_brackets_after_a_compound_on_an_acronym_spell_out_the_acronym(nlp, resources):
    """``de AWACS-vliegtuigen (Airborne Warning And Control System)``: the brackets expand
    ``AWACS``, not the compound, whose English is composed (AWACS aircraft)."""
    text = (
        "Nederlandse militairen maken deel uit van de bemanningen van de AWACS-vliegtuigen "
        "(Airborne Warning And Control System) van de NAVO."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert found["AWACS"].expansion == "Airborne Warning And Control System"
    assert not found["AWACS-vliegtuig"].english_evidence, found["AWACS-vliegtuig"]


def test_an_english_function_word_alone_is_no_name(nlp, resources):
    """``‘Towards a Dutch Space Policy …’``: the run breaks at ``a``, and ``Towards`` left
    alone is a title's first word, no name."""
    text = (
        "De publicatie ‘Towards a Dutch Space Policy, Action Points for Safeguarding "
        "security and Prosperity in the Space Age’ verscheen vorig jaar."
    )
    terms = terms_of(text, nlp, resources)
    assert "Dutch Space Policy" in terms and "Towards" not in terms, terms


def test_one_english_word_in_brackets_glosses_the_head_of_a_phrase(nlp, resources):
    """``de maritieme militaire vermogens (capabilities)``: one English word translates the
    head, not the modifiers before it; a phrase's gloss stays the phrase's (``hybride
    oorlogvoering (hybrid warfare)``)."""
    text = (
        "Lidstaten moeten beschikken over de maritieme militaire vermogens (capabilities). "
        "De ontwikkeling van hybride oorlogvoering (hybrid warfare) baart zorgen."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert found["vermogen"].english_evidence == ["capability"]
    assert not found["maritiem militair vermogen"].english_evidence
    assert found["hybride oorlogvoering"].english_evidence == ["hybrid warfare"]


def test_a_gloss_covering_a_describing_adjective_is_no_gloss_of_the_noun(nlp, resources):
    """``de geïntegreerde aanpak (comprehensive approach)``: two English content words for
    one Dutch noun after a participle translate the phrase, not ``aanpak`` (a particle's
    verb made a noun is one part); a gloss as long as the noun's parts stays its gloss."""
    text = (
        "Het advies noemt de geïntegreerde aanpak (comprehensive approach) als weg vooruit. "
        "De bondgenoten versterken de luchtverdediging (air defence) aan de oostflank."
    )
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert not found["aanpak"].english_evidence, found["aanpak"]
    assert found["luchtverdediging"].english_evidence == ["air defence"]


def test_a_borrowed_word_before_an_english_noun_opens_the_english_term(nlp, resources):
    """``cyber`` and ``smart`` are as common in Dutch as in English, so neither is clearly
    English; before ``defence`` they open the English term. A capitalised word before an
    English name is a title or a name of its own (``President Biden``)."""
    text = (
        "De NAVO werkt aan smart defence en versterkt de cyber defence van de bondgenoten. "
        "President Biden sprak over de luchtverdediging van de NAVO."
    )
    terms = terms_of(text, nlp, resources)
    assert {"smart defence", "cyber defence"} <= set(terms), terms
    assert "President Biden" not in terms


def test_an_english_compound_with_hyphens_is_an_english_word(nlp, resources):
    """``follow-on`` and ``air-to-air`` are English written with hyphens, so they join the
    English word after them (``follow-on forces``); a hyphenated word with a part that is not
    clearly English (``stand-by``) is no such word."""
    text = (
        "De ministers spraken over de training van de follow-on forces. De F-35 heeft "
        "air-to-air missiles nodig. Het schip ligt stand-by."
    )
    terms = terms_of(text, nlp, resources)
    assert {"follow-on force", "air-to-air missile"} <= set(terms), terms
    assert "force" not in terms, terms


def test_an_acronym_the_letter_spells_out_reaches_the_cut(nlp, resources):
    """``Koerdistan Autonome Regio (KAR)``: an acronym the letter spells out is a term its
    reader needs, however common the word its letters spell (``kar``) is in general Dutch."""
    from glossary.extract import DEFAULT_MIN_SCORE

    filler = " ".join(f"De minister sprak in week {i} met de collega." for i in range(800))
    text = "Nederland steunt de hervorming in de Koerdistan Autonome Regio (KAR). " + filler
    found = {c.term: c for c in extract_text(text, nlp, resources)}
    assert found["KAR"].expansion == "Koerdistan Autonome Regio"
    assert found["KAR"].score >= DEFAULT_MIN_SCORE


def test_english_quoted_across_sentences_without_marks_is_no_term(nlp):
    """``… Kofi Annan: «To those for whom …`` opens a quotation that runs on past the
    sentence: its English and the English sentences after it are the speaker's words, not
    terms borrowed into Dutch; a common English word in it (``act``) is no term-base acronym
    (``ACT``) written small, as ``bbp`` is ``BBP``."""
    from glossary.nlp.resources import Resources

    text = (
        "De dilemma's zijn verwoord door Kofi Annan: «To those for whom the greatest threat to "
        "the future of international order is the use of force, one might ask this. If states "
        "had been prepared to act in defence of the population, but did not receive prompt "
        "council authorization, should such a coalition have allowed the horror to unfold? "
        "Het bbp groeit. De NAVO kiest voor burden sharing."
    )
    resources = Resources.default(seeds=["ACT", "BBP"])
    terms = {c.term for c in extract_text(text, nlp, resources)}
    quoted = {"international order", "prompt council authorization", "horror to unfold", "ACT"}
    assert not quoted & terms, sorted(terms)
    assert {"burden sharing", "BBP"} <= terms, sorted(terms)


def test_an_english_noun_used_only_in_the_plural_keeps_it(nlp, resources):
    """``current affairs`` and ``dual-use goods`` name one thing in the plural: their singular
    is another word (an affair, the adjective good), so the term is not made singular."""
    text = (
        "Onder current affairs werden de onderwerpen Iran en Venezuela behandeld. "
        "De export van dual-use goods wordt gecontroleerd."
    )
    terms = {c.term for c in extract_text(text, nlp, resources)}
    assert {"current affairs", "dual-use goods"} <= terms
    assert not {"current affair", "dual-use good"} & terms


def test_an_english_name_on_the_words_of_a_term_base_phrase_is_that_phrase(nlp):
    """``de Carrier Strike Group`` where the term base writes ``carrier strike group``: the
    English run and the term-base phrase are one sighting of one term, not two that cancel
    each other out."""
    text = "Het fregat beschermt de Carrier Strike Group in de Middellandse Zee."
    res = Resources.default(seeds=["carrier strike group"])
    found = {c.term: c for c in extract_text(text, nlp, res)}
    assert "Carrier Strike Group" in found["carrier strike group"].forms, sorted(found)
    assert found["carrier strike group"].freq == 1


def test_an_english_term_base_phrase_in_the_plural_keeps_the_letter_s_english(nlp):
    """``flagship projects`` where the term base writes ``flagship project``: the run is the
    phrase's sighting and still English the letter gives, and no Dutch plural is made of it."""
    text = "Bij de top werden flagship projects opgestart met de IP4-partners."
    res = Resources.default(seeds=["flagship project"])
    found = {c.term: c for c in extract_text(text, nlp, res)}
    assert "flagship projects" in found["flagship project"].english_evidence, sorted(found)
    assert "flagship projecten" not in found["flagship project"].forms
