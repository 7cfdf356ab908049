"""A provision designated by its number (``artikel 5``, ``VNVR-resolutie 1325``) is a term of
its own, with one fixed English; the noun alone is not."""

from __future__ import annotations

from glossary.extract import DEFAULT_MIN_SCORE

from .helpers import assert_names, extract_text


def test_an_article_or_a_resolution_with_its_number_is_a_term(nlp, resources):
    text = (
        "Nederland steunt de uitvoering van VNVR-resolutie 1325 over vrouwen, vrede en "
        "veiligheid. De Veiligheidsraad nam in 2016 resolutie 2334 aan. In overeenstemming met "
        "artikel 100 van de Grondwet informeert het kabinet de Kamer. Een beroep op Artikel VI "
        "van het verdrag ligt niet voor de hand."
    )
    scores = {c.term: c.score for c in extract_text(text, nlp, resources)}
    for term in ("VNVR-resolutie 1325", "resolutie 2334", "artikel 100", "artikel VI"):
        assert scores.get(term, 0) >= DEFAULT_MIN_SCORE, (term, scores)
    assert scores.get("artikel", 0) < DEFAULT_MIN_SCORE, scores


def test_a_compound_on_the_number_or_a_plural_designates_no_provision(nlp, resources):
    """``artikel 100-brief`` is a kind of letter; ``artikelen 4 en 5`` name two provisions,
    each in the singular (no ``artikelen 4``), and a year or a count after another noun
    designates nothing."""
    text = (
        "Het kabinet stuurde de artikel 100-brief over de missie. De artikelen 4 en 5 van het "
        "verdrag zijn bekend. In 2024 kwamen 32 bondgenoten bijeen."
    )
    terms = {c.term for c in extract_text(text, nlp, resources)}
    assert not {"artikel 100", "artikelen 4", "2024", "32 bondgenoot"} & terms, sorted(terms)
    assert {"artikel 4", "artikel 5"} <= terms, sorted(terms)


def test_a_compound_on_a_designation_is_a_term_of_its_own(nlp, resources):
    """``artikel 100-brief``, ``artikel 100-inzet``: the letter and the deployment under
    Article 100, lemmatised on the head (``artikel 100-brieven``); no bare ``artikel 100``."""
    text = (
        "Het kabinet stuurde de artikel 100-brief over de missie. De aanvullende artikel "
        "100-inzet is gemeld. De artikel 100-brieven kwamen laat."
    )
    found = {c.term: c.freq for c in extract_text(text, nlp, resources)}
    assert found.get("artikel 100-brief") == 2 and "artikel 100-inzet" in found, found
    assert "artikel 100" not in found, found


def test_the_security_councils_acronym_and_a_number_cite_a_resolution(nlp, resources):
    """``de implementatie van VNVR 1325``: the resolution, whose English NATO writes UNSCR
    1325; another acronym before a number cites nothing (``NAVO 2``)."""
    from glossary.model import Candidate
    from glossary.paths import shipped_terms_dir
    from glossary.translate.chain import build_chain
    from glossary.translate.lexicon import load_lexicon
    from glossary.translate.termbase import load_termbase

    text = "Het land werkt aan de implementatie van VNVR 1325. De NAVO 2 keer bijeen."
    scores = {c.term: c.score for c in extract_text(text, nlp, resources)}
    assert scores.get("VNVR 1325", 0) >= DEFAULT_MIN_SCORE, scores
    assert "NAVO 2" not in scores, scores
    terms = shipped_terms_dir()
    chain = build_chain(load_termbase(terms / "termbase.tsv"), load_lexicon(terms / "lexicon.tsv"))
    found = chain.resolve(Candidate("VNVR 1325", "term", 1.0, 1), offline=True)
    assert found.translation is not None and found.translation.text == "UNSCR 1325"


def test_an_organisations_mission_in_a_named_place_is_one_name(nlp, resources):
    """NATO, the EU and the UN name a mission by the place it serves in (NATO Mission Iraq,
    EUTM Mali): the compound with ``in`` and the place is its name, seen once or not. Several
    missions in the plural, or a mission in no place CLDR names, are no one name."""
    text = (
        "Nederland levert instructeurs aan de NAVO-trainingsmissie in Irak. Ook de "
        "EU-operatie in Bosnië en Herzegovina loopt door. De VN-missies in Mali en Libanon "
        "zijn afgerond. De NAVO-missie in het noorden duurt voort."
    )
    cands = {c.term: c for c in extract_text(text, nlp, resources)}
    assert_names(cands, ("NAVO-trainingsmissie in Irak", "EU-operatie in Bosnië en Herzegovina"))
    assert not [t for t in cands if t.startswith(("VN-missie in", "VN-missies in"))], cands
    assert not [t for t in cands if t.startswith("NAVO-missie in")], sorted(cands)


def test_a_document_quoted_by_its_title_after_its_noun_is_a_name(nlp, resources):
    """``advies nr. 106 «De toekomst van de NAVO en de veiligheid van Europa»``: the report's
    title is its name, whatever words it is made of, and the words inside it keep their own
    terms. A quotation after any other word, or a quoted phrase that is no title (lower case,
    one word), names no document."""
    text = (
        "Het kabinet reageert op advies nr. 106 «De toekomst van de NAVO en de veiligheid van "
        "Europa» en op het briefadvies «Rusland en de Nederlandse defensie-inspanningen». "
        "De minister zei «Wij blijven de NAVO steunen». Het rapport «hybride dreigingen» "
        "verschijnt later. Het Strategisch Concept is aangenomen."
    )
    cands = {c.term: c for c in extract_text(text, nlp, resources)}
    assert_names(
        cands,
        (
            "De toekomst van de NAVO en de veiligheid van Europa",
            "Rusland en de Nederlandse defensie-inspanningen",
        ),
    )
    assert "Wij blijven de NAVO steunen" not in cands and "hybride dreigingen" not in cands
    assert cands["Europa"].score > 0 and cands["Strategisch Concept"].score >= DEFAULT_MIN_SCORE


def test_an_english_title_quoted_after_its_noun_is_one_name_and_no_pieces(nlp, resources):
    """``De publicatie ‘Towards a Dutch Space Policy, Action Points’``: the whole title names
    the document; none of its words or pieces is a term of its own."""
    text = "De publicatie ‘Towards a Dutch Space Policy, Action Points’ verscheen in maart."
    cands = {c.term: c for c in extract_text(text, nlp, resources)}
    title = "Towards a Dutch Space Policy, Action Points"
    assert_names(cands, (title,))
    shown = [t for t, c in cands.items() if c.score >= DEFAULT_MIN_SCORE and t != title]
    assert not [t for t in shown if {"towards", "a", "action"} & set(t.lower().split())], shown


def test_a_quoted_title_attests_itself_at_admission():
    """Seen once, a document's title enters the glossary: the writer marked it as a name."""
    from glossary.build.admit import admit
    from glossary.build.merge import candidate_key
    from glossary.model import Candidate, Occurrence
    from glossary.translate.chain import Resolution

    title = "Rusland en de Nederlandse defensie-inspanningen"
    quoted = f"Het kabinet reageert op briefadvies nr. 31 «{title}» van de AIV."
    loose = f"Het kabinet noemt {title} en meer."
    cands = [
        Candidate(title, "entity", 5.0, 1, occurrences=[Occurrence("a", 0, 1, quoted)]),
        Candidate(title, "entity", 5.0, 1, occurrences=[Occurrence("b", 0, 1, loose)]),
    ]
    offline = {candidate_key(c): Resolution() for c in cands}
    admitted, held = admit(cands, offline)
    assert [c.occurrences[0].letter for c in admitted] == ["a"]
    assert [c.occurrences[0].letter for c in held] == ["b"]


def test_an_english_title_on_a_list_line_of_its_own_is_a_document(nlp, resources):
    """A summit's declarations listed one per line (``• Wales Summit Declaration
    (Communiqué);``, ``4. Statement on the mission of Resolute Support on Afghanistan``): each
    English line is a document's name, without its aside or a footnote's number, and its
    words and pieces are no terms. A Dutch line or an English sentence is no title."""
    text = (
        "De bondgenoten namen de volgende documenten aan:\n\n"
        "  • Wales Summit Declaration (Communiqué);\n\n"
        "  • Joint Statement of the NATO Ukraine Commission 3\n\n"
        "4. Statement on the mission of Resolute Support on Afghanistan\n"
        "5. Chairman’s Statement on NATO – Ukraine\n"
        "6. Verslag van de bijeenkomst\n"
        "7. We will stand together\n"
    )
    cands = {c.term: c for c in extract_text(text, nlp, resources)}
    titles = (
        "Wales Summit Declaration",
        "Joint Statement of the NATO Ukraine Commission",
        "Statement on the mission of Resolute Support on Afghanistan",
        "Chairman’s Statement on NATO-Ukraine",
    )
    assert_names(cands, titles)
    shown = {t for t, c in cands.items() if c.score >= DEFAULT_MIN_SCORE}
    assert not {"chairman", "Joint Statement", "Statement on NATO-Ukraine"} & shown, shown
    assert not [t for t in cands if t.startswith(("Verslag van", "We will"))], sorted(cands)


def test_provisions_cited_together_after_a_plural_are_each_a_designation(nlp, resources):
    """``VNVR resoluties 1970 en 1973``, ``de artikelen 4, 5 en 6``: each number with the
    noun in the singular, as if cited alone; a plural without numbers cites nothing."""
    text = (
        "Het doel is het wapenembargo voor Libië (VNVR resoluties 1970 en 1973). De artikelen "
        "4, 5 en 6 van het Verdrag zijn van belang. Artikelen over de NAVO zijn er veel."
    )
    terms = {c.term for c in extract_text(text, nlp, resources)}
    cited = {"resolutie 1970", "resolutie 1973", "artikel 4", "artikel 5", "artikel 6"}
    assert cited <= terms, sorted(terms)
